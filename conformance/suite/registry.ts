// Which code runs which case. Case families live in conformance/cases/<family>.ts, each exporting
// resolvers; a resolver looks at a case and answers its implementation, or nothing. A case no
// resolver takes is reported "not implemented" - never passed.
//
// The cases are the generated list (generated/conformance/cases.ts, one case per element of the
// contract) and the suite's own scenario cases (`SuiteCase`): end-to-end relays across both sides
// that no single element of the contract names, each in a profile of the generated list.
import type { cases } from '../../generated/conformance/cases.ts';
import type { CaseContext } from './context.ts';

export type GeneratedCase = (typeof cases)[number];
/** A case the suite defines itself (not generated): its id names its family (e.g. relay:av:...). */
export type SuiteCase = {
  id: string;
  title: string;
  /** The spec elements it covers, as the generated cases name them (operation:<id>, event:<name>). */
  covers: readonly string[];
  section: string;
  level: 'MUST' | 'SHOULD';
  profile: GeneratedCase['profile'];
  needsAgent?: true;
};
export type CaseSpec = GeneratedCase | SuiteCase;
export type CaseImpl = (t: CaseContext, spec: CaseSpec) => Promise<void>;
export type Resolver = (spec: CaseSpec) => CaseImpl | undefined;

/** A resolver for case ids of one exact value. */
export const exact =
  (id: string, impl: CaseImpl): Resolver =>
  (spec) =>
    spec.id === id ? impl : undefined;
