// Profiles: named selections of cases. Every case of the generated list belongs to one profile
// (`profile` in generated/conformance/cases.ts). Two of them certify a part of the spec that is a
// set of messages both sides exchange - audio/video and co-browse signaling - and go by the
// spec's tag of that part as well: `av` is the profile of the operations tagged `av`,
// `cobrowse` of those tagged `cobrowse`. For such a profile the run also checks that every
// message of its part of the spec was exercised by some case (an operation answered with
// success, an event observed and valid, on the customer's side and on the agent's): a message
// the spec gains later and no case exercises fails the run.
//
// The messages come from the spec itself, not from the generated tables (which carry no tags):
//   - customer operations: spec/openapi.yaml, every operation tagged <tag>;
//   - customer events: spec/asyncapi.yaml, every message of the eventStream channel written in
//     spec/events/<tag>.yaml;
//   - agent operations: spec/agent/openapi.yaml, every operation tagged agent-<tag>;
//   - agent events: spec/agent/asyncapi.yaml, the messages of every operation tagged agent-<tag>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cases } from '../../generated/conformance/cases.ts';
import { dereferenced, documents, type Json, type JsonObject, specDir } from '../../spec/load.ts';

/** The profiles of the generated case list. */
export type CaseProfile = (typeof cases)[number]['profile'];

/** The profiles whose part of the spec is a set of messages, by the spec's tag of that part. */
export const messageProfiles = ['av', 'cobrowse'] as const;
export type MessageProfile = (typeof messageProfiles)[number];

export type MessageSide = 'customer' | 'agent';
export type MessageKind = 'operation' | 'event';
/**
 * A message of a profile's part of the spec. `id` is how the observer names what a case
 * exercised: operation:<id>, event:<name> (customer side), agent-operation:<id>, agent-event:<name>.
 */
export type ProfileMessage = { id: string; side: MessageSide; kind: MessageKind; name: string };

export const messageId = (side: MessageSide, kind: MessageKind, name: string) => `${side === 'agent' ? 'agent-' : ''}${kind}:${name}`;

const asObject = (value: Json | undefined): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const tagsOf = (value: Json | undefined): string[] =>
  (Array.isArray(value) ? value : []).map((tag) => (typeof tag === 'string' ? tag : String(asObject(tag).name)));
const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The operationIds of a (dereferenced) OpenAPI document tagged `tag`, in the document's order. */
function taggedOperations(openapi: JsonObject, tag: string): string[] {
  return Object.values(asObject(openapi.paths)).flatMap((item) =>
    Object.entries(asObject(item))
      .filter(([method, op]) => methods.has(method) && tagsOf(asObject(op).tags).includes(tag))
      .map(([, op]) => String(asObject(op).operationId)),
  );
}

const raw = (document: string, dir: string) => parse(readFileSync(join(dir, document), 'utf8')) as JsonObject;

/** The customer's events written in spec/events/<tag>.yaml, as spec/asyncapi.yaml lists them. */
function customerEvents(asyncapi: JsonObject, tag: string): string[] {
  const file = new RegExp(`^(\\./)?events/${tag}\\.yaml#`);
  return Object.entries(asObject(asObject(asyncapi.components).messages))
    .filter(([, message]) => file.test(String(asObject(message).$ref ?? '')))
    .map(([name]) => name);
}

/** The messages of spec/agent/asyncapi.yaml's operations tagged `tag` (`$ref: '#/channels/<c>/messages/<name>'`). */
function agentEvents(asyncapi: JsonObject, tag: string): string[] {
  const names = Object.values(asObject(asyncapi.operations))
    .filter((op) => tagsOf(asObject(op).tags).includes(tag))
    .flatMap((op) => (Array.isArray(asObject(op).messages) ? (asObject(op).messages as Json[]) : []))
    .map(
      (ref) =>
        String(asObject(ref).$ref ?? '')
          .split('/')
          .at(-1) ?? '',
    );
  return [...new Set(names.filter(Boolean))];
}

const loaded = new Map<string, Promise<ProfileMessage[]>>();

/** Every message of the part of the spec tagged `tag` (a profile's name), customer side first. */
export function profileMessages(tag: string, dir = specDir): Promise<ProfileMessage[]> {
  const key = `${dir}\0${tag}`;
  let found = loaded.get(key);
  if (found === undefined) {
    found = (async () => {
      const openapi = await dereferenced(documents.openapi, dir);
      const agentOpenapi = await dereferenced(documents.agentOpenapi, dir);
      const list = (side: MessageSide, kind: MessageKind, names: string[]) =>
        names.map((name) => ({ id: messageId(side, kind, name), side, kind, name }));
      return [
        ...list('customer', 'operation', taggedOperations(openapi, tag)),
        ...list('customer', 'event', customerEvents(raw(documents.asyncapi, dir), tag)),
        ...list('agent', 'operation', taggedOperations(agentOpenapi, `agent-${tag}`)),
        ...list('agent', 'event', agentEvents(raw(documents.agentAsyncapi, dir), `agent-${tag}`)),
      ];
    })();
    loaded.set(key, found);
  }
  return found;
}

/**
 * The generated profile of a message profile's cases: the profile of the case of its first
 * customer operation (audio-video-signaling for `av`), taken from the generated case list.
 */
export async function caseProfileOf(profile: MessageProfile, dir = specDir): Promise<CaseProfile> {
  const operation = (await profileMessages(profile, dir)).find((m) => m.side === 'customer' && m.kind === 'operation');
  const found = cases.find((spec) => spec.id === `operation:${operation?.name}`);
  if (found === undefined) throw new Error(`no case of the generated list is the operation case of an operation tagged ${profile}`);
  return found.profile;
}
