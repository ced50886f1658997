// What Start checks about the customer before a chat is created, after the session's own rules:
// the captcha, then the customer details (plain, or encrypted by the customer's web server in
// the secure deployment model). Answers the details the chat keeps - decrypted where they were
// encrypted - or refuses with the contract's code.
import type { BrowserSessionRecord } from '../store/store.ts';
import { ChatError } from './chat-error.ts';

export type StartDetails = Record<string, unknown>;

export interface Admission {
  /** Whether GetAccessToken tells the page that Start needs a captcha / encrypted details. */
  readonly captchaRequired: boolean;
  readonly encryptedDetailsRequired: boolean;
  /** The details to keep, or a refusal (CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch, CustomerDetailsRejected). */
  admit(session: BrowserSessionRecord, details: StartDetails): Promise<StartDetails>;
}

/** No captcha, no key: plain details pass, encrypted ones cannot be read. */
export const openAdmission: Admission = {
  captchaRequired: false,
  encryptedDetailsRequired: false,
  async admit(_session, details) {
    if (typeof details.eCustDetails === 'string')
      throw new ChatError('CustomerDetailsRejected', 'encrypted customer details are not accepted: this server has no key for them');
    return details;
  },
};
