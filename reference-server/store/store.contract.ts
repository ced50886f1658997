// The tests every Store implementation passes: the embedded one today, a shared one (Redis)
// tomorrow. Each implementation's test file calls describeStoreContract with a factory.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatRecord, Store, StoredEvent } from './store.ts';

export function chatRecord(sid: string, browserSessionId: string, overrides: Partial<ChatRecord> = {}): ChatRecord {
  return {
    sid,
    browserSessionId,
    clientId: `ci_${sid}`,
    state: 'queued',
    pages: ['pg_aaaaaaaaaaaaaaaaaaaaaa'],
    startingPage: 'pg_aaaaaaaaaaaaaaaaaaaaaa',
    details: { eCustName: 'Tan Mei Ling' },
    agents: [],
    toldAgents: [],
    offers: [],
    callbacks: [],
    startSeq: 0,
    appMessageIds: [],
    createdAt: 1,
    queuedAt: 1,
    ...overrides,
  };
}

const event = (name: string, at = new Date()) => ({ event: name, time: at.toISOString(), data: {} });

/** Changes every field, array and nested object of `value` it can; a frozen one's change throws, and is skipped. */
function tamper(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const attempt = (change: () => void) => {
    try {
      change();
    } catch {}
  };
  if (Array.isArray(value)) {
    for (const item of value) tamper(item);
    attempt(() => value.push('tampered'));
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    tamper(field);
    if (typeof field !== 'object' || field === null)
      attempt(() => {
        record[key] = typeof field === 'number' ? field + 1000 : 'tampered';
      });
  }
  attempt(() => {
    record.tampered = true;
  });
}

/** `open` gives a fresh, empty store; retention there must be { events: 3, ms: 0 } (so trimming is visible). */
export function describeStoreContract(name: string, open: () => Promise<Store>) {
  describe(`${name} - the store contract`, () => {
    let store: Store;
    afterEach(async () => {
      await store?.close();
    });

    it('keeps browser sessions, chats and agents, and hands out copies', async () => {
      store = await open();
      await store.putBrowserSession({ id: 'bs_1', secretHash: 'h1', createdAt: 1, openedPages: [] });
      await store.putChat(chatRecord('c_1', 'bs_1'));
      await store.putChat(chatRecord('c_2', 'bs_1', { state: 'connected', queuedAt: 0 }));
      await store.putChat(chatRecord('c_3', 'bs_2', { queuedAt: 0 }));
      await store.putAgent({
        agentId: 'agent-7',
        name: 'Alice',
        sessionHash: 'h',
        sessionExpiresAt: 2,
        ready: true,
        chats: [],
        loggedInAt: 1,
      });

      expect((await store.getBrowserSession('bs_1'))?.secretHash).toBe('h1');
      expect((await store.chatsOf('bs_1')).map((c) => c.sid)).toEqual(['c_1', 'c_2']);
      expect((await store.queuedChats()).map((c) => c.sid)).toEqual(['c_3', 'c_1']);
      expect((await store.agents()).map((a) => a.name)).toEqual(['Alice']);

      const copy = await store.getChat('c_1');
      copy?.pages.push('pg_changed_but_not_stored');
      expect((await store.getChat('c_1'))?.pages).toHaveLength(1);

      expect(await store.countActiveChats()).toBe(3);
      await store.putChat(chatRecord('c_3', 'bs_2', { state: 'ended' }));
      expect(await store.countActiveChats()).toBe(2);
      expect((await store.activeChats()).map((c) => c.sid)).toEqual(['c_1', 'c_2']);

      await store.deleteChat('c_1');
      expect(await store.getChat('c_1')).toBeUndefined();
      expect((await store.chatsOf('bs_1')).map((c) => c.sid)).toEqual(['c_2']);
      // What counts and queues follows each change of state, and a deletion.
      expect(await store.countActiveChats()).toBe(1);
      expect(await store.queuedChats()).toEqual([]);
      await store.putChat(chatRecord('c_4', 'bs_1', { queuedAt: 5 }));
      await store.putChat(chatRecord('c_5', 'bs_1', { queuedAt: 4 }));
      expect((await store.queuedChats()).map((c) => c.sid)).toEqual(['c_5', 'c_4']);
      await store.putChat(chatRecord('c_5', 'bs_1', { state: 'connected', queuedAt: 4 }));
      expect((await store.queuedChats()).map((c) => c.sid)).toEqual(['c_4']);
      expect(await store.countActiveChats()).toBe(3);
      await store.deleteChat('c_5');
      await store.putChat(chatRecord('c_4', 'bs_1', { state: 'ended', endedAt: 6 }));
      expect(await store.countActiveChats()).toBe(1);
      expect(await store.queuedChats()).toEqual([]);
    });

    it('changes nothing stored when a caller changes what a read handed out (only a put whose write succeeded does)', async () => {
      store = await open();
      await store.putBrowserSession({
        id: 'bs_1',
        secretHash: 'h1',
        createdAt: 1,
        openedPages: ['pg_1'],
        captchas: [{ text: 'AB', issuedAt: 1 }],
      });
      await store.putChat(chatRecord('c_1', 'bs_1', { agents: [{ id: 'agent-7', name: 'Alice', index: 0 }], toldAgents: ['agent-7'] }));
      await store.putChat(chatRecord('c_2', 'bs_1', { state: 'ended', endedAt: 5 }));
      await store.putAgent({ agentId: 'agent-7', name: 'Alice', sessionHash: 'h', ready: true, chats: ['c_1'], loggedInAt: 1 });
      await store.appendTranscript('c_1', { type: 'msg', by: 'c', msg: 'Hello', time: 't', id: 'msg_1', clientMessageId: 'm_1', seq: 1 });
      const live: StoredEvent[] = [];
      const stop = store.subscribe('browser:bs_1', (e) => live.push(e));
      const appended = await store.appendEvent('browser:bs_1', { event: 'OnEcho', time: new Date().toISOString(), data: { msg: 'Hi' } });
      stop();
      const state = async () => ({
        session: await store.getBrowserSession('bs_1'),
        chat: await store.getChat('c_1'),
        chats: await store.chatsOf('bs_1'),
        queued: await store.queuedChats(),
        active: await store.activeChats(),
        ended: await store.chatsEndedBefore(10),
        agent: await store.getAgent('agent-7'),
        agents: await store.agents(),
        transcript: await store.transcript('c_1'),
        accepted: await store.acceptedMessage('c_1', 'm_1'),
        size: await store.transcriptSize('c_1'),
        events: await store.readEvents('browser:bs_1', 0, 10),
      });
      // A snapshot as text: it shares no object with what the store handed out.
      const before = JSON.parse(JSON.stringify(await state())) as Awaited<ReturnType<typeof state>>;
      // Change every object, array and field handed out; a store may instead hand out frozen objects (the change throws).
      for (const value of [...Object.values(await state()), appended, ...live]) tamper(value);
      expect(await state()).toEqual(before);
      expect(before.session?.openedPages).toEqual(['pg_1']);
      expect(before.events.events.map((e) => e.data)).toEqual([{ msg: 'Hi' }]);
    });

    it('finds what housekeeping forgets: chats ended long ago, browser sessions left without chats', async () => {
      store = await open();
      await store.putBrowserSession({ id: 'bs_old', secretHash: 'h1', createdAt: 10, openedPages: [] });
      await store.putBrowserSession({ id: 'bs_new', secretHash: 'h2', createdAt: 1000, openedPages: [] });
      await store.putBrowserSession({ id: 'bs_busy', secretHash: 'h3', createdAt: 10, openedPages: [] });
      await store.putChat(chatRecord('c_ended', 'bs_busy', { state: 'ended', endedAt: 50 }));
      await store.putChat(chatRecord('c_recent', 'bs_busy', { state: 'ended', endedAt: 500 }));
      await store.appendEvent('browser:bs_old', event('OnEcho'));
      expect((await store.chatsEndedBefore(100)).map((c) => c.sid)).toEqual(['c_ended']);
      expect(await store.idleBrowserSessions(100)).toEqual(['bs_old']);

      await store.deleteBrowserSession('bs_old');
      expect(await store.getBrowserSession('bs_old')).toBeUndefined();
      expect(await store.readEvents('browser:bs_old', 0, 10)).toMatchObject({ events: [], latestSeq: 0 });
      await store.deleteChat('c_ended');
      await store.deleteChat('c_recent');
      expect(await store.idleBrowserSessions(100)).toEqual(['bs_busy']);
    });

    it('forgets an agent with its event log, and keeps the others', async () => {
      store = await open();
      const agent = { name: 'Alice', ready: false, chats: [], loggedInAt: 1, sessionExpiresAt: 2 };
      await store.putAgent({ agentId: 'agent-gone', ...agent });
      await store.putAgent({ agentId: 'agent-kept', ...agent });
      await store.appendEvent('agent:agent-gone', event('ChatQueued'));
      await store.appendEvent('agent:agent-kept', event('ChatQueued'));

      await store.deleteAgent('agent-gone');
      expect(await store.getAgent('agent-gone')).toBeUndefined();
      expect((await store.agents()).map((a) => a.agentId)).toEqual(['agent-kept']);
      expect(await store.readEvents('agent:agent-gone', 0, 10)).toMatchObject({ events: [], latestSeq: 0 });
      expect((await store.readEvents('agent:agent-kept', 0, 10)).latestSeq).toBe(1);
    });

    it('keeps transcripts and finds an accepted message by its client message id', async () => {
      store = await open();
      await store.putChat(chatRecord('c_1', 'bs_1'));
      await store.appendTranscript('c_1', { type: 'msg', by: 'c', msg: 'Hello', time: 't', id: 'msg_1', clientMessageId: 'm_1', seq: 4 });
      await store.appendTranscript('c_1', { type: 'connect', id: 'agent-7', name: 'Alice', time: 't' });
      expect((await store.transcript('c_1')).map((e) => e.type)).toEqual(['msg', 'connect']);
      expect((await store.acceptedMessage('c_1', 'm_1'))?.seq).toBe(4);
      expect(await store.acceptedMessage('c_1', 'm_2')).toBeUndefined();
      expect(await store.acceptedMessage('c_2', 'm_1')).toBeUndefined();
    });

    it('counts what a transcript holds: its entries and the UTF-8 bytes of its message text', async () => {
      store = await open();
      await store.putChat(chatRecord('c_1', 'bs_1'));
      expect(await store.transcriptSize('c_1')).toEqual({ entries: 0, textBytes: 0 });
      // The transcript keeps text URL-encoded: 'Grüße 😀' is 12 bytes as sent.
      await store.appendEvent('browser:bs_1', event('OnEcho'), {
        sid: 'c_1',
        entry: { type: 'msg', by: 'c', msg: encodeURIComponent('Grüße 😀'), time: 't', id: 'msg_1', clientMessageId: 'm_1' },
      });
      await store.appendTranscript('c_1', { type: 'connect', id: 'agent-7', name: 'Alice', time: 't' });
      await store.appendTranscript('c_1', { type: 'msg', by: 'a', msg: 'Hi', time: 't', id: 'msg_2' });
      expect(await store.transcriptSize('c_1')).toEqual({ entries: 3, textBytes: 14 });
      expect(await store.transcriptSize('c_2')).toEqual({ entries: 0, textBytes: 0 });
    });

    it('still answers an ended chat’s transcript, its size and its accepted messages; forgets them with the chat', async () => {
      store = await open();
      await store.putChat(chatRecord('c_1', 'bs_1', { state: 'connected' }));
      await store.appendEvent('browser:bs_1', event('OnEcho'), {
        sid: 'c_1',
        entry: { type: 'msg', by: 'c', msg: 'Hello', time: 't', id: 'msg_1', clientMessageId: 'm_1' },
      });
      await store.appendTranscript('c_1', { type: 'connect', id: 'agent-7', name: 'Alice', time: 't' });
      const before = await store.transcript('c_1');
      await store.putChat(chatRecord('c_1', 'bs_1', { state: 'ended', endedAt: 5 }));
      // Recorded again once ended (housekeeping, hooks): nothing changes.
      await store.putChat(chatRecord('c_1', 'bs_1', { state: 'ended', endedAt: 5 }));
      expect(await store.transcript('c_1')).toEqual(before);
      expect(await store.transcriptSize('c_1')).toEqual({ entries: 2, textBytes: 5 });
      expect((await store.acceptedMessage('c_1', 'm_1'))?.seq).toBe(before[0]?.seq);
      expect(await store.acceptedMessage('c_1', 'm_2')).toBeUndefined();
      await store.deleteChat('c_1');
      expect(await store.transcript('c_1')).toEqual([]);
      expect(await store.transcriptSize('c_1')).toEqual({ entries: 0, textBytes: 0 });
      expect(await store.acceptedMessage('c_1', 'm_1')).toBeUndefined();
    });

    it('numbers each log 1, 2, 3 and reads after a position, live events included', async () => {
      store = await open();
      const live: number[] = [];
      const stop = store.subscribe('browser:bs_1', (e) => live.push(e.seq));
      for (const name of ['OnCallQueued', 'OnEcho']) await store.appendEvent('browser:bs_1', event(name));
      await store.appendEvent('agent:agent-7', event('ChatQueued'));
      stop();
      await store.appendEvent('browser:bs_1', event('OnEnd'));

      expect(live).toEqual([1, 2]);
      const window = await store.readEvents('browser:bs_1', 1, 10);
      expect(window).toMatchObject({ latestSeq: 3, complete: true });
      expect(window.events.map((e) => [e.seq, e.event])).toEqual([
        [2, 'OnEcho'],
        [3, 'OnEnd'],
      ]);
      expect((await store.readEvents('browser:bs_1', 0, 1)).events.map((e) => e.seq)).toEqual([1]);
      expect((await store.readEvents('agent:agent-7', 0, 10)).events.map((e) => e.seq)).toEqual([1]);
    });

    it('says when a position is older than what retention kept, or unknown', async () => {
      store = await open();
      const old = new Date(Date.now() - 60_000);
      for (let i = 0; i < 5; i++) await store.appendEvent('browser:bs_1', event('OnEcho', old));
      expect(await store.readEvents('browser:bs_1', 0, 10)).toMatchObject({ complete: false, latestSeq: 5 });
      expect(await store.readEvents('browser:bs_1', 2, 10)).toMatchObject({ complete: true, latestSeq: 5 });
      expect((await store.readEvents('browser:bs_1', 2, 10)).events.map((e) => e.seq)).toEqual([3, 4, 5]);
      expect(await store.readEvents('browser:bs_1', 9, 10)).toMatchObject({ complete: false });
      expect(await store.readEvents('browser:nobody', 0, 10)).toMatchObject({ complete: true, events: [] });
      expect(await store.readEvents('browser:nobody', 3, 10)).toMatchObject({ complete: false });
    });
  });
}
