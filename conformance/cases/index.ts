// Every case family, in the order the run takes them, and the case list: the generated cases,
// then the suite's own (scenario cases no element of the contract names, suite/registry.ts).
import { cases } from '../../generated/conformance/cases.ts';
import type { CaseSpec, Resolver } from '../suite/registry.ts';
import { corsCases, corsResolvers } from './cors.ts';
import { errorResolvers } from './errors.ts';
import { eventResolvers } from './events.ts';
import { generatedInputResolvers } from './generated-input.ts';
import { multichatResolvers } from './multichat.ts';
import { operationResolvers } from './operations.ts';
import { protocolCases, protocolResolvers } from './protocol.ts';
import { reasonResolvers } from './reasons.ts';
import { signalingCases, signalingResolvers } from './signaling.ts';

export const resolvers: Resolver[] = [
  ...operationResolvers,
  ...errorResolvers,
  ...generatedInputResolvers,
  ...eventResolvers,
  ...multichatResolvers,
  ...reasonResolvers,
  ...signalingResolvers,
  ...corsResolvers,
  ...protocolResolvers,
];

/** Every case of the suite: the generated list, then the suite's own. */
export const allCases: readonly CaseSpec[] = [...cases, ...signalingCases, ...corsCases, ...protocolCases];
