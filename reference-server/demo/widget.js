// The demo widget: the document's livechat object and events, nothing else. Open on load (the
// chat floats across pages); Start on NoSessionFound; Close happens by itself as the page unloads.
(() => {
  const root = document.createElement('section');
  root.className = 'widget';
  root.innerHTML = `
    <header><strong>Chat with us</strong><small data-state>connecting…</small></header>
    <form data-start hidden>
      <label for="lc-name">Your name</label><input id="lc-name" name="name" maxlength="80" required autocomplete="name">
      <label for="lc-topic">Topic</label>
      <select id="lc-topic" name="topic"><option value="credit-card">Credit card</option><option value="home-loan">Home loan</option><option value="other">Something else</option></select>
      <div data-captcha hidden>
        <label for="lc-captcha">Type the characters you see</label>
        <img data-captcha-image alt="captcha" width="160" height="60">
        <button type="button" class="secondary" data-captcha-reset>New image</button>
        <input id="lc-captcha" name="captcha" maxlength="16" autocomplete="off">
      </div>
      <p class="notice" data-notice role="status"></p>
      <button>Start chat</button>
    </form>
    <div data-chat hidden>
      <div class="log" data-log aria-live="polite"></div>
      <div class="typing" data-typing></div>
      <form class="compose" data-compose><input name="msg" maxlength="4096" autocomplete="off" placeholder="Type a message" aria-label="Message"><button>Send</button></form>
      <form class="compose" data-attach><label class="attach">Attach a file<input type="file" name="files" multiple hidden></label></form>
      <form class="compose" data-callback><input name="contact" maxlength="32" autocomplete="tel" placeholder="Your phone number" aria-label="Phone number for a callback"><button class="secondary">Call me back</button></form>
      <div class="call" data-call hidden>
        <div class="videos">
          <video data-av-remote autoplay playsinline aria-label="Agent's video"></video>
          <video data-av-local autoplay playsinline muted aria-label="Your video"></video>
        </div>
        <div class="compose">
          <button type="button" class="secondary" data-av-pause-audio aria-pressed="false">Mute</button>
          <button type="button" class="secondary" data-av-pause-video aria-pressed="false">Camera off</button>
          <button type="button" data-av-end>Hang up</button>
        </div>
      </div>
      <small class="media-state" data-av-status></small>
      <small class="media-state" data-cobr-status></small>
      <div class="compose">
        <button type="button" class="secondary" data-av-start>Video call</button>
        <button type="button" class="secondary" data-cobr-start hidden>Share this page</button>
        <button type="button" class="secondary" data-cobr-end hidden>Stop sharing</button>
      </div>
      <form class="compose" data-end><button class="secondary">End chat</button></form>
    </div>`;
  document.body.append(root);
  const $ = (name) => root.querySelector(`[data-${name}]`);
  const log = $('log');
  const say = (text, who) => {
    const line = document.createElement('div');
    line.className = `msg ${who}`;
    line.textContent = text;
    log.append(line);
    log.scrollTop = log.scrollHeight;
  };
  const show = (view) => {
    $('start').hidden = view !== 'start';
    $('chat').hidden = view !== 'chat';
  };
  const state = (text) => {
    $('state').textContent = text;
  };

  livechat.OnOpenSuccess = (session) => {
    show('chat');
    log.replaceChildren();
    for (const entry of session.trans) {
      if (entry.type === 'msg') say(decodeURIComponent(entry.msg), entry.by);
      else say(`${entry.name} ${entry.type === 'connect' ? 'joined' : 'left'}`, 'sys');
    }
    state(session.state === 'connected' ? 'connected' : 'waiting for an agent');
  };
  livechat.OnOpenFailed = async (code) => {
    show('start');
    state(code === 'AlreadyEndedSession' ? 'your last chat has ended' : 'online');
    // The deployment says whether Start needs the captcha (GetAccessToken's answer).
    await livechat.client.getAccessToken();
    if (livechat.client.requires.captcha) {
      $('captcha').hidden = false;
      livechat.setCaptchaImage($('captcha-image'));
    }
  };
  livechat.OnResetCaptcha = () => {
    livechat.resetCaptchaImage($('captcha-image'));
    root.querySelector('#lc-captcha').value = '';
  };
  livechat.OnStartSuccess = () => {
    $('notice').textContent = '';
    show('chat');
    state('waiting for an agent');
  };
  livechat.OnStartFailed = (code) => {
    $('notice').textContent = `Could not start: ${code}`;
  };
  livechat.OnCallQueued = (position) => state(`in queue, position ${position}`);
  livechat.OnRemoteUserConnected = (name) => {
    state(`connected to ${name}`);
    say(`${name} joined`, 'sys');
  };
  livechat.OnEcho = (msg) => say(msg, 'c');
  livechat.OnUploadComplete = (file) => {
    const line = document.createElement('a');
    line.className = `msg ${file.by}`;
    line.href = livechat.prepareDownloadURL(file.fileName);
    line.textContent = `📎 ${file.originalName}`;
    log.append(line);
    log.scrollTop = log.scrollHeight;
  };
  livechat.OnMessageReceived = (msg) => {
    $('typing').textContent = '';
    say(msg, 'a');
  };
  // The document: 0 - typing started, 1 - typing stopped.
  livechat.OnTypingStateChanged = (state) => {
    $('typing').textContent = state === 0 ? 'the agent is typing…' : '';
  };
  livechat.OnSystemNotification = (reason) => say(`No agent could take the chat (${reason}). We will call you back.`, 'sys');
  livechat.OnConferenceUserLeft = (agent, msg) => say(`${agent}: ${msg || 'left'}`, 'sys');
  livechat.OnAppMessageReceived = (agent, msg) => say(`${agent} sent the application: ${msg}`, 'sys');
  livechat.OnCallbackRequestStatus = (isCustomerReq, status) =>
    say(
      status ? (isCustomerReq ? 'We will call you back.' : 'The agent booked a callback for you.') : 'The callback could not be booked.',
      'sys',
    );
  livechat.OnEnd = (initiator, reason) => {
    // The library's own end says why (SessionLostWhileOffline); a customer's reason is their own business.
    say(`The chat has ended (${initiator === 'lib' ? `lib: ${reason}` : initiator}).`, 'sys');
    state('ended');
    setTimeout(() => show('start'), 1500);
  };
  livechat.OnServerStateChanged = (server) => state(server === 'offline' ? 'reconnecting…' : 'online');
  livechat.OnInternalServerError = (code) => say(`Something went wrong (${code}).`, 'sys');

  $('start').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: String(form.get('name')), pTopic: String(form.get('topic')), pChannel: 'web' };
    details.enable_autocb = true;
    if (livechat.client.requires.captcha) details.eEnteredCaptcha = String(form.get('captcha') ?? '');
    livechat.Start(details, '');
  });
  let typing = false;
  $('compose').addEventListener('input', () => {
    if (typing) return;
    typing = true;
    livechat.NotifyTypingStateChange(0);
  });
  $('compose').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = event.target.elements.msg;
    if (input.value.trim() === '') return;
    livechat.SendMessage(input.value);
    input.value = '';
    typing = false;
    livechat.NotifyTypingStateChange(1);
  });
  $('captcha-reset').addEventListener('click', () => livechat.resetCaptchaImage($('captcha-image')));
  $('attach').addEventListener('change', (event) => {
    if (event.target.files.length > 0) livechat.uploadFiles(event.target.files);
    event.target.value = '';
  });
  $('callback').addEventListener('submit', (event) => {
    event.preventDefault();
    const contact = event.target.elements.contact;
    if (contact.value.trim() !== '') livechat.RequestCallback(contact.value.trim());
    contact.value = '';
  });
  $('end').addEventListener('submit', (event) => {
    event.preventDefault();
    livechat.End('customer closed the chat');
  });

  // Audio/video: the document's SetAvConfigs, StartAvCall, Pause and EndAvCall; the call's part
  // (livechat_video.mini.js) loads on first use.
  const paused = { audio: false, video: false };
  const avStatus = (text) => {
    $('av-status').textContent = text;
  };
  livechat.SetAvConfigs({
    MediaTransport: { iceServers: [] },
    MediaCapture: { audio: { enabled: true }, video: { enabled: true, width: 640, height: 480 } },
    Display: {
      OnConnected: (remoteStreams, localStreams) => {
        $('av-remote').srcObject = remoteStreams[0] ?? null;
        $('av-local').srcObject = localStreams[0] ?? null;
        avStatus('in a video call');
      },
      OnDisconnected: () => {
        $('av-remote').srcObject = null;
        $('av-local').srcObject = null;
        $('call').hidden = true;
        $('av-start').hidden = false;
        avStatus('the call has ended');
      },
    },
  });
  // The agent's Pause: no handler of the document says it, the typed core does (an internal event).
  livechat.client.on('AvMediaStateChanged', (event) => {
    // Every page of the chat hears it; only the one in the call shows it.
    if ($('call').hidden) return;
    const { audio, video } = event.data.state;
    avStatus(`the agent's camera is ${video ? 'paused' : 'on'}, microphone ${audio ? 'muted' : 'on'}`);
  });
  $('av-start').addEventListener('click', () => {
    const [sid] = livechat.client.sids;
    if (sid === undefined) return;
    paused.audio = paused.video = false;
    $('av-start').hidden = true;
    $('call').hidden = false;
    avStatus('calling the agent…');
    livechat.StartAvCall(sid);
  });
  for (const kind of ['audio', 'video'])
    $(`av-pause-${kind}`).addEventListener('click', (event) => {
      paused[kind] = !paused[kind];
      event.target.setAttribute('aria-pressed', String(paused[kind]));
      livechat.Pause(paused.audio, paused.video);
    });
  $('av-end').addEventListener('click', () => livechat.EndAvCall());

  // Co-browsing, on a page with a form to share ([data-cobrowse]): its controls stay in sync with
  // the agent's view, the pointer and annotations are on. The stream is the page's own picture of
  // the form (OnAcquireCustomCanvasStream), drawn by cobrowse-canvas.js.
  const sharedForm = document.querySelector('form[data-cobrowse]');
  if (sharedForm !== null) {
    const ids = (selector) => [...sharedForm.querySelectorAll(selector)].map((element) => element.id).filter(Boolean);
    const cobrStatus = (text) => {
      $('cobr-status').textContent = text;
    };
    const sharing = (on) => {
      $('cobr-start').hidden = on;
      $('cobr-end').hidden = !on;
    };
    livechat.SetCobrConfigs(
      {
        MediaTransport: { iceServers: [] },
        MediaCapture: { audio: { enabled: false }, video: { enabled: true, frameRate: 6 } },
        Display: {
          OnAcquireCustomCanvasStream: () => window.cobrowseCanvas?.stream(sharedForm),
          OnConnected: () => cobrStatus('sharing this page with the agent'),
          OnDisconnected: () => {
            window.cobrowseCanvas?.stop();
            sharing(false);
            cobrStatus('sharing has ended');
          },
        },
      },
      {
        textboxId: ids('input[type=text], input:not([type]), textarea'),
        radioButtonId: ids('input[type=radio]'),
        checkboxId: ids('input[type=checkbox]'),
        dropdownId: ids('select'),
      },
      true,
      true,
    );
    $('cobr-start').hidden = false;
    $('cobr-start').addEventListener('click', () => {
      sharing(true);
      cobrStatus('starting to share…');
      livechat.StartCobr();
    });
    $('cobr-end').addEventListener('click', () => livechat.EndCobr(true, true));
  }

  livechat.Open();
})();
