// Profiles: named selections of cases. Every case of the generated list belongs to one profile
// (`profile` in generated/conformance/cases.ts). Two of them certify a part of the spec that is a
// set of messages both sides exchange - audio/video and co-browse signaling - and go by the
// spec's tag of that part as well: `av` is the profile of the operations tagged `av`,
// `cobrowse` of those tagged `cobrowse`. For such a profile the run also checks that every
// message of its part of the spec was exercised by some case (an operation answered with
// success, an event observed and valid, on the customer's side and on the agent's): a message
// the spec gains later and no case exercises fails the run.
//
// The messages are generated from the spec with the case list (generated/conformance/profiles.ts,
// generators/targets/profiles.ts); the suite never reads spec/ at run time:
//   - customer operations: spec/openapi.yaml, every operation tagged <tag>;
//   - customer events: spec/asyncapi.yaml, every message written in spec/events/<tag>.yaml;
//   - agent operations: spec/agent/openapi.yaml, every operation tagged agent-<tag>;
//   - agent events: spec/agent/asyncapi.yaml, the messages of every operation tagged agent-<tag>.
import type { cases } from '../../generated/conformance/cases.ts';
import { caseProfiles, profileMessages as generated, type MessageProfile, messageProfiles } from '../../generated/conformance/profiles.ts';

/** The profiles of the generated case list. */
export type CaseProfile = (typeof cases)[number]['profile'];

/** The profiles whose part of the spec is a set of messages, by the spec's tag of that part. */
export { type MessageProfile, messageProfiles };

export type MessageSide = 'customer' | 'agent';
export type MessageKind = 'operation' | 'event';
/**
 * A message of a profile's part of the spec. `id` is how the observer names what a case
 * exercised: operation:<id>, event:<name> (customer side), agent-operation:<id>, agent-event:<name>.
 */
export type ProfileMessage = { id: string; side: MessageSide; kind: MessageKind; name: string };

export const messageId = (side: MessageSide, kind: MessageKind, name: string) => `${side === 'agent' ? 'agent-' : ''}${kind}:${name}`;

/** Every message of a message profile's part of the spec, customer side first (generated). */
export function profileMessages(profile: MessageProfile): ProfileMessage[] {
  return generated[profile].map((m) => ({ ...m }));
}

/** The generated profile of a message profile's cases (audio-video-signaling for `av`). */
export function caseProfileOf(profile: MessageProfile): CaseProfile {
  return caseProfiles[profile];
}
