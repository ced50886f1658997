// Who may use the agent interface: the password of LIVECHAT_AGENT_SECRET from anywhere, or - with
// none configured - a password made at start, from this machine only (checked by the HTTP layer
// on the socket's own address, whatever HOST says).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import { hashAgentSecret, isAgentSecretHash, newAgentPassword, verifyAgentSecret } from './agent-credentials.ts';

export class AgentAccess {
  /** The password last proven right, as an HMAC under a key of this process: a repeated right login skips scrypt. */
  private readonly cacheKey = randomBytes(32);
  private provenRight: Buffer | undefined;

  private constructor(
    private readonly secretHash: string,
    /** No secret configured: loopback connections only. */
    readonly loopbackOnly: boolean,
    /** The password made at start when none is configured, for the terminal (never logged). */
    readonly generatedPassword: string | undefined,
  ) {}

  static async fromConfig(config: Pick<Config, 'LIVECHAT_AGENT_SECRET'>): Promise<AgentAccess> {
    const configured = config.LIVECHAT_AGENT_SECRET;
    if (configured === '') {
      const password = newAgentPassword();
      return new AgentAccess(await hashAgentSecret(password), true, password);
    }
    return new AgentAccess(isAgentSecretHash(configured) ? configured : await hashAgentSecret(configured), false, undefined);
  }

  async verify(password: string | undefined): Promise<boolean> {
    if (password === undefined || password === '') return false;
    const mac = createHmac('sha256', this.cacheKey).update(password).digest();
    if (this.provenRight !== undefined && timingSafeEqual(mac, this.provenRight)) return true;
    const right = await verifyAgentSecret(password, this.secretHash).catch(() => false);
    if (right) this.provenRight = mac;
    return right;
  }
}
