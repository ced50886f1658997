// Ids the server makes: random bits, base64url, after a prefix that says what they name - 128
// bits for names, 256 for the secrets (tokens) that authorise calls.
import { randomBytes } from 'node:crypto';

export const newId = (prefix: 'bs_' | 'c_' | 'msg_' | 'av_' | 'cb_' | 'ci_') => prefix + randomBytes(16).toString('base64url');
export const newSecret = (prefix: 'tk_' | 'atk_' | 'as_') => prefix + randomBytes(32).toString('base64url');
