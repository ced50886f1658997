// The states a certification run asks a deployment set up for testing to take (SetTestConditions
// of spec/agent/openapi.yaml): a captcha with a known text, a small queue or a short queue
// timeout, no CSO counted as staffed, a failure of the deployment's own systems. Each replaces
// one setting while it is in force; none exists unless LIVECHAT_TEST_CONDITIONS is on, and then
// only what the last call set. Kept in memory: a restart resets them.
import type { components } from '../../generated/agent/openapi.ts';

export type Conditions = components['schemas']['TestConditions'];

export class TestConditions {
  #current: Conditions = {};

  constructor(
    /** Whether the deployment offers them (LIVECHAT_TEST_CONDITIONS); set() throws otherwise. */
    readonly offered: boolean,
  ) {}

  get current(): Readonly<Conditions> {
    return this.#current;
  }

  /** Replaces the conditions in force (`{}` resets them); the caller checked `offered`. */
  set(conditions: Conditions): Conditions {
    if (!this.offered) throw new Error('test conditions are not offered by this deployment');
    this.#current = { ...conditions };
    return this.#current;
  }
}
