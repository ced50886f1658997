// Ids the server makes: random bits, base64url, after a prefix that says what they name - 128
// bits for names, 256 for the secrets (tokens) that authorise calls.
import { createHash, randomBytes } from 'node:crypto';

export const newId = (prefix: 'bs_' | 'c_' | 'msg_' | 'av_' | 'cb_' | 'ci_') => prefix + randomBytes(16).toString('base64url');
export const newSecret = (prefix: 'tk_' | 'atk_' | 'as_') => prefix + randomBytes(32).toString('base64url');

/** A browser session's id is its cookie's value: logs carry this digest of it instead, enough to follow one session. */
export const logRef = (id: string) => `bs#${createHash('sha256').update(id).digest('base64url').slice(0, 12)}`;
