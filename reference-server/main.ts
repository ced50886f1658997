// `npm start`: the reference server on its embedded defaults (127.0.0.1:8080, state in
// ./.livechat-data), with the demo's customer pages and agent console, and the rendered contract.
// Ctrl+C (SIGINT) or SIGTERM: the status check says OFFLINE (draining), open streams are closed
// (pages and consoles reconnect to another instance, or report offline), the journal is flushed.
import { createReferenceServer } from './app.ts';
import { loadConfig } from './config.ts';
import { redactUrl } from './store/redis-connection.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// What an operator can fix (a data directory it cannot write, a port in use, a setting refused
// by another) is one line and exit code 2, as a bad setting is; a defect keeps its stack.
const refusal = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EADDRINUSE')
    return `cannot listen on ${config.HOST}:${config.PORT}: the port is in use; ${process.env.npm_lifecycle_event === 'start' ? `PORT=${config.PORT + 1} npm start` : `set PORT=${config.PORT + 1}`} to use another`;
  if (code === 'EADDRNOTAVAIL') return `cannot listen on ${config.HOST}: no such address here`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOTDIR')
    return `cannot start: ${message} (LIVECHAT_DATA_DIR=${config.LIVECHAT_DATA_DIR}, PORT=${config.PORT})`;
  if (message.startsWith('LIVECHAT_TEST_CONDITIONS')) return `bad configuration: ${message}`;
  if (message.startsWith('cannot connect to Redis')) return `cannot start: ${message} (LIVECHAT_STORE)`;
  return undefined;
};
let server: Awaited<ReturnType<typeof createReferenceServer>>;
let address: string;
try {
  server = await createReferenceServer({ config });
  address = await server.app.listen({ host: config.HOST, port: config.PORT });
} catch (error) {
  const line = refusal(error);
  if (line === undefined) throw error;
  console.error(line);
  process.exit(2);
}

const log = server.app.log;
const storeName = config.LIVECHAT_STORE === 'embedded' ? `embedded (${config.LIVECHAT_DATA_DIR})` : redactUrl(config.LIVECHAT_STORE);
log.info({ address, bot: config.LIVECHAT_BOT, store: storeName }, 'livechat-kit reference server listening');
process.stdout.write(
  [
    '',
    `  livechat-kit reference server on ${address}`,
    `    customer demo : ${address}/demo/`,
    server.generatedAgentPassword === undefined
      ? `    agent console : ${address}/demo/agent.html`
      : `    agent console : ${address}/demo/agent.html#password=${server.generatedAgentPassword}\n` +
        '                    (a password made for this run; this machine only. Set LIVECHAT_AGENT_SECRET to choose one.)',
    `    contract docs : ${address}/docs/`,
    `    state         : ${storeName}`,
    config.LIVECHAT_BOT
      ? '    a simulated agent (bot) answers every chat'
      : '    open the agent console first, log in and get ready; then start a chat',
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
