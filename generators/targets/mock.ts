// What the mock server sends, from the contract: for each operation, the events the server answers
// it with when all goes well (x-livechat-follows on the AsyncAPI messages), in the order of their
// delays; and for every message the server sends, its first example - the payload the mock fills in.
import { asObject, type Contract } from '../lib/contract.ts';
import { type GeneratedFile, literal } from '../lib/output.ts';

type Reaction = { event: string; afterMs: number };

export function mockReactions(contract: Contract): GeneratedFile {
  const reactions: Record<string, Reaction[]> = {};
  const examples: Record<string, unknown> = {};
  for (const m of contract.messages) {
    const example = Array.isArray(m.message.examples) ? asObject(m.message.examples[0]).payload : undefined;
    if (m.raisedBy.includes('server') && example !== undefined) examples[m.name] = example;
    const follows = m.message['x-livechat-follows'];
    if (!Array.isArray(follows)) continue;
    if (example === undefined) throw new Error(`${m.name}: x-livechat-follows needs an example payload to fill in`);
    for (const follow of follows.map(asObject)) {
      const operation = String(follow.operation);
      if (!contract.operations.some((op) => op.id === operation))
        throw new Error(`${m.name}: x-livechat-follows names no operation ${operation}`);
      reactions[operation] = [...(reactions[operation] ?? []), { event: m.name, afterMs: Number(follow.afterMs ?? 0) }];
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(reactions)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([op, list]) => [op, list.sort((a, b) => a.afterMs - b.afterMs)]),
  );
  const content = `/** For each operation, the events a deployment answers it with when all goes well (x-livechat-follows), by delay. */
export const reactions = ${literal(sorted)} as const;

export type ReactingOperation = keyof typeof reactions;

/** The first example of every message the server sends: the payload the mock fills in. */
export const examples = ${literal(examples)} as const;

export type ServerEvent = keyof typeof examples;
`;
  return { path: 'mock/events.ts', source: 'spec/asyncapi.yaml', content };
}
