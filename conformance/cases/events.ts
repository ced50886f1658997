// The events cases of the generated list (event:* ids). Not implemented yet: the run reports them so.
import type { Resolver } from '../suite/registry.ts';

export const eventResolvers: Resolver[] = [];
