// The multichat cases of the generated list (multichat:* ids). Not implemented yet: the run reports them so.
import type { Resolver } from '../suite/registry.ts';

export const multichatResolvers: Resolver[] = [];
