// Ids the server makes: random bits, base64url, after a prefix that says what they name - 128
// bits for names, 256 for secrets. The reference server's session secrets and tokens are
// session-secrets.ts's; newSecret serves the mock server's tokens.
import { createHash, randomBytes } from 'node:crypto';

export const newId = (prefix: 'bs_' | 'c_' | 'msg_' | 'av_' | 'cb_' | 'ci_') => prefix + randomBytes(16).toString('base64url');
export const newSecret = (prefix: 'tk_') => prefix + randomBytes(32).toString('base64url');

/** A browser session's id is half of its cookie: logs carry this digest of it instead, enough to follow one session. */
export const logRef = (id: string) => `bs#${createHash('sha256').update(id).digest('base64url').slice(0, 12)}`;
