// Every case family, in the order the run takes them.
import type { Resolver } from '../suite/registry.ts';
import { errorResolvers } from './errors.ts';
import { eventResolvers } from './events.ts';
import { generatedInputResolvers } from './generated-input.ts';
import { multichatResolvers } from './multichat.ts';
import { operationResolvers } from './operations.ts';
import { reasonResolvers } from './reasons.ts';

export const resolvers: Resolver[] = [
  ...operationResolvers,
  ...errorResolvers,
  ...generatedInputResolvers,
  ...eventResolvers,
  ...multichatResolvers,
  ...reasonResolvers,
];
