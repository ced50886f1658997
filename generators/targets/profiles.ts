// The message profiles (av, cobrowse): the parts of the spec that are a set of messages both sides
// exchange, named by the spec's tag of that part (targets/cases.ts, tagProfile). For each, every
// message of that part, which the conformance suite checks some case exercised:
//   - customer operations: spec/openapi.yaml, every operation tagged <tag>;
//   - customer events: spec/asyncapi.yaml, every message written in spec/events/<tag>.yaml;
//   - agent operations: spec/agent/openapi.yaml, every operation tagged agent-<tag>;
//   - agent events: spec/agent/asyncapi.yaml, the messages of every operation tagged agent-<tag>.
// And the generated case profile of each (av -> audio-video-signaling).
import type { Contract } from '../lib/contract.ts';
import { type GeneratedFile, literal } from '../lib/output.ts';
import { tagProfile } from './cases.ts';

export type MessageSide = 'customer' | 'agent';
export type MessageKind = 'operation' | 'event';
/** A message of a profile: `id` as the suite's observer names it (operation:<id>, event:<name>, agent-operation:<id>, agent-event:<name>). */
export type ProfileMessage = { id: string; side: MessageSide; kind: MessageKind; name: string };

const list = (side: MessageSide, kind: MessageKind, names: string[]): ProfileMessage[] =>
  names.map((name) => ({ id: `${side === 'agent' ? 'agent-' : ''}${kind}:${name}`, side, kind, name }));

/** Every message of the part of the spec tagged `tag`, customer side first, each in its document's order. */
function messagesOfTag(contract: Contract, tag: string): ProfileMessage[] {
  const agentTag = `agent-${tag}`;
  const agent = contract.agent;
  return [
    ...list(
      'customer',
      'operation',
      contract.operations.filter((op) => op.tags.includes(tag)).map((op) => op.id),
    ),
    ...list(
      'customer',
      'event',
      contract.messages.filter((m) => m.file === `events/${tag}.yaml`).map((m) => m.name),
    ),
    ...list(
      'agent',
      'operation',
      (agent?.operations ?? []).filter((op) => op.tags.includes(agentTag)).map((op) => op.id),
    ),
    ...list('agent', 'event', [
      ...new Set((agent?.asyncOperations ?? []).filter((op) => op.tags.includes(agentTag)).flatMap((op) => op.messages)),
    ]),
  ];
}

/** The messages of every message profile, by profile. */
export function messageProfileLists(contract: Contract): Record<string, ProfileMessage[]> {
  return Object.fromEntries(Object.keys(tagProfile).map((tag) => [tag, messagesOfTag(contract, tag)]));
}

export function messageProfiles(contract: Contract): GeneratedFile {
  const content = `/** The message profiles: the parts of the spec that are a set of messages both sides exchange, by the spec's tag. */
export const messageProfiles = ${literal(Object.keys(tagProfile))} as const;

export type MessageProfile = (typeof messageProfiles)[number];

/** The profile of each message profile's cases in the generated case list (cases.ts). */
export const caseProfiles = ${literal(tagProfile)} as const;

/**
 * Every message of each profile's part of the spec, customer side first: operations tagged <tag>,
 * events written in spec/events/<tag>.yaml, agent operations tagged agent-<tag>, the messages of
 * agent AsyncAPI operations tagged agent-<tag>. \`id\` is how the suite's observer names what a
 * case exercised.
 */
export const profileMessages = ${literal(messageProfileLists(contract))} as const;
`;
  return { path: 'conformance/profiles.ts', source: 'spec/openapi.yaml, spec/asyncapi.yaml and spec/agent/', content };
}
