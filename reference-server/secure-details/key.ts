// The key of the secure deployment model: 256 bits, shared by the customer's web server (which
// encrypts the details) and the chat service (which decrypts them), written as base64url.
import { randomBytes } from 'node:crypto';

/** The key's bytes from its base64url text (43 characters, optionally padded); throws when it is not 256 bits. */
export function parseDetailsKey(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]{43}=?$/.test(text.trim()))
    throw new Error('must be 32 bytes (256 bits) as base64url: 43 characters of A-Z a-z 0-9 - _');
  return new Uint8Array(Buffer.from(text.trim(), 'base64url'));
}

/** A new random key, as base64url (what LIVECHAT_DETAILS_KEY and the web server's copy hold). */
export const newDetailsKey = (): string => randomBytes(32).toString('base64url');
