// The mock's browser sessions stay bounded: past the most it keeps, the oldest goes, with its chats' timers and its event log.
import { expect, it } from 'vitest';
import { BrowserSessions } from '../browser-sessions.ts';

it('forgets the oldest browser session past the most it keeps, with its chats and its event log', async () => {
  const sessions = new BrowserSessions(2);
  const oldest = sessions.create('happy');
  const chat = sessions.newChat(oldest, 'ci_1', 'pg_1');
  await sessions.emit(oldest, chat, 'OnCallQueued', { queuePosition: 1 });
  let fired = false;
  sessions.later(chat, 10, () => {
    fired = true;
  });
  sessions.create('happy');
  sessions.create('happy');
  expect(sessions.get(oldest.id)).toBeUndefined();
  expect(chat.state).toBe('ended');
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(fired).toBe(false);
  const store = await sessions.store;
  expect((await store.readEvents(`browser:${oldest.id}`, 0, 10)).events).toEqual([]);
  sessions.close();
  await store.close();
});
