// Which code runs which case. Case families live in conformance/cases/<family>.ts, each exporting
// resolvers; a resolver looks at a case of the generated list and answers its implementation, or
// nothing. A case no resolver takes is reported "not implemented" - never passed.
import type { cases } from '../../generated/conformance/cases.ts';
import type { CaseContext } from './context.ts';

export type CaseSpec = (typeof cases)[number];
export type CaseImpl = (t: CaseContext, spec: CaseSpec) => Promise<void>;
export type Resolver = (spec: CaseSpec) => CaseImpl | undefined;

/** A resolver for case ids of one exact value. */
export const exact =
  (id: string, impl: CaseImpl): Resolver =>
  (spec) =>
    spec.id === id ? impl : undefined;
