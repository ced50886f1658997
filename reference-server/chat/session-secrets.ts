// What browser and agent sessions share: the cookie is `<id>.<secret>` with a random secret, the
// store keeps only a SHA-256 of the secret, and the session's token is derived from the secret
// (HMAC), never stored - so the data directory holds nothing a client could replay.
import { createHmac, hash, randomBytes } from 'node:crypto';
import { sameToken } from '../secure-details/decrypt.ts';

/** A new session's secret (the cookie's part after the id): 256 random bits. */
export const newSessionSecret = (prefix: 'as_' | 'bsec_') => prefix + randomBytes(32).toString('base64url');

/** What the store keeps of a session secret (one-shot hash: no Hash object a request). */
export const sessionHashOf = (secret: string) => hash('sha256', secret, 'base64url');

/** The token a session's secret gives for `purpose`: the same secret always gives the same token. */
export const tokenOf = (secret: string, purpose: string, prefix: 'tk_' | 'atk_') =>
  prefix + createHmac('sha256', secret).update(purpose).digest('base64url');

/** The cookie's value: the record's id and the secret. Ids and secrets are base64url, which has no dot. */
export const sessionCookie = (id: string, secret: string) => `${id}.${secret}`;

/** The id and secret of a cookie's value; undefined when it has not that shape (an old cookie that held the id alone). */
export function splitSessionCookie(cookie: string | undefined): { id: string; secret: string } | undefined {
  const dot = cookie?.lastIndexOf('.') ?? -1;
  if (cookie === undefined || dot <= 0 || dot === cookie.length - 1) return undefined;
  return { id: cookie.slice(0, dot), secret: cookie.slice(dot + 1) };
}

/** Whether `secret` is the one whose hash the store keeps, in constant time; a record without a hash opens to none. */
export const secretMatches = (secret: string, storedHash: string | undefined) =>
  storedHash !== undefined && sameToken(sessionHashOf(secret), storedHash);
