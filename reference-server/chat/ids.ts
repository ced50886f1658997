// Ids the server makes: random bits, base64url, after a prefix that says what they name - 128
// bits for names, 256 for secrets. The reference server's session secrets and tokens are
// session-secrets.ts's; newSecret serves the mock server's tokens.
import { hash, randomBytes, randomFillSync } from 'node:crypto';

/**
 * Random bytes for names, drawn from a pool filled 4 KiB at a time (as crypto.randomUUID does):
 * one call into the CSPRNG per 256 ids rather than per id. Bytes handed out are zeroed in the pool.
 */
const pool = Buffer.alloc(4096);
let used = pool.length;
function randomName(bytes: number): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const text = pool.toString('base64url', used, used + bytes);
  pool.fill(0, used, used + bytes);
  used += bytes;
  return text;
}

export const newId = (prefix: 'bs_' | 'c_' | 'msg_' | 'av_' | 'cb_' | 'ci_') => prefix + randomName(16);
export const newSecret = (prefix: 'tk_') => prefix + randomBytes(32).toString('base64url');

/** A browser session's id is half of its cookie: logs carry this digest of it instead, enough to follow one session. */
export const logRef = (id: string) => `bs#${hash('sha256', id, 'base64url').slice(0, 12)}`;
