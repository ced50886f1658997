// The demo agent console, on the agent test interface (spec/agent/): log in, get ready, accept
// queued chats, answer, transfer and end; answer the customer's audio/video calls and take part
// in co-browsing (WebRTC, the customer's page offering). Plain fetch, EventSource and
// RTCPeerConnection - no client library.
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
    // Typing as the document words it: 0 started (the first keystroke), 1 stopped (sent).
    let typing = false;
    $('reply', view).elements.msg.addEventListener('input', () => {
      if (typing) return;
      typing = true;
      call(`/chats/${chat.sid}/typing`, { state: 0 }).catch(() => undefined);
    });
    $('reply', view).addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = event.target.elements.msg;
      if (input.value.trim() === '') return;
      const msg = input.value;
      input.value = '';
      typing = false;
      call(`/chats/${chat.sid}/typing`, { state: 1 }).catch(() => undefined);
      await call(`/chats/${chat.sid}/messages`, { msg, clientMessageId: randomId() });
      say(chat, msg, 'a');
    });
    const submit = (name, action) =>
      $(name, view).addEventListener('submit', (event) => {
        event.preventDefault();
        // A refusal already shows in the status line.
        Promise.resolve(action(event.target.elements)).catch(() => undefined);
      });
    submit('invite', async (fields) => {
      await call(`/chats/${chat.sid}/conference`, { agentId: fields.agentId.value });
      say(chat, `${fields.agentId.value} invited`, 'sys');
    });
    $('leave', view).addEventListener('click', () =>
      call(`/chats/${chat.sid}/conference/leave`, { msg: 'I have left the conference' }).catch(() => undefined),
    );
    submit('app-message', async (fields) => {
      await call(`/chats/${chat.sid}/app-messages`, { type: fields.type.value, msg: fields.msg.value });
      say(chat, `app message sent: ${fields.msg.value}`, 'sys');
    });
    submit('callback', async (fields) => {
      await call(`/chats/${chat.sid}/callback`, { contact: fields.contact.value });
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
    // Audio/video and co-browsing: a refused call already shows in the status line.
    const click = (name, action) => $(name, view).addEventListener('click', () => Promise.resolve(action(chat)).catch(() => undefined));
    click('av-answer', answerCall);
    click('av-decline', declineCall);
    click('av-hangup', hangUp);
    click('av-pause-audio', (c) => togglePause(c, 'audio'));
    click('av-pause-video', (c) => togglePause(c, 'video'));
    wireCobrowse(chat);
    $('chats').append(view);
  };

  // A frame that is not JSON, not an object or without a data object is dropped, and a handler's
  // failure stays with its event: nothing the network sends stops the console.
  const onEvent = (name, handler) => (stream) =>
    stream.addEventListener(name, (frame) => {
      let event;
      try {
        event = JSON.parse(frame.data);
      } catch {
        return;
      }
      if (typeof event !== 'object' || event === null || typeof event.data !== 'object' || event.data === null) return;
      try {
        Promise.resolve(handler(event)).catch((error) => console.warn(`livechat demo: ${name}`, error));
      } catch (error) {
        console.warn(`livechat demo: ${name}`, error);
      }
    });
  // --- audio/video calls and co-browsing (WebRTC: the server relays signaling only) -------------

  const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const ended = (by) => `ended (${typeof by === 'string' ? by : 'server'})`;

  /** Hides the element named `name` in `root`, or shows it. */
  const show = (name, root, visible) => {
    $(name, root).hidden = !visible;
  };
  const play = (video, stream) => {
    video.muted = true;
    video.srcObject = stream;
    video.play?.().catch(() => undefined);
  };

  /**
   * The peer connection of a call or a co-browse session, answering the customer's offers. `send`
   * relays one signal; every step runs on one promise chain, so signals are applied in arrival
   * order even while getUserMedia or a description is still pending. The customer's media plays
   * in `video`; `status` says when the connection is up or failed.
   */
  const answeringPeer = (send, video, status) => {
    let remote;
    const onTrack = (event) => {
      remote ??= event.streams[0] ?? new MediaStream();
      if (!remote.getTracks().includes(event.track)) remote.addTrack(event.track);
      play(video, remote);
    };
    const onState = (state) => {
      if (state === 'connected') status.textContent = 'connected';
      else if (state === 'failed') status.textContent = 'connection failed';
    };
    const peer = { pc: undefined, chain: Promise.resolve(), queued: [], closed: false, senders: new Map() };
    const report = (error) => console.warn('livechat demo: signaling', error);
    // Outgoing signals in order: the answer leaves before the candidates it produced.
    let out = Promise.resolve();
    const relay = (signal) => {
      out = out.then(() => send(signal)).catch(report);
    };
    peer.run = (step) => {
      peer.chain = peer.chain.then(() => (peer.closed ? undefined : step())).catch(report);
      return peer.chain;
    };
    peer.open = (tracks = []) => {
      const pc = new RTCPeerConnection({});
      for (const [track, stream] of tracks) peer.senders.set(track.kind, { sender: pc.addTrack(track, stream), track });
      pc.onicecandidate = (event) => {
        // A null candidate (gathering done) is not sent.
        if (event.candidate && !peer.closed) relay({ type: 'ice-candidate', candidate: event.candidate.toJSON() });
      };
      pc.ontrack = (event) => onTrack(event);
      pc.onconnectionstatechange = () => !peer.closed && onState(pc.connectionState);
      peer.pc = pc;
    };
    /** One signal of the customer's, on the chain. */
    peer.signal = (signal) => {
      if (!isObject(signal)) return;
      peer.run(async () => {
        const pc = peer.pc;
        if (pc === undefined) return;
        if (signal.type === 'offer' && typeof signal.sdp === 'string') {
          await pc.setRemoteDescription({ type: 'offer', sdp: signal.sdp });
          for (const candidate of peer.queued.splice(0)) await pc.addIceCandidate(candidate).catch(report);
          const answer = await pc.createAnswer();
          await pc.setLocalDescription(answer);
          relay({ type: 'answer', sdp: pc.localDescription?.sdp ?? answer.sdp });
        } else if (signal.type === 'answer' && typeof signal.sdp === 'string') {
          // Only meaningful after an offer of ours (renegotiation); the console never makes one.
          if (pc.signalingState === 'have-local-offer') await pc.setRemoteDescription({ type: 'answer', sdp: signal.sdp });
        } else if (signal.type === 'ice-candidate' && isObject(signal.candidate) && typeof signal.candidate.candidate === 'string') {
          // Candidates before the remote description would be refused: kept until it is set.
          if (pc.remoteDescription) await pc.addIceCandidate(signal.candidate).catch(report);
          else peer.queued.push(signal.candidate);
        }
      });
    };
    peer.close = () => {
      peer.closed = true;
      peer.pc?.close();
    };
    return peer;
  };

  // Audio/video: the customer's page offers, the console answers.
  const avOf = (e) => {
    const chat = chats.get(e.sid);
    const av = chat?.av;
    return av && !av.over && av.callId === e.data.callId ? { chat, av } : {};
  };

  const endCall = (chat, by) => {
    const av = chat.av;
    if (!av || av.over) return;
    av.over = true;
    av.peer?.close();
    for (const track of av.local?.getTracks() ?? []) track.stop();
    $('av-remote', chat.view).srcObject = null;
    $('av-local', chat.view).srcObject = null;
    $('av-status', chat.view).textContent = ended(by);
    $('av-title', chat.view).textContent = 'Call';
    show('av-ringing', chat.view, false);
    show('av-controls', chat.view, false);
  };

  const ringCall = (chat, data) => {
    endCall(chat, 'server');
    const av = { callId: data.callId, audio: data.audio === true, video: data.video === true, paused: { audio: false, video: false } };
    chat.av = av;
    const view = chat.view;
    show('av', view, true);
    $('av-title', view).textContent = 'Incoming call';
    $('av-media', view).textContent = [av.audio && 'audio', av.video && 'video'].filter(Boolean).join(' + ');
    $('av-status', view).textContent = 'ringing';
    $('av-remote-state', view).textContent = '';
    show('av-ringing', view, true);
    show('av-controls', view, false);
    show('av-videos', view, false);
    for (const name of ['av-pause-audio', 'av-pause-video']) $(name, view).setAttribute('aria-pressed', 'false');
    $('av-pause-audio', view).textContent = 'Mute microphone';
    $('av-pause-video', view).textContent = 'Pause camera';
  };

  const answerCall = (chat) => {
    const av = chat.av;
    if (!av || av.over || av.peer) return;
    const view = chat.view;
    const path = `/chats/${chat.sid}/av`;
    av.peer = answeringPeer((signal) => call(`${path}/signals`, { callId: av.callId, signal }), $('av-remote', view), $('av-status', view));
    $('av-title', view).textContent = 'Call';
    $('av-status', view).textContent = 'connecting';
    show('av-ringing', view, false);
    show('av-controls', view, true);
    show('av-videos', view, true);
    // The answer first (the server then delivers the held offer), then the devices, then the peer:
    // the AvSignal handlers queue on the same chain, behind this.
    av.peer.run(async () => {
      try {
        await call(`${path}/answer`, { callId: av.callId });
      } catch (error) {
        // Answered elsewhere, or gone: nothing follows for this console.
        endCall(chat, 'server');
        $('av-status', view).textContent = `answer refused (${error.message})`;
        return;
      }
      let local = new MediaStream();
      if (av.audio || av.video)
        try {
          local = await navigator.mediaDevices.getUserMedia({ audio: av.audio, video: av.video });
        } catch (error) {
          say(chat, `no camera or microphone (${error?.name ?? error}): receiving only`, 'sys');
        }
      if (av.over) {
        for (const track of local.getTracks()) track.stop();
        return;
      }
      av.local = local;
      play($('av-local', view), local);
      av.peer.open(local.getTracks().map((track) => [track, local]));
    });
  };

  const declineCall = async (chat) => {
    const av = chat.av;
    if (!av || av.over) return;
    show('av-ringing', chat.view, false);
    await call(`/chats/${chat.sid}/av/decline`, { callId: av.callId });
  };

  const hangUp = async (chat) => {
    const av = chat.av;
    if (!av || av.over) return;
    try {
      await call(`/chats/${chat.sid}/av/end`, { callId: av.callId });
    } catch (error) {
      // The server no longer has the call: end it here, as AvCallEnded will not come.
      endCall(chat, 'agent');
      throw error;
    }
  };

  /** Mutes the microphone or pauses the camera, or undoes it: no frames flow while paused. */
  const togglePause = (chat, kind) => {
    const av = chat.av;
    if (!av?.peer || av.over) return;
    av.paused[kind] = !av.paused[kind];
    const paused = av.paused[kind];
    const button = $(`av-pause-${kind}`, chat.view);
    button.setAttribute('aria-pressed', String(paused));
    button.textContent = kind === 'audio' ? (paused ? 'Unmute microphone' : 'Mute microphone') : paused ? 'Resume camera' : 'Pause camera';
    const state = { ...av.paused };
    av.peer.run(async () => {
      const held = av.peer.senders.get(kind);
      if (held) await held.sender.replaceTrack(av.paused[kind] ? null : held.track);
      await call(`/chats/${chat.sid}/av/pause`, { callId: av.callId, ...state });
    });
  };

  // Co-browsing: the customer's page shares a video-only stream and offers; the console only receives.
  const cobrOf = (e) => {
    const chat = chats.get(e.sid);
    const cobr = chat?.cobr;
    return cobr && !cobr.over && cobr.cobrowseId === e.data.cobrowseId ? { chat, cobr } : {};
  };

  const endCobrowse = (chat, by) => {
    const cobr = chat.cobr;
    if (!cobr || cobr.over) return;
    cobr.over = true;
    cobr.peer.close();
    const view = chat.view;
    $('cobr-view', view).srcObject = null;
    $('cobr-status', view).textContent = ended(by);
    show('cobr-pointer', view, false);
    show('cobr-annotations', view, false);
    show('cobr-form', view, false);
    show('cobr-buttons', view, false);
  };

  /** Which list of domControlList names each kind of control, and how the console mirrors it. */
  const CONTROLS = [
    { control: 'textbox', list: 'textboxId', type: 'text', label: (id) => id, max: 4096 },
    { control: 'checkbox', list: 'checkboxId', type: 'checkbox', label: (id) => id },
    // The console does not know the radio group: each radio button is a checkbox of its own.
    { control: 'radioButton', list: 'radioButtonId', type: 'checkbox', label: (id) => `${id} (radio)` },
    // Nor the options of a dropdown: the agent types the value of one.
    { control: 'dropdown', list: 'dropdownId', type: 'text', label: (id) => `${id} (dropdown: option value)`, max: 1024 },
  ];

  const mirrorControls = (chat, cobr, list) => {
    const form = $('cobr-form', chat.view);
    form.replaceChildren();
    let sending = Promise.resolve();
    for (const { control, list: name, type, label, max } of CONTROLS) {
      const ids = isObject(list) && Array.isArray(list[name]) ? list[name] : [];
      for (const id of ids) {
        if (typeof id !== 'string' || cobr.controls.has(`${control}:${id}`)) continue;
        const row = document.createElement('label');
        const input = document.createElement('input');
        input.type = type;
        input.setAttribute('data-cobr-control', id);
        input.dataset.cobrKind = control;
        if (max) input.maxLength = max;
        const text = document.createElement('span');
        text.textContent = label(id);
        row.append(text, input);
        form.append(row);
        cobr.controls.set(`${control}:${id}`, input);
        const checked = type === 'checkbox';
        input.addEventListener(checked ? 'change' : 'input', () => {
          if (cobr.over) return;
          const value = { control, id, value: checked ? input.checked : input.value };
          // One at a time, so the customer's page ends on the last value typed.
          sending = sending
            .then(() => call(`/chats/${chat.sid}/cobrowse/control-values`, { cobrowseId: cobr.cobrowseId, value }))
            .catch(() => undefined);
        });
      }
    }
    show('cobr-form', chat.view, cobr.controls.size > 0);
  };

  /** Strokes as fractions of the shared viewport, drawn at the canvas's current size. */
  const drawAnnotations = (cobr, canvas) => {
    const { clientWidth: width, clientHeight: height } = canvas;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext('2d');
    context.clearRect(0, 0, width, height);
    for (const stroke of cobr.drawing ? [...cobr.strokes, cobr.drawing] : cobr.strokes) {
      context.save();
      context.strokeStyle = stroke.color;
      context.globalAlpha = stroke.tool === 'highlight' ? 0.35 : 1;
      context.lineWidth = stroke.tool === 'highlight' ? 14 : 3;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.beginPath();
      for (const [x, y] of stroke.points) context.lineTo(x * width, y * height);
      // A single point still shows, as a dot.
      if (stroke.points.length === 1) context.lineTo(stroke.points[0][0] * width + 0.1, stroke.points[0][1] * height);
      context.stroke();
      context.restore();
    }
  };

  // The strokes redrawn with the view: the latest 500, as the customer's page keeps.
  const keepStroke = (cobr, stroke) => {
    cobr.strokes.push(stroke);
    if (cobr.strokes.length > 500) cobr.strokes.splice(0, cobr.strokes.length - 500);
  };
  /** A stroke of the network, or undefined when it is not one. */
  const strokeOf = (annotation) => {
    if (!isObject(annotation) || (annotation.tool !== 'pen' && annotation.tool !== 'highlight') || !Array.isArray(annotation.points))
      return undefined;
    const points = annotation.points.filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
    if (points.length === 0) return undefined;
    const color = typeof annotation.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(annotation.color) ? annotation.color : '#ff0000';
    return { tool: annotation.tool, color, points };
  };

  const startCobrowse = (chat, data) => {
    endCobrowse(chat, 'server');
    const view = chat.view;
    const cobr = {
      cobrowseId: data.cobrowseId,
      pointer: data.isMousePointerCapture === true,
      annotations: data.isAnnotationEnabled === true,
      controls: new Map(),
      strokes: [],
    };
    const path = `/chats/${chat.sid}/cobrowse`;
    cobr.peer = answeringPeer(
      (signal) => call(`${path}/signals`, { cobrowseId: cobr.cobrowseId, signal }),
      $('cobr-view', view),
      $('cobr-status', view),
    );
    // Nothing of ours to send: the offer's transceivers are answered recvonly.
    cobr.peer.open();
    chat.cobr = cobr;
    show('cobr', view, true);
    $('cobr-status', view).textContent = 'started';
    show('cobr-buttons', view, true);
    show('cobr-pointer', view, false);
    show('cobr-annotations', view, cobr.annotations);
    show('cobr-clear', view, cobr.annotations);
    mirrorControls(chat, cobr, data.domControlList);
    if (cobr.annotations) drawAnnotations(cobr, $('cobr-annotations', view));
  };

  const wireCobrowse = (chat) => {
    const view = chat.view;
    const canvas = $('cobr-annotations', view);
    const live = () => (chat.cobr && !chat.cobr.over && chat.cobr.annotations ? chat.cobr : undefined);
    const at = (event) => {
      const box = canvas.getBoundingClientRect();
      const fraction = (value, size) => Math.round(Math.min(1, Math.max(0, size > 0 ? value / size : 0)) * 10_000) / 10_000;
      return [fraction(event.clientX - box.left, box.width), fraction(event.clientY - box.top, box.height)];
    };
    canvas.addEventListener('pointerdown', (event) => {
      const cobr = live();
      if (!cobr) return;
      canvas.setPointerCapture(event.pointerId);
      cobr.drawing = { tool: 'pen', color: '#ff0000', points: [at(event)] };
      drawAnnotations(cobr, canvas);
    });
    canvas.addEventListener('pointermove', (event) => {
      const cobr = live();
      // The contract takes at most 2048 points a stroke.
      if (!cobr?.drawing || cobr.drawing.points.length >= 2048) return;
      cobr.drawing.points.push(at(event));
      drawAnnotations(cobr, canvas);
    });
    const finish = (send) => () => {
      const cobr = live();
      const stroke = cobr?.drawing;
      if (!stroke) return;
      delete cobr.drawing;
      if (send) keepStroke(cobr, stroke);
      drawAnnotations(cobr, canvas);
      if (send) call(`/chats/${chat.sid}/cobrowse/annotations`, { cobrowseId: cobr.cobrowseId, annotation: stroke }).catch(() => undefined);
    };
    canvas.addEventListener('pointerup', finish(true));
    canvas.addEventListener('pointercancel', finish(false));
    $('cobr-clear', view).addEventListener('click', async () => {
      const cobr = live();
      if (!cobr) return;
      cobr.strokes = [];
      drawAnnotations(cobr, canvas);
      await call(`/chats/${chat.sid}/cobrowse/annotations`, { cobrowseId: cobr.cobrowseId, annotation: { tool: 'clear' } });
    });
    $('cobr-end', view).addEventListener('click', async () => {
      const cobr = chat.cobr;
      if (!cobr || cobr.over) return;
      try {
        await call(`/chats/${chat.sid}/cobrowse/end`, { cobrowseId: cobr.cobrowseId });
      } catch (error) {
        // The server no longer has the session: end it here, as CobrowseEnded will not come.
        endCobrowse(chat, 'agent');
        throw error;
      }
    });
    // The video's box follows the shared stream's size: strokes are redrawn to fit.
    new ResizeObserver(() => live() && drawAnnotations(chat.cobr, canvas)).observe(canvas);
  };

  const avListeners = [
    onEvent('AvCallRequested', (e) => {
      const chat = chats.get(e.sid);
      if (chat && typeof e.data.callId === 'string') ringCall(chat, e.data);
    }),
    onEvent('AvSignal', (e) => avOf(e).av?.peer?.signal(e.data.signal)),
    onEvent('AvMediaStateChanged', (e) => {
      const { chat } = avOf(e);
      if (chat)
        $('av-remote-state', chat.view).textContent =
          `customer: camera ${e.data.video === true ? 'paused' : 'on'}, microphone ${e.data.audio === true ? 'muted' : 'on'}`;
    }),
    onEvent('AvCallEnded', (e) => {
      const { chat } = avOf(e);
      if (chat) endCall(chat, e.data.by);
    }),
    onEvent('CobrowseStarted', (e) => {
      const chat = chats.get(e.sid);
      if (chat && typeof e.data.cobrowseId === 'string') startCobrowse(chat, e.data);
    }),
    onEvent('CobrowseSignal', (e) => cobrOf(e).cobr?.peer.signal(e.data.signal)),
    onEvent('CobrowseControlValueChanged', (e) => {
      const { cobr } = cobrOf(e);
      const value = e.data.value;
      const input = isObject(value) && cobr?.controls.get(`${value.control}:${value.id}`);
      if (!input) return;
      // Set, not typed: no input or change event, so the value is not sent back.
      if (input.type === 'checkbox') input.checked = value.value === true;
      else if (typeof value.value === 'string') input.value = value.value;
    }),
    onEvent('CobrowsePointer', (e) => {
      const { chat, cobr } = cobrOf(e);
      if (!cobr?.pointer) return;
      // One position per event; a batch (as pages send them) is taken as its latest.
      const pointer = Array.isArray(e.data.pointer) ? e.data.pointer.at(-1) : e.data.pointer;
      if (!isObject(pointer) || !Number.isFinite(pointer.x) || !Number.isFinite(pointer.y)) return;
      const dot = $('cobr-pointer', chat.view);
      dot.style.left = `${Math.min(1, Math.max(0, pointer.x)) * 100}%`;
      dot.style.top = `${Math.min(1, Math.max(0, pointer.y)) * 100}%`;
      dot.hidden = pointer.visible === false;
    }),
    onEvent('CobrowseAnnotation', (e) => {
      const { chat, cobr } = cobrOf(e);
      if (!cobr?.annotations || !isObject(e.data.annotation)) return;
      if (e.data.annotation.tool === 'clear') cobr.strokes = [];
      else {
        const stroke = strokeOf(e.data.annotation);
        if (!stroke) return;
        keepStroke(cobr, stroke);
      }
      drawAnnotations(cobr, $('cobr-annotations', chat.view));
    }),
    onEvent('CobrowseEnded', (e) => {
      const { chat } = cobrOf(e);
      if (chat) endCobrowse(chat, e.data.by);
    }),
  ];

  const listeners = [
    ...avListeners,
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
      if (chat) $('typing', chat.view).textContent = e.data.state === 0 ? 'the customer is typing…' : '';
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
      endCall(chat, 'server');
      endCobrowse(chat, 'server');
      chats.delete(e.sid);
    }),
  ];

  // `npm start` prints the console's address with the password made at start in the fragment
  // (never sent to a server): fill it in, and take it out of the address bar and the history.
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('password');
  if (fromFragment) {
    $('login').elements.password.value = fromFragment;
    history.replaceState(null, '', location.pathname + location.search);
  }
  $('login').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const answer = await call('/login', { agentId: form.get('agentId'), name: form.get('name'), password: form.get('password') });
    token = answer.token;
    event.target.hidden = true;
    $('ready-box').hidden = false;
    $('logout').hidden = false;
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
  $('logout').addEventListener('click', async () => {
    await call('/logout');
    location.reload();
  });
})();
