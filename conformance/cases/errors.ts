// The errors cases of the generated list (error:* ids). Not implemented yet: the run reports them so.
import type { Resolver } from '../suite/registry.ts';

export const errorResolvers: Resolver[] = [];
