// The states a certification run asks a deployment set up for testing to take (SetTestConditions
// of spec/agent/openapi.yaml): a captcha with a known text, a small queue or a short queue
// timeout, no CSO counted as staffed, a failure of the deployment's own systems. Each replaces
// one setting while it is in force; none exists unless LIVECHAT_TEST_CONDITIONS is on, and then
// only what the last call set. Kept in memory: a restart resets them. Nodes sharing a store
// share them too (`shared`): a node sets them there, and every node reads them at each request.
import type { components } from '../../generated/agent/openapi.ts';

export type Conditions = components['schemas']['TestConditions'];

/** Where nodes sharing a store keep the conditions in force. */
export type SharedConditions = { load(): Promise<Conditions | undefined>; save(conditions: Conditions): Promise<void> };

export class TestConditions {
  #current: Conditions = {};

  constructor(
    /** Whether the deployment offers them (LIVECHAT_TEST_CONDITIONS); set() throws otherwise. */
    readonly offered: boolean,
    private readonly shared?: SharedConditions,
  ) {}

  get current(): Readonly<Conditions> {
    return this.#current;
  }

  /** Replaces the conditions in force (`{}` resets them); the caller checked `offered`. */
  async set(conditions: Conditions): Promise<Conditions> {
    if (!this.offered) throw new Error('test conditions are not offered by this deployment');
    await this.shared?.save(conditions);
    this.#current = { ...conditions };
    return this.#current;
  }

  /** Takes the conditions another node may have set (a request's first step, where they are shared). */
  async refresh(): Promise<void> {
    if (!this.offered || this.shared === undefined) return;
    this.#current = { ...((await this.shared.load()) ?? {}) };
  }
}
