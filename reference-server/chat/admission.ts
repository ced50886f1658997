// What Start checks about the customer before a chat is created, after the session's own rules:
// the captcha, then the customer details (plain, or encrypted by the customer's web server in
// the secure deployment model). Answers the details the chat keeps - decrypted where they were
// encrypted, without the typed captcha or any pAccessToken - or refuses with the contract's code. Start runs it under the browser session's lock,
// after its own checks, and calls `admitted` once the chat exists.
import type { Config } from '../config.ts';
import { decryptCustomerDetails, sameToken } from '../secure-details/decrypt.ts';
import { parseDetailsKey } from '../secure-details/key.ts';
import type { BrowserSessionRecord } from '../store/store.ts';
import type { Captchas } from './captcha.ts';
import { ChatError } from './chat-error.ts';
import type { TestConditions } from './test-conditions.ts';

export type StartDetails = Record<string, unknown>;

export interface Admission {
  /** Whether GetAccessToken tells the page that Start needs a captcha / encrypted details. */
  readonly captchaRequired: boolean;
  readonly encryptedDetailsRequired: boolean;
  /**
   * The details to keep, or a refusal (CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch,
   * CustomerDetailsRejected). `token`: the browser session's access token, derived from its cookie
   * (the store does not keep it).
   */
  admit(session: BrowserSessionRecord, details: StartDetails, token: string): Promise<StartDetails>;
  /** Start created the chat (under the browser session's lock): uses up what admission checked once (the captcha). */
  admitted?(session: BrowserSessionRecord): Promise<void>;
}

/**
 * What a chat keeps of Start's details: not the captcha text typed (checked and used up) nor a
 * pAccessToken (a credential, which a page may put in plain details too).
 */
export function detailsToKeep(details: StartDetails): StartDetails {
  const { eEnteredCaptcha: _typed, ...kept } = details;
  const customer = kept.eCustDetails;
  if (customer === null || typeof customer !== 'object' || Array.isArray(customer)) return kept;
  const { pAccessToken: _token, ...rest } = customer as Record<string, unknown>;
  return { ...kept, eCustDetails: rest };
}

/** No captcha, no key: plain details pass, encrypted ones cannot be read. */
export const openAdmission: Admission = {
  captchaRequired: false,
  encryptedDetailsRequired: false,
  async admit(_session, details) {
    if (typeof details.eCustDetails === 'string')
      throw new ChatError('CustomerDetailsRejected', 'encrypted customer details are not accepted: this server has no key for them');
    return detailsToKeep(details);
  },
};

export type AdmissionOptions = {
  /** Set when Start may require a captcha. */
  captchas?: Captchas;
  /** Whether it does now (LIVECHAT_CAPTCHA, or a test condition); always, when left out. */
  captchaRequired?: () => boolean;
  /** The 256-bit key of the secure deployment model (LIVECHAT_DETAILS_KEY): Start then takes encrypted details only. */
  detailsKey?: Uint8Array;
};

/** The deployment's admission: the captcha when required, then the details - encrypted ones when there is a key. */
export class CustomerAdmission implements Admission {
  readonly encryptedDetailsRequired: boolean;

  constructor(private readonly options: AdmissionOptions) {
    this.encryptedDetailsRequired = options.detailsKey !== undefined;
  }

  get captchaRequired(): boolean {
    return this.options.captchas !== undefined && (this.options.captchaRequired?.() ?? true);
  }

  async admit(session: BrowserSessionRecord, details: StartDetails, token: string): Promise<StartDetails> {
    if (this.captchaRequired) await this.options.captchas?.check(session, details.eEnteredCaptcha);
    const key = this.options.detailsKey;
    if (key === undefined) return openAdmission.admit(session, details, token);
    const sealed = details.eCustDetails;
    if (typeof sealed !== 'string')
      throw new ChatError('CustomerDetailsRejected', 'this deployment requires customer details encrypted by the web server (JWE)');
    const opened = await decryptCustomerDetails(sealed, key);
    if (!opened.ok) throw new ChatError('CustomerDetailsRejected', `the encrypted customer details were refused: ${opened.why}`);
    const { pAccessToken, ...customer } = opened.details;
    // The document: "Session initiation will be aborted in case of a token mismatch".
    if (!sameToken(pAccessToken, token))
      throw new ChatError('CustomerDetailsRejected', 'the token inside the encrypted details is not this browser session’s');
    // The chat keeps the decrypted details; the token stays out of them.
    return detailsToKeep({ ...details, eCustDetails: customer });
  }

  async admitted(session: BrowserSessionRecord): Promise<void> {
    await this.options.captchas?.useUp(session);
  }
}

/**
 * The admission the settings ask for: the captcha with LIVECHAT_CAPTCHA (or while a test condition
 * sets its text), encrypted details with LIVECHAT_DETAILS_KEY.
 */
export function admissionFor(
  config: Pick<Config, 'LIVECHAT_CAPTCHA' | 'LIVECHAT_DETAILS_KEY'>,
  captchas: Captchas,
  conditions: TestConditions,
): Admission {
  return new CustomerAdmission({
    captchas,
    captchaRequired: () => config.LIVECHAT_CAPTCHA || conditions.current.captchaText !== undefined,
    ...(config.LIVECHAT_DETAILS_KEY !== '' ? { detailsKey: parseDetailsKey(config.LIVECHAT_DETAILS_KEY) } : {}),
  });
}
