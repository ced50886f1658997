// CreateCampaignContact: a thin adapter over chat/campaign.ts. Any JSON object the contract takes
// (at most 64 properties), up to 16 KiB as JSON; 201 with the CampaignContactResult, which the
// client library raises as OnCampaignContactCreated.
import type { FastifyInstance } from 'fastify';
import { operations } from '../../generated/http/operations.ts';
import type { CampaignContacts } from '../chat/campaign.ts';
import { ChatError } from '../chat/chat-error.ts';
import type { CustomerChats } from '../chat/customer-chats.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { callerOf, type OperationId } from './customer-routes.ts';

/** The most a contact may weigh as JSON (spec/http/campaign.yaml). */
export const MAX_CONTACT_BYTES = 16 * 1024;

export type CampaignDeps = { chats: CustomerChats; contacts: CampaignContacts; violations?: Violations };

export function registerCampaignRoutes(app: FastifyInstance, deps: CampaignDeps): OperationId[] {
  const handlers: Partial<Record<OperationId, Handler>> = {
    createCampaignContact: async (request, reply) => {
      const [session, page] = await callerOf(deps.chats, request);
      const data = request.body as Record<string, unknown>;
      const bytes = Buffer.byteLength(JSON.stringify(data));
      if (bytes > MAX_CONTACT_BYTES)
        throw new ChatError('PayloadTooLarge', `the contact is ${bytes} bytes as JSON; the most is ${MAX_CONTACT_BYTES}`);
      return reply.code(201).send(await deps.contacts.create(session, page, data));
    },
  };
  for (const [id, handler] of Object.entries(handlers) as [OperationId, Handler][])
    registerOperation(app, 'customer', id, operations[id], handler, deps.violations);
  return Object.keys(handlers) as OperationId[];
}
