// The demo agent console, on the agent test interface (spec/agent/): log in, get ready, accept
// queued chats, answer, transfer and end. Plain fetch and EventSource - no client library.
(() => {
  const api = '/tetherfi/agent';
  const $ = (name, root = document) => root.querySelector(`[data-${name}]`);
  let token = '';
  const chats = new Map();

  const call = async (path, body) => {
    const response = await fetch(api + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'livechat-agent-token': token },
      body: JSON.stringify(body ?? {}),
    });
    const text = await response.text();
    const answer = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      $('status').textContent = `${path}: ${answer?.code ?? response.status}`;
      throw new Error(answer?.code ?? String(response.status));
    }
    return answer;
  };
  const randomId = () => `m_${crypto.randomUUID().replaceAll('-', '')}`;
  const say = (chat, text, who) => {
    const line = document.createElement('div');
    line.className = `msg ${who}`;
    line.textContent = text;
    const log = $('log', chat.view);
    log.append(line);
    log.scrollTop = log.scrollHeight;
  };

  const queue = new Map();
  const drawQueue = () => {
    const list = $('queue');
    list.replaceChildren();
    for (const [sid, entry] of queue) {
      const item = document.createElement('li');
      item.textContent = `${entry.customerName || 'Customer'} - ${entry.topic || 'no topic'}${entry.kind ? ` (${entry.kind} from ${entry.fromAgentName})` : ''}`;
      const accept = document.createElement('button');
      accept.textContent = 'Accept';
      accept.addEventListener('click', async () => openChat(await call(`/chats/${sid}/accept`), entry));
      item.append(accept);
      list.append(item);
    }
  };

  const openChat = (session, entry) => {
    queue.delete(session.sid);
    drawQueue();
    if (chats.has(session.sid)) return;
    const view = $('chat-template').content.firstElementChild.cloneNode(true);
    const chat = { sid: session.sid, view };
    chats.set(session.sid, chat);
    $('title', view).textContent = entry?.customerName || 'Customer';
    $('sid', view).textContent = session.sid;
    for (const item of session.trans) {
      if (item.type === 'msg') say(chat, decodeURIComponent(item.msg), item.by);
      else say(chat, `${item.name} ${item.type === 'connect' ? 'joined' : 'left'}`, 'sys');
    }
    $('reply', view).addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = event.target.elements.msg;
      if (input.value.trim() === '') return;
      const msg = input.value;
      input.value = '';
      await call(`/chats/${chat.sid}/messages`, { msg, clientMessageId: randomId() });
      say(chat, msg, 'a');
    });
    $('transfer', view).addEventListener('submit', async (event) => {
      event.preventDefault();
      await call(`/chats/${chat.sid}/transfer`, { toAgentId: event.target.elements.to.value });
      say(chat, 'transfer offered', 'sys');
    });
    $('end', view).addEventListener('submit', async (event) => {
      event.preventDefault();
      await call(`/chats/${chat.sid}/end`, { reason: 'resolved' });
    });
    $('chats').append(view);
  };

  const onEvent = (name, handler) => (stream) => stream.addEventListener(name, (frame) => handler(JSON.parse(frame.data)));
  const listeners = [
    onEvent('ChatQueued', (e) => {
      queue.set(e.sid, e.data);
      drawQueue();
    }),
    onEvent('ChatOffered', (e) => {
      queue.set(e.sid, e.data);
      drawQueue();
    }),
    onEvent('ChatAssigned', (e) => {
      if (!chats.has(e.sid)) {
        queue.delete(e.sid);
        drawQueue();
      }
    }),
    onEvent('CustomerMessage', (e) => chats.has(e.sid) && say(chats.get(e.sid), e.data.msg, 'c')),
    onEvent('CallbackRequested', (e) => chats.has(e.sid) && say(chats.get(e.sid), `☎ call back on ${e.data.contact}`, 'sys')),
    onEvent('FileUploaded', (e) => chats.has(e.sid) && say(chats.get(e.sid), `📎 ${e.data.file.originalName}`, 'c')),
    onEvent('CustomerTyping', (e) => {
      const chat = chats.get(e.sid);
      if (chat) $('typing', chat.view).textContent = e.data.state === 1 ? 'the customer is typing…' : '';
    }),
    onEvent('CustomerPageState', (e) => {
      const chat = chats.get(e.sid);
      if (chat) $('typing', chat.view).textContent = `${e.data.pagesOpen} page(s) open`;
    }),
    onEvent('ChatEnded', (e) => {
      queue.delete(e.sid);
      drawQueue();
      const chat = chats.get(e.sid);
      if (!chat) return;
      say(chat, `The chat has ended (${e.data.initiator}${e.data.reason ? `: ${e.data.reason}` : ''}).`, 'sys');
      for (const form of chat.view.querySelectorAll('form')) form.hidden = true;
      chats.delete(e.sid);
    }),
  ];

  $('login').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const answer = await call('/login', { agentId: form.get('agentId'), name: form.get('name') });
    token = answer.token;
    event.target.hidden = true;
    $('ready-box').hidden = false;
    $('status').textContent = `logged in as ${answer.name}`;
    const stream = new EventSource(`${api}/events?after=${answer.seq}`);
    for (const listen of listeners) listen(stream);
    stream.onerror = () => {
      $('status').textContent = 'reconnecting…';
    };
    stream.onopen = () => {
      $('status').textContent = `logged in as ${answer.name}`;
    };
  });
  $('ready').addEventListener('change', (event) => call('/ready', { ready: event.target.checked }));
})();
