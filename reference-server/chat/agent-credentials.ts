// Who may act as a CSO. AgentLogin takes the deployment's agent secret (LIVECHAT_AGENT_SECRET,
// given as an scrypt hash or as text that is hashed at once); an agent session is a random secret
// in the LIVECHAT_AGENT cookie of which the store keeps only a SHA-256, and the agent token is
// derived from that secret, so the data directory holds no credential at all.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { newSessionSecret, tokenOf } from './session-secrets.ts';

const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;

/** An agent secret as an operator stores it: `scrypt$<N>$<r>$<p>$<salt>$<hash>`, base64url parts. */
export async function hashAgentSecret(secret: string, salt = randomBytes(16)): Promise<string> {
  const key = await derive(secret, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export const isAgentSecretHash = (value: string) => /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/.test(value);

/** Checks a password against the stored hash in constant time. */
export async function verifyAgentSecret(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, hash] = stored.split('$');
  const expected = Buffer.from(hash ?? '', 'base64url');
  const params = { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem };
  const actual = await derive(password, Buffer.from(salt ?? '', 'base64url'), params);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const derive = (secret: string, salt: Buffer, params: typeof SCRYPT) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, KEY_BYTES, params, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** A password for a server whose operator set none: printed once on its terminal, never stored. */
export const newAgentPassword = () => randomBytes(18).toString('base64url');

// --- agent sessions (session-secrets.ts: the cookie `<agentId>.<secret>`, only a hash stored) ---

/** A new agent session's secret (the cookie's part after the agent id). */
export const newAgentSessionSecret = () => newSessionSecret('as_');

/** The agent token (Livechat-Agent-Token) of a session: derived, never stored. */
export const agentTokenOf = (secret: string) => tokenOf(secret, 'livechat-agent-token', 'atk_');
