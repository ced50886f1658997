// Type test (checked by `tsc -p .`): the reference document's own usage compiles against the
// generated surface, and misuse does not (@ts-expect-error fails the check if the error goes away).
import type { Livechat, Multilivechat } from '../../generated/surface/livechat.ts';

declare const livechat: Livechat;
declare const libtextchat: Livechat;
declare const multilivechat: Multilivechat;

// Basic Communication Functions, as the document writes them.
livechat.GetAccessToken(
  (token) => token.toUpperCase(),
  (err) => err.code,
);
livechat.GetAccessToken((token) => token.length);
const details = { eCustDetails: { eCustName: 'Tan', pAccessToken: '' }, eEnteredCaptcha: "<user's input>" };
livechat.Start(details, 'History');
livechat.Start({ eCustDetails: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..a.b.c' }, 'History');
livechat.End('customer closed the chat');
livechat.Open();
livechat.Close();
livechat.SendMessage('Hello');
livechat.SendAppMessage('form-submitted', { form: 'address-change' });
livechat.NotifyTypingStateChange(0);
livechat.RequestCallback('+6591234567');
libtextchat.SendMessage('libtextchat is the same object');

// Audio/video and co-browsing, with the document's configuration objects.
livechat.SetAvConfigs({
  MediaTransport: { iceServers: [{ urls: 'turn:turn.example.com', credential: 'id', username: 'name' }] },
  MediaCapture: { audio: { enabled: true }, video: { enabled: true, width: 640, height: 480 } },
  Display: {
    OnConnected: (remoteStreams, localStreams) => remoteStreams.concat(localStreams),
    OnDisconnected: () => undefined,
  },
});
livechat.StartAvCall('c_7Hq2LxVbN4');
livechat.Pause(true, false);
livechat.EndAvCall();
livechat.SetCobrConfigs(
  {
    MediaTransport: {
      MediaTransport: { iceServers: [], iceTransportPolicy: 'all' },
      Display: { OnAcquireCustomCanvasStream: (stream) => stream },
    },
  },
  { textboxId: ['textbox1'], radioButtonId: [], checkboxId: ['checkbox1'], dropdownId: ['dropdown1'] },
  true,
  true,
);
livechat.SetCobrConfigs({}, '', false, false);
livechat.StartCobr();
livechat.EndCobr(true, true);

// Captcha, log, files, campaign.
declare const img: HTMLImageElement;
livechat.setCaptchaImage(img);
livechat.resetCaptchaImage(img);
livechat.slog('info', 'ChatWidget.send', 'sent');
const url: string = livechat.prepareDownloadURL('f_8Kq2_statement.pdf');
declare const files: FileList;
livechat.uploadFiles(files);
livechat.CreateCampaignContact({ campaign: 'card-upgrade', phone: '+6591234567' });

// Events, assigned as the document shows.
livechat.OnStartSuccess = () => undefined;
livechat.OnStartFailed = (errorCode) => errorCode === 'CaptchaDoesNotMatch';
livechat.OnOpenSuccess = (Session) => Session.trans.map((t) => t.type);
livechat.OnOpenFailed = (errorCode) => errorCode === 'NoSessionFound';
livechat.OnEnd = (initiator, reason) => (initiator === 'lib' ? reason : undefined);
livechat.OnRemoteUserConnected = (name, agentId, sessionId) => name + agentId + sessionId;
livechat.OnSystemNotification = (reasonCode) => reasonCode === 'NoStaffedAgents';
livechat.OnCallbackAutoRegistered = (reasonCode) => reasonCode === 'TimedOutInQueue';
livechat.OnCallbackRequestStatus = (isCustomerReq, status) => isCustomerReq && status;
livechat.OnInternalServerError = (errorCode) => errorCode.length;
livechat.OnCallQueued = (queuePosition) => queuePosition + 1;
livechat.OnMessageReceived = (msg) => msg.length;
livechat.OnEcho = (msg) => msg.length;
livechat.OnTypingStateChanged = (state) => state === 0;
livechat.OnAppMessageReceived = (agent, msg) => agent + msg;
livechat.OnConferenceUserLeft = (agent, msg) => agent + msg;
livechat.OnHistoryReceived = (history) => history.length;
livechat.OnServerStateChanged = (state) => state === 'offline';
livechat.OnResetCaptcha = () => undefined;
livechat.OnUploadComplete = (response) => response.fileName;
livechat.OnCampaignContactCreated = (response) => response.resultCode;
livechat.OnEcho = null;

// multilivechat: Sid and clientId where the document adds them.
multilivechat.Start(details, 'History', 'support-1');
multilivechat.SendMessage('Hello', 'c_7Hq2LxVbN4');
multilivechat.SendAppMessage('t', {}, 'c_7Hq2LxVbN4');
multilivechat.NotifyTypingStateChange(1, 'c_7Hq2LxVbN4');
multilivechat.OnStartSuccess = (clientId) => clientId;
multilivechat.OnStartFailed = (errorCode, Sid) => errorCode + Sid;
multilivechat.OnOpenSuccess = (Sessions) => Sessions.map((s) => s.clientId);
multilivechat.OnEcho = (msg, Sid) => msg + Sid;
multilivechat.OnRemoteUserConnected = (name, agentId, sessionId, clientId) => name + agentId + sessionId + clientId;
multilivechat.OnEnd = (initiator, reason, Sid) => initiator + reason + Sid;

// Misuse is refused.
// @ts-expect-error - a message is text
livechat.SendMessage(42);
// @ts-expect-error - typing states are 0 and 1
livechat.NotifyTypingStateChange(2);
// @ts-expect-error - slog's type is info, warn or error
livechat.slog('debug', 'unit', 'msg');
// @ts-expect-error - OnEcho gives a string
livechat.OnEcho = (msg: number) => msg;
// @ts-expect-error - CustomerDetails has 17 known fields, no others
livechat.Start({ eCustDetails: { eFavouriteColour: 'blue' } }, 'History');
// @ts-expect-error - multilivechat's SendMessage needs the Sid
multilivechat.SendMessage('Hello');
// @ts-expect-error - no such function in the document
livechat.SendFax('Hello');
void url;
