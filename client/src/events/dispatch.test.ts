import { describe, expect, it } from 'vitest';
import { type ChatEvent, deliveredTo, handlerCalls, type Participation } from './dispatch.ts';

const sid = 'c_7Hq2LxVbN4';
const echo: ChatEvent = {
  name: 'OnEcho',
  payload: {
    seq: 3,
    event: 'OnEcho',
    time: 't',
    sid,
    clientId: 'support-1',
    data: { msg: 'Hello', messageId: 'msg_3', clientMessageId: 'm_1' },
  },
};

describe('handlerCalls', () => {
  it('gives the document handler its parameters, and multilivechat the Sid after them', () => {
    expect(handlerCalls(echo, 'single')).toEqual([{ handler: 'OnEcho', args: ['Hello'] }]);
    expect(handlerCalls(echo, 'multi')).toEqual([{ handler: 'OnEcho', args: ['Hello', sid] }]);
  });

  it('maps payload paths in the document order (OnRemoteUserConnected: name, agentId, sessionId [, clientId])', () => {
    const event: ChatEvent = {
      name: 'OnRemoteUserConnected',
      payload: { sid, clientId: 'support-1', data: { name: 'Alice', agentId: 'agent-7' } },
    };
    expect(handlerCalls(event, 'single')[0]?.args).toEqual(['Alice', 'agent-7', sid]);
    expect(handlerCalls(event, 'multi')[0]?.args).toEqual(['Alice', 'agent-7', sid, 'support-1']);
  });

  it('raises the synonym OnCallbackAutoRegistered with every OnSystemNotification', () => {
    const event: ChatEvent = {
      name: 'OnSystemNotification',
      payload: { sid, clientId: 'support-1', data: { reasonCode: 'NoStaffedAgents' } },
    };
    expect(handlerCalls(event, 'single')).toEqual([
      { handler: 'OnSystemNotification', args: ['NoStaffedAgents'] },
      { handler: 'OnCallbackAutoRegistered', args: ['NoStaffedAgents'] },
    ]);
  });

  it('passes one Session to livechat and the array to multilivechat (OnOpenSuccess)', () => {
    const sessions = [
      { sid, clientId: 'a', state: 'queued', trans: [] },
      { sid: 'c_2', clientId: 'b', state: 'queued', trans: [] },
    ];
    const event: ChatEvent = { name: 'OnOpenSuccess', payload: { event: 'OnOpenSuccess', data: { sessions } } };
    expect(handlerCalls(event, 'single')[0]?.args).toEqual([sessions[0]]);
    expect(handlerCalls(event, 'multi')[0]?.args).toEqual([sessions]);
  });

  it('gives OnEnd the initiator and reason; lib with SessionLostWhileOffline', () => {
    const event: ChatEvent = {
      name: 'OnEnd',
      payload: { sid, clientId: 'x', data: { initiator: 'lib', reason: 'SessionLostWhileOffline' } },
    };
    expect(handlerCalls(event, 'single')[0]?.args).toEqual(['lib', 'SessionLostWhileOffline']);
  });

  it('raises no handler for the library events (signaling, heartbeats, resync)', () => {
    for (const name of ['AvSignal', 'CobrEnded', 'Heartbeat', 'Resync', 'ChatStarted'] as const) {
      expect(handlerCalls({ name, payload: { sid } }, 'single'), name).toEqual([]);
    }
  });
});

describe('deliveredTo', () => {
  const page = (takesPart: string[], started: string[]): Participation => ({
    takesPart: (s) => takesPart.includes(s),
    started: (s) => started.includes(s),
  });

  it('raises an event of a chat only on pages that take part in it', () => {
    expect(deliveredTo(echo, page([sid], []))).toBe(true);
    expect(deliveredTo(echo, page([], []))).toBe(false);
  });

  it('raises OnCallQueued only on the page that started the chat', () => {
    const queued: ChatEvent = { name: 'OnCallQueued', payload: { sid, data: { queuePosition: 2 } } };
    expect(deliveredTo(queued, page([sid], [sid]))).toBe(true);
    expect(deliveredTo(queued, page([sid], []))).toBe(false);
  });

  it('raises events of no chat (Resync) on every page', () => {
    expect(deliveredTo({ name: 'Resync', payload: { seq: 40 } }, page([], []))).toBe(true);
  });
});
