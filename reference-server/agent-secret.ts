// `npm run -s agent-secret`: reads an agent password (the terminal, or standard input) and prints
// the scrypt hash to give as LIVECHAT_AGENT_SECRET, so the password itself is stored nowhere.
import { createInterface } from 'node:readline/promises';
import { hashAgentSecret } from './chat/agent-credentials.ts';

const input = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
if (process.stdin.isTTY) process.stderr.write('agent password (at least 12 characters): ');
const password = ((await input[Symbol.asyncIterator]().next()).value ?? '').trim();
input.close();
if (password.length < 12) {
  console.error('the password must have at least 12 characters');
  process.exit(2);
}
console.log(await hashAgentSecret(password));
