// CreateCampaignContact's latest contacts (chat/campaign.ts) in Redis, so that every node sharing
// it keeps and answers the same ones: a list, newest first, capped by LTRIM in the same
// transaction as the LPUSH, so it never holds more than `max`.
import type { Redis } from 'ioredis';
import type { CampaignContact, ContactList } from '../chat/campaign.ts';
import { asStoreError, guarded } from './redis-connection.ts';

export class RedisContactList implements ContactList {
  private readonly key: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}campaign-contacts`;
  }

  async add(contact: CampaignContact, max: number): Promise<void> {
    const answers = await guarded(() =>
      this.redis
        .multi()
        .lpush(this.key, JSON.stringify(contact))
        .ltrim(this.key, 0, max - 1)
        .exec(),
    );
    // A command of the transaction can fail alone (exec answers each one's error): the contact was not kept then.
    const failed = answers === null ? new Error('the transaction was discarded') : answers.find(([error]) => error !== null)?.[0];
    if (failed) throw asStoreError(failed);
  }

  async recent(): Promise<CampaignContact[]> {
    const items = await guarded(() => this.redis.lrange(this.key, 0, -1));
    return items.reverse().map((item) => JSON.parse(item) as CampaignContact);
  }
}
