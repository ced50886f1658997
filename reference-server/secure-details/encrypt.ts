// For the customer's web server (secure deployment model): encrypts CustomerDetails, with
// `pAccessToken` set to the browser session's token, as the JWE that Start's
// `details.eCustDetails` carries (spec/schemas/EncryptedCustomerDetails.yaml). See README.md.
//
//   import { encryptCustomerDetails } from './secure-details/encrypt.ts';
//   const eCustDetails = await encryptCustomerDetails({ eCustName: 'Tan Mei Ling', eCin: 'S1234567D' }, token, process.env.LIVECHAT_DETAILS_KEY);
//
// Any JOSE library does the same: compact serialization, protected header exactly
// { alg: 'dir', enc: 'A256GCM' } (plus `kid` if you name keys), plaintext the details' JSON.
import { CompactEncrypt } from 'jose';
import { parseDetailsKey } from './key.ts';

/** The customer's details (spec/schemas/CustomerDetails.yaml): string fields; pAccessToken is set here. */
export type CustomerDetailsInput = Partial<Record<string, string>>;

/**
 * The JWE (compact, `dir` + `A256GCM`) of `details` with `pAccessToken: token`, under `key`
 * (base64url text, or its 32 bytes). `kid`, when given, goes into the protected header.
 */
export async function encryptCustomerDetails(
  details: CustomerDetailsInput,
  token: string,
  key: string | Uint8Array,
  options: { kid?: string } = {},
): Promise<string> {
  const secret = typeof key === 'string' ? parseDetailsKey(key) : key;
  if (secret.byteLength !== 32) throw new Error('the key must be 32 bytes (256 bits)');
  const plaintext = new TextEncoder().encode(JSON.stringify({ ...details, pAccessToken: token }));
  return new CompactEncrypt(plaintext)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', ...(options.kid !== undefined ? { kid: options.kid } : {}) })
    .encrypt(secret);
}
