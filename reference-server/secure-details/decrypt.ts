// The chat service's side of the secure deployment model: the CustomerDetails inside Start's
// encrypted `eCustDetails`, or why they cannot be taken. Only compact JWE with the protected
// header { alg: 'dir', enc: 'A256GCM' } (and optionally `kid`) under the deployment's key;
// anything else is refused, never negotiated; no compression. The plaintext must be
// CustomerDetails as the contract defines it. The token check is the caller's (admission.ts).
import { timingSafeEqual } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { compactDecrypt } from 'jose';
import { createValidators } from '../../generated/validators.ts';

export type DecryptedDetails = { ok: true; details: Record<string, unknown> } | { ok: false; why: string };

let startRequest: ValidateFunction | undefined;
/** The decrypted object, checked as `details.eCustDetails` of a Start (the contract's CustomerDetails branch). */
const isCustomerDetails = (value: unknown) => {
  startRequest ??= createValidators()('request:startChat');
  return value !== null && typeof value === 'object' && !Array.isArray(value) && startRequest({ details: { eCustDetails: value } });
};

export async function decryptCustomerDetails(jwe: string, key: Uint8Array): Promise<DecryptedDetails> {
  let plaintext: Uint8Array;
  try {
    const result = await compactDecrypt(jwe, key, {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      maxDecompressedLength: 0,
    });
    const extra = Object.keys(result.protectedHeader).filter((name) => !['alg', 'enc', 'kid'].includes(name));
    if (extra.length > 0) return { ok: false, why: `the protected header may hold only alg, enc and kid, not ${extra.join(', ')}` };
    plaintext = result.plaintext;
  } catch {
    return { ok: false, why: 'cannot be decrypted with this deployment’s key (wrong key, altered, or not dir/A256GCM)' };
  }
  let details: unknown;
  try {
    details = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    return { ok: false, why: 'the decrypted details are not JSON' };
  }
  if (!isCustomerDetails(details)) return { ok: false, why: 'the decrypted details are not CustomerDetails' };
  return { ok: true, details: details as Record<string, unknown> };
}

/** Whether `inside` (pAccessToken of the decrypted details) is the browser session's token, in constant time. */
export function sameToken(inside: unknown, token: string): boolean {
  if (typeof inside !== 'string') return false;
  const [a, b] = [Buffer.from(inside), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}
