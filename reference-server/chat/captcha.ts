// The captcha of a browser session (the document's "Captcha integration"): the image makes a text
// and keeps it with the browser session; Start checks what the customer typed against it. After a
// reset the previous text stays valid until one of them is used, so a reset the customer did not
// make (a forged cross-site image where the cookie is SameSite=None) cannot fail their Start.
// A text is used up by a Start that succeeds or fails with CaptchaDoesNotMatch, and by nothing
// else (spec/http/session.yaml), so a retryable refusal can be retried with the same text.
import type { BrowserSessionRecord } from '../store/store.ts';
import { captchaSvg, newCaptchaText } from './captcha-image.ts';
import { ChatError } from './chat-error.ts';
import type { ChatContext } from './context.ts';

/** How long a captcha text stays valid after its image was made (then Start answers CaptchaNotFound). */
export const CAPTCHA_TTL_MS = 10 * 60_000;

export class Captchas {
  constructor(
    private readonly ctx: ChatContext,
    private readonly ttlMs = CAPTCHA_TTL_MS,
  ) {}

  /**
   * The image of the browser session's current text - made when there is none (or it expired),
   * or anew when `reset` - as SVG. Runs under the browser session's lock, like Start.
   */
  async image(session: BrowserSessionRecord, reset: boolean): Promise<string> {
    return this.ctx.locks.run(`browser:${session.id}`, async () => {
      const current = (await this.ctx.store.getBrowserSession(session.id)) ?? session;
      const valid = this.valid(current);
      let shown = valid.at(-1);
      if (reset || shown === undefined) {
        shown = { text: this.ctx.conditions.current.captchaText ?? newCaptchaText(), issuedAt: Date.now() };
        await this.ctx.store.putBrowserSession({ ...current, captchas: [...valid, shown].slice(-2) });
      }
      return captchaSvg(shown.text);
    });
  }

  /**
   * Start's check of `entered` (the caller holds the browser session's lock): CaptchaIsEmpty,
   * CaptchaNotFound, or CaptchaDoesNotMatch - which uses the texts up. Case and surrounding
   * spaces do not count.
   */
  async check(session: BrowserSessionRecord, entered: unknown): Promise<void> {
    const typed = typeof entered === 'string' ? entered.trim().toUpperCase() : '';
    if (typed === '') throw new ChatError('CaptchaIsEmpty', 'this deployment requires a captcha: eEnteredCaptcha is empty');
    const current = (await this.ctx.store.getBrowserSession(session.id)) ?? session;
    const valid = this.valid(current);
    if (valid.length === 0)
      throw new ChatError('CaptchaNotFound', 'no captcha image was issued to this browser session, or it expired: load a new image');
    if (!valid.some((c) => c.text === typed)) {
      if (!this.ctx.faults.has('captcha-reusable')) await this.useUp(current);
      throw new ChatError('CaptchaDoesNotMatch', 'the entered captcha differs from the image: load a new image');
    }
  }

  /** Discards the browser session's texts: Start succeeded (the caller holds the lock), or the text did not match. */
  async useUp(session: BrowserSessionRecord): Promise<void> {
    const current = (await this.ctx.store.getBrowserSession(session.id)) ?? session;
    if (current.captchas === undefined) return;
    const { captchas: _used, ...rest } = current;
    await this.ctx.store.putBrowserSession(rest);
  }

  private valid(session: BrowserSessionRecord) {
    const now = Date.now();
    return (session.captchas ?? []).filter((c) => now - c.issuedAt < this.ttlMs);
  }
}
