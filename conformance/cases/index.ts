// Every case family, in the order the run takes them.
import type { Resolver } from '../suite/registry.ts';
import { errorResolvers } from './errors.ts';
import { eventResolvers } from './events.ts';
import { multichatResolvers } from './multichat.ts';
import { operationResolvers } from './operations.ts';
import { reasonResolvers } from './reasons.ts';

export const resolvers: Resolver[] = [
  ...operationResolvers,
  ...errorResolvers,
  ...eventResolvers,
  ...multichatResolvers,
  ...reasonResolvers,
];
