// What Start checks about the customer before a chat is created, after the session's own rules:
// the captcha, then the customer details (plain, or encrypted by the customer's web server in
// the secure deployment model). Answers the details the chat keeps - decrypted where they were
// encrypted - or refuses with the contract's code.
import type { Config } from '../config.ts';
import type { BrowserSessionRecord } from '../store/store.ts';
import type { Captchas } from './captcha.ts';
import { ChatError } from './chat-error.ts';

export type StartDetails = Record<string, unknown>;

export interface Admission {
  /** Whether GetAccessToken tells the page that Start needs a captcha / encrypted details. */
  readonly captchaRequired: boolean;
  readonly encryptedDetailsRequired: boolean;
  /** The details to keep, or a refusal (CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch, CustomerDetailsRejected). */
  admit(session: BrowserSessionRecord, details: StartDetails): Promise<StartDetails>;
  /** Start created the chat (under the browser session's lock): uses up what admission checked once (the captcha). */
  admitted?(session: BrowserSessionRecord): Promise<void>;
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

export type AdmissionOptions = {
  /** Set when Start requires a captcha (LIVECHAT_CAPTCHA). */
  captchas?: Captchas;
};

/** The deployment's admission: the captcha when required, then the details as `openAdmission` takes them. */
export class CustomerAdmission implements Admission {
  readonly captchaRequired: boolean;
  readonly encryptedDetailsRequired = false;

  constructor(private readonly options: AdmissionOptions) {
    this.captchaRequired = options.captchas !== undefined;
  }

  async admit(session: BrowserSessionRecord, details: StartDetails): Promise<StartDetails> {
    await this.options.captchas?.check(session, details.eEnteredCaptcha);
    return openAdmission.admit(session, details);
  }

  async admitted(session: BrowserSessionRecord): Promise<void> {
    await this.options.captchas?.useUp(session);
  }
}

/** The admission the settings ask for: the captcha with LIVECHAT_CAPTCHA. */
export function admissionFor(config: Pick<Config, 'LIVECHAT_CAPTCHA'>, captchas: Captchas): Admission {
  return new CustomerAdmission({ ...(config.LIVECHAT_CAPTCHA ? { captchas } : {}) });
}
