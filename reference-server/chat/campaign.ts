// CreateCampaignContact: the reference server records the contact and answers its id. A real
// deployment hands the contact to its campaign system; here it goes to the log (one line, without
// the contact's personal data) and to a bounded list in this process's memory - the latest
// CAMPAIGN_CONTACTS_KEPT, not in the store: nothing of the chat depends on it, and it is not kept
// across restarts.

import { randomBytes } from 'node:crypto';
import type { BrowserSessionRecord } from '../store/store.ts';
import type { ChatContext } from './context.ts';
import { logRef } from './ids.ts';

/** The most contacts kept in memory; older ones are dropped first. */
export const CAMPAIGN_CONTACTS_KEPT = 1000;

export type CampaignContact = {
  contactId: string;
  browserSessionId: string;
  page: string;
  /** The contact as the page sent it ("request payload in json format"). */
  data: Record<string, unknown>;
  time: string;
};

/** What CreateCampaignContact answers (schemas/CampaignContactResult.yaml). */
export type CampaignContactResult = { resultCode: string; resultMessage: string; contactId?: string };

export class CampaignContacts {
  private readonly kept: CampaignContact[] = [];

  constructor(
    private readonly ctx: Pick<ChatContext, 'log'>,
    private readonly max = CAMPAIGN_CONTACTS_KEPT,
  ) {}

  create(session: BrowserSessionRecord, page: string, data: Record<string, unknown>): CampaignContactResult {
    const contact: CampaignContact = {
      contactId: `cc_${randomBytes(16).toString('base64url')}`,
      browserSessionId: session.id,
      page,
      data,
      time: new Date().toISOString(),
    };
    this.kept.push(contact);
    if (this.kept.length > this.max) this.kept.splice(0, this.kept.length - this.max);
    // Which campaign and which fields, never their values: a contact is personal data.
    const campaign = typeof data.campaign === 'string' ? data.campaign.slice(0, 64) : undefined;
    this.ctx.log.info(
      { contactId: contact.contactId, browserSession: logRef(session.id), campaign, fields: Object.keys(data).slice(0, 64) },
      'campaign contact created',
    );
    return { resultCode: 'Success', resultMessage: 'Contact created', contactId: contact.contactId };
  }

  /** The contacts kept, oldest first (copies). */
  recent(): CampaignContact[] {
    return structuredClone(this.kept);
  }
}
