// CreateCampaignContact: the reference server records the contact and answers its id. A real
// deployment hands the contact to its campaign system; here it goes to the log (one line, without
// the contact's personal data) and to a bounded list - the latest CAMPAIGN_CONTACTS_KEPT - in this
// process's memory, or with a Redis store in a capped list in Redis that every node shares
// (store/redis-contacts.ts). Not in the chat records: nothing of a chat depends on it.

import { randomBytes } from 'node:crypto';
import type { BrowserSessionRecord } from '../store/store.ts';
import type { ChatContext } from './context.ts';
import { logRef } from './ids.ts';

/** The most contacts kept; older ones are dropped first. */
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

/** Where the latest contacts are kept. */
export interface ContactList {
  /** Adds one, dropping the oldest beyond `max`; resolves once it is kept (a failure is a store outage). */
  add(contact: CampaignContact, max: number): Promise<void>;
  /** The contacts kept, oldest first (copies). */
  recent(): Promise<CampaignContact[]>;
}

/** In this process's memory (one node; gone at a restart). */
export class MemoryContactList implements ContactList {
  private readonly kept: CampaignContact[] = [];

  async add(contact: CampaignContact, max: number): Promise<void> {
    this.kept.push(structuredClone(contact));
    if (this.kept.length > max) this.kept.splice(0, this.kept.length - max);
  }

  async recent(): Promise<CampaignContact[]> {
    return structuredClone(this.kept);
  }
}

export class CampaignContacts {
  constructor(
    private readonly ctx: Pick<ChatContext, 'log'>,
    private readonly list: ContactList = new MemoryContactList(),
    private readonly max = CAMPAIGN_CONTACTS_KEPT,
  ) {}

  /** Keeps the contact, then logs it and answers its id (nothing answered before it is kept). */
  async create(session: BrowserSessionRecord, page: string, data: Record<string, unknown>): Promise<CampaignContactResult> {
    const contact: CampaignContact = {
      contactId: `cc_${randomBytes(16).toString('base64url')}`,
      browserSessionId: session.id,
      page,
      data,
      time: new Date().toISOString(),
    };
    await this.list.add(contact, this.max);
    // Which campaign and which fields, never their values: a contact is personal data.
    const campaign = typeof data.campaign === 'string' ? data.campaign.slice(0, 64) : undefined;
    this.ctx.log.info(
      { contactId: contact.contactId, browserSession: logRef(session.id), campaign, fields: Object.keys(data).slice(0, 64) },
      'campaign contact created',
    );
    return { resultCode: 'Success', resultMessage: 'Contact created', contactId: contact.contactId };
  }

  /** The contacts kept, oldest first (copies). */
  recent(): Promise<CampaignContact[]> {
    return this.list.recent();
  }
}
