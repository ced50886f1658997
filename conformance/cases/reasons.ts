// The reasons cases of the generated list (reaons:* ids). Not implemented yet: the run reports them so.
import type { Resolver } from '../suite/registry.ts';

export const reasonResolvers: Resolver[] = [];
