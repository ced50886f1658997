// generated from spec/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
export interface paths {
    "/tetherfi/livechat/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * System status check
         * @description For continuous or on-demand checks. Answers 200 with the text `ONLINE` when the system
         *     can accept chats, or 200 with `OFFLINE (message)` when it cannot for a technical reason
         *     (draining, store unreachable). Business limits (no CSO staffed, business hours) are not
         *     reported here; they surface inside a chat (OnSystemNotification). A 4xx means the
         *     application is down or unreachable through its reverse proxies.
         */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/slog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a client message into the server log
         * @description livechat.slog(type, unit, msg) - writes the page's log line into the server's structured log, tagged with the browser session, as data (control characters escaped, never a line of its own). Rate limited.
         */
        post: operations["slog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/livechat.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The livechat.js script
         * @description The classic script that defines the globals `livechat` and `libtextchat` (the same object),
         *     or, with `multichat=true`, `multilivechat`.
         */
        get: operations["getLivechatScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/libtextchat.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The libtextchat.js script (livechat.js under its former name)
         * @description The document's revision 1.8 renamed the API to livechat.js, "backward compatible with
         *     libtextchat.js": pages that still include libtextchat.js get livechat.js itself - the
         *     globals `livechat` and `libtextchat` (the same object), or, with `multichat=true`,
         *     `multilivechat`.
         */
        get: operations["getLibtextchatScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/interface/__clientlog.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The __clientlog.js script
         * @description The document's second mandatory script (client-side logging helpers used by slog).
         */
        get: operations["getClientLogScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/adaptor.mini.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The adaptor.mini.js script (audio/video)
         * @description Optional script of the document for audio/video calling (its 90 KB are the WebRTC browser
         *     adapter, adapter.js, which evened out the browsers' differences in WebRTC). The document
         *     names no function of it, and the client uses only standard WebRTC, which evergreen
         *     browsers implement alike: the script served is a comment that says so, kept for pages that
         *     include it (a page that used the adapter's own `adapter` global would include webrtc-adapter
         *     itself).
         */
        get: operations["getAdaptorScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat_video.mini.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The livechat_video.mini.js script (audio/video)
         * @description Optional script of the document for audio/video calling - StartAvCall, EndAvCall and Pause over WebRTC, on top of livechat.js. livechat.js loads it on first use when the page did not include it.
         */
        get: operations["getLivechatVideoScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/cobrowse/tetherfi-cobrowse.min.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The co-browse script (tetherfi-cobrowse.min.js)
         * @description The document's co-browse scripts in one - StartCobr and EndCobr over WebRTC, the sync of
         *     domControlList, the pointer and the annotation toolbar (its styles included) - on top of
         *     livechat.js, which loads it on first use when the page did not include it.
         */
        get: operations["getCobrowseScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/Scripts/tetherfi-cobrowse.min.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scripts/tetherfi-cobrowse.min.js - the co-browse script where the document puts it
         * @description The co-browse script (`/tetherfi/cobrowse/tetherfi-cobrowse.min.js`, the same file) at the
         *     path the document's co-browse page includes it from. A page that includes it has
         *     co-browsing at once; livechat.js then loads nothing more for StartCobr.
         */
        get: operations["getCobrowseScriptAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scripts/tetherfi-cobrowse-plugins.min.js - the co-browse page's third-party plugins
         * @description The document's "3rd party plugins used to achieve screen-sharing and co-browsing" (214 KB).
         *     The client's co-browsing needs none - the page's stream, the controls, the pointer and the
         *     annotations use the browser's own WebRTC, canvas and DOM - so the script served is a
         *     comment that says so, kept for pages that include it.
         */
        get: operations["getCobrowsePluginsScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/Scripts/cobrowse-configurations.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scripts/cobrowse-configurations.js - the co-browse page's configuration
         * @description The document's co-browse configuration script (3 KB). The document gives co-browsing its
         *     configuration through `livechat.SetCobrConfigs(config, domControlList,
         *     isMousePointerCapture, isAnnotationEnabled)` and says nothing this script sets, so it sets
         *     nothing: the script served is a comment that says so, kept for pages that include it.
         */
        get: operations["getCobrowseConfigurationsScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/Styles/tetherfi-cobrowse.min.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Styles/tetherfi-cobrowse.min.css - the co-browse UI's styles
         * @description The styles of what co-browsing draws on the customer's page - the annotation canvas and its
         *     toolbar (isAnnotationEnabled). The co-browse script adds the same rules itself, so a page
         *     that leaves this stylesheet out looks the same; a page may override them here.
         */
        get: operations["getCobrowseStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/Styles/fontawesome-all.min.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Styles/fontawesome-all.min.css - the icon font of the co-browse toolbar
         * @description The document's co-browse toolbar drew its buttons with the Font Awesome icon font (106 KB).
         *     The client's toolbar labels its buttons with words (Pen, Highlight, Clear) and uses no icon
         *     font, so the stylesheet served is a comment that says so, kept for pages that include it.
         */
        get: operations["getFontawesomeStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/access-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * GetAccessToken - the browser session's access token
         * @description livechat.GetAccessToken(onSuccess, onerror). Creates the browser session when the request
         *     has no valid cookie (and sets it), and returns its access token: unique to the browser
         *     session, required in `Livechat-Token` on every state-changing call, and placed in
         *     `pAccessToken` of encrypted customer details. Calling it again returns the same token while
         *     the browser session lives. Also tells whether Start will require a captcha and encrypted
         *     details. The client library calls it before its first POST (the document makes it optional
         *     for the application) and once more after an AccessTokenInvalid.
         */
        post: operations["getAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open - join the browser session's ongoing chat(s)
         * @description livechat.Open(). Joins the calling page to every active chat of the browser session and
         *     cancels a running session-end timer. Answers with the Session(s) - the client library raises
         *     OnOpenSuccess(Session), or OnOpenSuccess(Session[]) in multi-chat - and with `seq`, the
         *     event-stream position of that snapshot: the page reads the stream from `seq`, so it sees
         *     every later event exactly once.
         *
         *     When there is no chat to join, Open still answers 200, with no Session and the `reason`
         *     the client library raises OnOpenFailed(errorCode) with: NoSessionFound - the browser
         *     session has no chat, and the page may call Start; AlreadyEndedSession - its last chat
         *     ended less than the retention window ago and none started since, so that the page can
         *     say "chat ended" (it does not forbid a Start). The document says of NoSessionFound that it
         *     "is actually not an error": every page of a site Opens as it loads (floating chat), and an
         *     error status would have the browser log an error on every page of every visitor without a
         *     chat. A problem (CookiesDisabled, ...) also raises OnOpenFailed(errorCode).
         */
        post: operations["openChats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close - leave the chat(s) without ending them
         * @description livechat.Close(), called as the page unloads (fetch with keepalive). Detaches the page from
         *     its chats. When no page of the browser session takes part in a chat any more, the chat's
         *     session-end timer starts (`closeTimerMs`); an Open before it fires cancels it. Closing a page
         *     that joined nothing is not an error. The call carries its token in the header like every
         *     POST; on a cross-site deployment that needs a CORS preflight, which keepalive fetches make.
         */
        post: operations["closePage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start - start a chat
         * @description livechat.Start(details, VaSession) / multilivechat.Start(details, VaSession, clientId).
         *     Creates a chat, joins the calling page to it and queues it for a CSO. Answers 201 with the
         *     sid and `seq`, the stream position just before the chat's first event; the client library
         *     raises OnStartSuccess and reads the stream from `seq` (OnCallQueued, or OnSystemNotification,
         *     follows). A Start repeated by the same page with the clientId of its still-active chat is a
         *     retry and answers 200 with the same result. A problem raises OnStartFailed(errorCode); after
         *     CaptchaDoesNotMatch or CaptchaNotFound the library also raises OnResetCaptcha.
         *
         *     Checks, in this order (the first that fails answers): the request's schema
         *     (InvalidRequest), cookie (CookiesDisabled), token (AccessTokenInvalid), rate (RateLimited);
         *     a retry (same page, clientId of its still-active chat: 200 with the first result, whatever
         *     the body); the clientId of a chat that ended within the retention window
         *     (AlreadyEndedSession); the mode - a browser session is single-chat or multi-chat from its
         *     first Start on, and a Start of the other mode is InvalidSessionState; the chat state -
         *     single chat: while the browser session has an active chat, AlreadyStartedAndInSession if the
         *     page takes part in it or called Open before, UnOpenedSessionPerformedStart if it never called
         *     Open; multi-chat: maxConcurrentChats (MaxConcurrentSessionCountReached); the captcha
         *     (CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch); the customer details
         *     (CustomerDetailsRejected: undecryptable, token mismatch, or not encrypted when
         *     encryptedDetailsRequired); the deployment's capacity (MaxConcurrentSessionCountReached) and
         *     routing (StartError, ServerInternalConnectivityError). The entered text matches regardless
         *     of letter case and surrounding spaces. The captcha is used up by a Start that succeeds or
         *     fails with CaptchaDoesNotMatch, and by nothing else: the same text again, without a new
         *     image, answers CaptchaNotFound; a retryable refusal can be retried with the same text.
         */
        post: operations["startChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End - end the chat
         * @description livechat.End(reason). Ends the chat; the CSO is notified, and every page of the browser
         *     session receives OnEnd('client', reason), emitted before this call answers. A retried End
         *     whose first answer was lost gets AlreadyEndedSession, which the client library takes as
         *     done. In multi-chat without a Sid, End ends every chat the page takes part in.
         */
        post: operations["endChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event stream (Server-Sent Events)
         * @description Every event of the browser session, for every page: OnEcho, OnMessageReceived, OnEnd ...
         *     (each message is described in asyncapi.yaml, channel `eventStream`). One SSE frame per
         *     event: `id` is the event's seq, `event` its name, `data` its JSON payload. A `Heartbeat`
         *     frame (no id) follows any silence of `heartbeatIntervalMs`, so the client knows within
         *     9 s that contact is lost. Reconnect with `Last-Event-ID` (or `after`) to resume with nothing
         *     lost or repeated; when the server no longer holds the events after that position, the
         *     stream starts with a `Resync` event carrying the transcripts. A browser needs only one
         *     stream (a leading tab shares it with the others); each page may hold its own. The first
         *     frame is `retry: 2000`; the client library reconnects by itself (with backoff, also after
         *     an error answer, which stops a plain EventSource for good). While no stream of the browser
         *     session is connected, the session-end timer runs.
         */
        get: operations["openEventStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/events/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Long-poll fallback of the event stream
         * @description For networks whose proxies buffer streams: answers as soon as there are events after
         *     `after`, or after `waitMs` with none (an empty answer is the heartbeat). The next poll
         *     passes the answer's `next` as `after` - the seq of the last event returned, so nothing is
         *     skipped when an answer is cut at 1,000 events (`more` is then true and the next poll
         *     answers at once). Same events, same order, same resumption rules (a `Resync` first when
         *     `after` is older than the server keeps) as the stream.
         */
        get: operations["pollEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SendMessage - send a message to the CSO
         * @description livechat.SendMessage(msg) / multilivechat.SendMessage(msg, Sid). The server accepts a
         *     message once per `clientMessageId`: a retry with the same id answers 200 with the first
         *     result and no second OnEcho. Every page of the browser session (the sender's included)
         *     receives OnEcho with the message and its clientMessageId; that echo, not the send, is what
         *     pages display. A message that would take the chat's transcript beyond the announced
         *     `transcriptCap` is refused with TranscriptFull (409), without an echo; the chat stays open.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/app-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SendAppMessage - send an application message to the agent desktop
         * @description livechat.SendAppMessage(type, obj) / multilivechat.SendAppMessage(type, obj, Sid). Delivers `obj`, of the application-defined `type`, to the CSO's desktop (TMAC). Deduplicated by clientMessageId like SendMessage.
         */
        post: operations["sendAppMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * NotifyTypingStateChange - tell the CSO the customer is typing
         * @description livechat.NotifyTypingStateChange(state) / multilivechat.NotifyTypingStateChange(state, Sid). 0 typing started, 1 typing stopped.
         */
        post: operations["notifyTypingStateChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RequestCallback - ask to be called back
         * @description livechat.RequestCallback(contact). Registers a callback request; OnCallbackRequestStatus(true, status) follows on the stream.
         */
        post: operations["requestCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/av": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * StartAvCall - start an audio/video call in the chat
         * @description livechat.StartAvCall(sid). Opens a WebRTC call with the chat's CSO, with the media of
         *     SetAvConfigs. The page then sends its SDP offer and ICE candidates (sendAvSignal); the
         *     CSO's answer and candidates arrive as AvSignal events. Requires a connected CSO. When the
         *     call cannot start (devices refused, this refused, the page's EndAvCall meanwhile) the client
         *     library ends what it began and calls Display.OnDisconnected, as for any end.
         */
        post: operations["startAvCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/av/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * EndAvCall - hang up
         * @description livechat.EndAvCall(). Ends the call; the CSO receives the hang-up, and Display.OnDisconnected is called on this side.
         */
        post: operations["endAvCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/av/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause - mute or pause, and undo
         * @description livechat.Pause(audio, video). Mutes the microphone when audio is true (unmutes otherwise) and pauses the camera when video is true (resumes otherwise); the CSO receives the new state.
         */
        post: operations["pauseAv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/av/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebRTC signaling of a call (SDP offer/answer, ICE candidates)
         * @description Part of StartAvCall - relays the page's SDP offer or answer, or one trickled ICE candidate, to the CSO's side of the call.
         */
        post: operations["sendAvSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/cobrowse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * StartCobr - start co-browsing
         * @description livechat.StartCobr(). Starts co-browsing with the chat's CSO using the configuration of
         *     SetCobrConfigs: the page's stream (Display.OnAcquireCustomCanvasStream) goes to the CSO over
         *     WebRTC (sendCobrowseSignal), the controls of domControlList are kept in sync both ways, the
         *     pointer is sent when isMousePointerCapture is set and annotations are allowed when
         *     isAnnotationEnabled is set. Requires a connected CSO.
         */
        post: operations["startCobrowse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/cobrowse/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * EndCobr - end co-browsing
         * @description livechat.EndCobr(triggerDisconnect, sendEndMessage). Sent when sendEndMessage is set, to
         *     inform the CSO's side; triggerDisconnect only closes the page's own WebRTC connection and
         *     sends nothing. A session only disconnected stays open on the server (and StartCobr in that
         *     chat is refused) until this is sent, the CSO ends it, or its page leaves: the client library
         *     sends it before its next StartCobr.
         */
        post: operations["endCobrowse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/cobrowse/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebRTC signaling of the co-browse stream
         * @description Part of StartCobr - relays the page's SDP offer or answer, or an ICE candidate, for the shared-screen stream.
         */
        post: operations["sendCobrowseSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/cobrowse/control-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A control of domControlList changed on the customer's page
         * @description Part of StartCobr - the new value of a text box, radio button, checkbox or dropdown named in domControlList, mirrored on the CSO's view.
         */
        post: operations["sendCobrowseControlValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/cobrowse/pointer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer's pointer moved (isMousePointerCapture)
         * @description Part of StartCobr - the customer's pointer, shown to the CSO, in batches of the positions sampled since the last one (at most one batch per 100 ms).
         */
        post: operations["sendCobrowsePointer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/cobrowse/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer annotated the shared page (isAnnotationEnabled)
         * @description Part of StartCobr - one annotation stroke, or a clear, shown to the CSO.
         */
        post: operations["sendCobrowseAnnotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/captcha": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The captcha image (setCaptchaImage / resetCaptchaImage)
         * @description livechat.setCaptchaImage(img) points an <img> here with `reset=false`: the image of the
         *     browser session's current captcha text, created if there is none. resetCaptchaImage(img)
         *     uses `reset=true`: a new text and image. The text is kept with the browser session (this
         *     request sets the cookie when there is none) and checked by Start against eEnteredCaptcha.
         *     A GET because an <img> loads it; with a SameSite=Lax cookie a cross-site image cannot reset
         *     it, and where the cookie is SameSite=None the server also accepts the previous text until
         *     one of them is used, so a forged reset cannot fail a customer's Start.
         */
        get: operations["getCaptchaImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * uploadFiles - upload files into the chat
         * @description livechat.uploadFiles(fileList). Uploads up to maxFilesPerUpload files, each at most
         *     maxFileBytes and of an allowedFileTypes type checked against its content. Names are
         *     sanitised and made unique. Each accepted file is announced to every page by
         *     OnUploadComplete and shown to the CSO. All or nothing: when one file is refused, none is
         *     kept. A request whose Content-Length exceeds maxFileBytes x maxFilesPerUpload plus 64 KiB
         *     is refused with PayloadTooLarge before its body is read, and one that grows past it while
         *     streaming is cut off with the same answer.
         */
        post: operations["uploadFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/chats/{sid}/files/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file of the chat (prepareDownloadURL)
         * @description livechat.prepareDownloadURL(fileName) returns this URL for a file of the current chat.
         *     Only files of this browser session's chats are served, as attachments, with
         *     `X-Content-Type-Options: nosniff`; the name must be a stored name (no path).
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/livechat/campaign-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CreateCampaignContact - create a contact for a campaign
         * @description livechat.CreateCampaignContact(data). Creates a campaign contact from `data` (any JSON
         *     object, the document's "request payload in json format"). The client library raises
         *     OnCampaignContactCreated(response) with the result - or, on a problem, with resultCode set
         *     to the problem's code and resultMessage to its detail.
         */
        post: operations["createCampaignContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * PageId
         * @description Id of one page load, generated by the client library (at least 128 random bits, base64url - 22 characters or more); identifies the page in Open, Close and the event stream.
         * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
         */
        PageId: string;
        /**
         * ErrorCode
         * @description Every error code of the contract, in one place. The first twelve are the
         *     reference document's own (OnStartFailed, OnOpenFailed, OnInternalServerError);
         *     the others are livechat-kit additions (`x-livechat-origin: extension`) for
         *     failures the document leaves unnamed. Each value carries the HTTP status it is
         *     sent with (`x-livechat-http-status`) and whether a retry can succeed
         *     (`x-livechat-retryable`). Operations list the codes they may return in
         *     `x-livechat-errors`. `x-livechat-level` grades the code's conformance cases
         *     where it is not the reference document's (whose codes are MUST): MUST where the
         *     contract states the rule, SHOULD where a run cannot provoke it (no budget
         *     announced, a budget beyond a run, a defect); an operation may grade its own
         *     case otherwise (`x-livechat-error-levels`).
         */
        ErrorCode: string & ("StartError" | "ServerInternalConnectivityError" | "AlreadyStartedAndInSession" | "CookiesDisabled" | "UnOpenedSessionPerformedStart" | "CaptchaDoesNotMatch" | "CaptchaNotFound" | "CaptchaIsEmpty" | "MaxConcurrentSessionCountReached" | "AlreadyEndedSession" | "NoSessionFound" | "UnOpenedSessionNotAllowed" | "InvalidRequest" | "AccessTokenInvalid" | "CustomerDetailsRejected" | "InvalidSessionState" | "RateLimited" | "PayloadTooLarge" | "TranscriptFull" | "UnsupportedFileType" | "FileNotFound" | "NotFound" | "UnexpectedError");
        /**
         * Sid
         * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
         * @example c_7Hq2LxVbN4
         */
        Sid: string;
        /**
         * ClientId
         * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
         * @example support-1
         */
        ClientId: string;
        /**
         * Problem
         * @description An error, as RFC 9457 problem details (`application/problem+json`) carrying the
         *     contract's ErrorCode. `type` is `urn:livechat:error:<code>`; `status` repeats the
         *     HTTP status; the body never carries a stack trace.
         */
        Problem: {
            /** @description URI naming the problem kind, `urn:livechat:error:` followed by the code. */
            type: string;
            /** @description Short human-readable summary of the problem kind. */
            title: string;
            /** @description The HTTP status of the response. */
            status: number;
            /** @description Human-readable explanation of this occurrence. */
            detail?: string;
            /** @description URI reference of this occurrence (the request path). */
            instance?: string;
            code: components["schemas"]["ErrorCode"];
            /** @description Whether the same request can succeed later. */
            retryable: boolean;
            /** @description When retryable, how long to wait before retrying (also sent as Retry-After). */
            retryAfterMs?: number;
            sid?: components["schemas"]["Sid"];
            clientId?: components["schemas"]["ClientId"];
            /** @description For InvalidRequest, each part of the request that failed validation. */
            errors?: {
                /** @description Where: JSON Pointer into the body (#/details/eCustDetails), or header:<name>, query:<name>, path:<name>, cookie:<name>. */
                pointer: string;
                /** @description What is wrong there. */
                message: string;
            }[];
        };
        /**
         * AccessToken
         * @description The browser session's access token (GetAccessToken), sent in the `Livechat-Token` header of every state-changing call and, in the secure deployment model, inside the encrypted customer details.
         * @example tk_3QmVb9R2xJw7YcLp0sNaKe4TfUgHd1Zi
         */
        AccessToken: string;
        /**
         * StreamPosition
         * @description A position in the browser session's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
         * @example 12
         */
        StreamPosition: number;
        /**
         * AgentName
         * @description Name of the CSO login.
         * @example Alice
         */
        AgentName: string;
        /**
         * AgentId
         * @description Id of the CSO login.
         * @example agent-7
         */
        AgentId: string;
        /**
         * AgentRef
         * @description A CSO taking part in a chat (Session.agents); the same attributes as OnRemoteUserConnected's arguments.
         * @example {
         *       "name": "Alice",
         *       "id": "agent-7",
         *       "index": 2
         *     }
         */
        AgentRef: {
            name: components["schemas"]["AgentName"];
            id: components["schemas"]["AgentId"];
            /** @description The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries. */
            index: number;
        };
        /**
         * ServerTime
         * Format: date-time
         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
         * @example 2026-11-25T10:15:30.120Z
         */
        ServerTime: string;
        /**
         * MessageId
         * @description Server-assigned id of an accepted message.
         * @example msg_000042
         */
        MessageId: string;
        /**
         * ClientMessageId
         * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
         * @example m_01HZX3A7QK
         */
        ClientMessageId: string;
        /**
         * TranscriptEntry
         * @description One record of a chat's transcript (Session.trans), tagged by `type`.
         * @example {
         *       "type": "msg",
         *       "by": "c",
         *       "msg": "Hello%2C%20I%20need%20help",
         *       "time": "2026-11-25T10:15:30.120Z",
         *       "id": "msg_000001",
         *       "clientMessageId": "m_01HZX3A7QK"
         *     }
         */
        TranscriptEntry: {
            /**
             * @description A message record.
             * @constant
             */
            type: "msg";
            /** @description Who wrote it. */
            by: string & ("c" | "a");
            /** @description The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters. */
            msg: string;
            time: components["schemas"]["ServerTime"];
            id?: components["schemas"]["MessageId"];
            clientMessageId?: components["schemas"]["ClientMessageId"];
            agentId?: components["schemas"]["AgentId"];
        } | {
            /**
             * @description A CSO joined.
             * @constant
             */
            type: "connect";
            id: components["schemas"]["AgentId"];
            name: components["schemas"]["AgentName"];
            time: components["schemas"]["ServerTime"];
        } | {
            /**
             * @description A CSO left.
             * @constant
             */
            type: "disconnect";
            id: components["schemas"]["AgentId"];
            name: components["schemas"]["AgentName"];
            time: components["schemas"]["ServerTime"];
        };
        /**
         * UploadedFile
         * @description A file accepted by uploadFiles (OnUploadComplete's response). `fileName` is the server's sanitised, unique name, the one prepareDownloadURL takes.
         * @example {
         *       "fileName": "f_8Kq2_statement.pdf",
         *       "originalName": "statement.pdf",
         *       "fileSize": 48213,
         *       "fileType": "application/pdf",
         *       "by": "c"
         *     }
         */
        UploadedFile: {
            /** @description Stored name, unique in the chat; safe in a URL path segment. */
            fileName: string;
            /** @description The name the browser gave, without control or bidi-override characters, for display only. */
            originalName: string;
            /** @description Size in bytes. */
            fileSize: number;
            /** @description Media type, checked against the content. */
            fileType: string;
            /** @description Who uploaded it (beyond the document). */
            by?: string & ("c" | "a");
        };
        /**
         * Session
         * @description The document's Session: a chat already open on the server, as OnOpenSuccess
         *     (and a resynchronisation) carries it. In multi-chat, OnOpenSuccess carries an
         *     array of these, each with its clientId; on the wire every Session carries its
         *     sid and clientId.
         * @example {
         *       "sid": "c_7Hq2LxVbN4",
         *       "clientId": "support-1",
         *       "state": "connected",
         *       "agents": [
         *         {
         *           "name": "Alice",
         *           "id": "agent-7",
         *           "index": 1
         *         }
         *       ],
         *       "trans": [
         *         {
         *           "type": "msg",
         *           "by": "c",
         *           "msg": "Hello%2C%20I%20need%20help",
         *           "time": "2026-11-25T10:15:30.120Z",
         *           "id": "msg_000001",
         *           "clientMessageId": "m_01HZX3A7QK"
         *         },
         *         {
         *           "type": "connect",
         *           "id": "agent-7",
         *           "name": "Alice",
         *           "time": "2026-11-25T10:15:41.000Z"
         *         },
         *         {
         *           "type": "msg",
         *           "by": "a",
         *           "msg": "Hi%2C%20Alice%20here.",
         *           "time": "2026-11-25T10:15:45.500Z",
         *           "id": "msg_000002",
         *           "agentId": "agent-7"
         *         }
         *       ]
         *     }
         */
        Session: {
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            /** @description Where the chat stands. */
            state: string & ("queued" | "connected");
            /** @description The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected). */
            agents?: components["schemas"]["AgentRef"][];
            /** @description The messages and joins exchanged so far, oldest first. */
            trans: components["schemas"]["TranscriptEntry"][];
            /** @description Position in the queue while `state` is queued (beyond the document). */
            queuePosition?: number;
            /** @description The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them. */
            files?: components["schemas"]["UploadedFile"][];
        };
        /**
         * SessionLimits
         * @description The limits a deployment applies to a chat, announced in the results of Start and
         *     Open (beyond the document) so that a widget can check before it sends. Values
         *     never exceed the contract's maxima (4,096 characters per message, 10 MiB per file).
         * @example {
         *       "maxMessageLength": 4096,
         *       "maxAppMessageBytes": 16384,
         *       "maxFileBytes": 10485760,
         *       "maxFilesPerUpload": 5,
         *       "allowedFileTypes": [
         *         "image/png",
         *         "image/jpeg",
         *         "image/gif",
         *         "application/pdf",
         *         "text/plain"
         *       ],
         *       "messagesPerMinute": 120,
         *       "signalsPerMinute": 3000,
         *       "maxConcurrentChats": 1,
         *       "sessionLifetimeMs": 14400000,
         *       "closeTimerMs": 60000,
         *       "heartbeatIntervalMs": 3000,
         *       "offlineAfterMs": 9000,
         *       "eventRetention": {
         *         "events": 1000,
         *         "ms": 300000
         *       },
         *       "transcriptCap": {
         *         "entries": 2000,
         *         "textBytes": 262144
         *       }
         *     }
         */
        SessionLimits: {
            /** @description Most characters in one SendMessage. */
            maxMessageLength: number;
            /** @description Most bytes of SendAppMessage's obj once serialised as JSON. */
            maxAppMessageBytes: number;
            /** @description Largest file uploadFiles accepts. */
            maxFileBytes: number;
            /** @description Most files in one uploadFiles call. */
            maxFilesPerUpload: number;
            /** @description Media types uploadFiles accepts. */
            allowedFileTypes: string[];
            /** @description Most SendMessage, SendAppMessage, typing and other chat calls per minute per browser session before RateLimited (signaling not counted). */
            messagesPerMinute: number;
            /** @description Most audio/video and co-browse signaling calls (SDP, ICE, pointer batches, control values, annotations) per minute per browser session before RateLimited. */
            signalsPerMinute: number;
            /** @description Most active chats of one browser session at a time (1 for single chat); beyond it Start answers MaxConcurrentSessionCountReached. */
            maxConcurrentChats: number;
            /** @description Longest a chat may last before the server ends it. */
            sessionLifetimeMs: number;
            /** @description How long a chat survives once no page takes part in it, or no event stream of the browser session is connected (the session-end timer); at least 5 s, so that a navigation does not end the chat - shorter only on a deployment set up for testing, while the test condition closeTimerMs is in force (spec/agent/schemas.yaml, TestConditions). */
            closeTimerMs: number;
            /** @description Most time between two frames of the event stream (heartbeats fill silences). */
            heartbeatIntervalMs: number;
            /**
             * @description Silence after which the client library raises OnServerStateChanged('offline') - 9 seconds, as the document says.
             * @constant
             */
            offlineAfterMs: 9000;
            /** @description How much of the event stream the server keeps for resumption; a page that comes back later than this gets a Resync. */
            eventRetention: {
                /** @description At least this many latest events are kept. */
                events: number;
                /** @description Events are kept at least this long (at least 30 s, so that an offline spell of a few seconds resumes without a Resync). */
                ms: number;
            };
            /**
             * @description The most one chat's transcript (Session.trans) holds, so that a chat cannot grow without
             *     bound. A message - SendMessage, or a CSO's - that would take the transcript beyond either
             *     bound is refused with TranscriptFull (409) and nothing of it is kept or sent: no OnEcho, no
             *     OnMessageReceived. The chat stays open: its parties can still end it, and what is not part
             *     of the transcript (app messages, files, typing, calls, co-browsing) goes on; a widget that
             *     counts what it has seen (Open's or Start's transcript, then OnEcho and OnMessageReceived)
             *     can say so before the refusal, e.g. "this conversation is full: end it and start a new one".
             *     A CSO's joining and leaving are recorded while there is room and never refused; beyond the
             *     cap they are not recorded (OnRemoteUserConnected and Session.agents still say who is there).
             */
            transcriptCap: {
                /** @description Most entries of the transcript: messages of the customer and the CSOs, and CSOs' joins and leaves (Session.trans lists at most 10,000). */
                entries: number;
                /** @description Most bytes of message text in the transcript: the sum, over its messages (the customer's and the CSOs'), of each message's text as sent, in UTF-8 (before the transcript's URL encoding). At least one message of 4,096 four-byte characters fits. */
                textBytes: number;
            };
        };
        /**
         * OpenResult
         * @description What Open answers - the browser session's active chats and the stream position of that snapshot, or that there is no chat to join and why.
         */
        OpenResult: {
            seq: components["schemas"]["StreamPosition"];
            /** @description The active chats, oldest first; single-chat pages use the first. */
            sessions: components["schemas"]["Session"][];
            limits: components["schemas"]["SessionLimits"];
        } | {
            /** @description No chat. */
            sessions: components["schemas"]["Session"][];
            /** @description Why there is nothing to open - NoSessionFound (the browser session never had a chat, or not within the retention window) or AlreadyEndedSession (its last chat ended within that window). */
            reason: components["schemas"]["ErrorCode"];
        };
        /**
         * CustomerDetails
         * @description The document's class CustomerDetails: who the customer is and where the chat
         *     comes from. All 17 fields are strings; the document initialises each to "".
         *     Sent inside SessionDetails.eCustDetails, either as this object or, in the secure
         *     deployment model, encrypted by the customer's web server (EncryptedCustomerDetails)
         *     with `pAccessToken` set to the browser session's access token.
         * @example {
         *       "eKCIN": "",
         *       "eRegStatus": "registered",
         *       "eCustName": "Tan Mei Ling",
         *       "pChannel": "web",
         *       "pPageTag": "cards/overview",
         *       "pTopic": "credit-card",
         *       "eCin": "S1234567D",
         *       "eAuthStatus": "authenticated",
         *       "eAuthLevel": "2FA",
         *       "pKaiSid": "",
         *       "eCustSeg": "premier",
         *       "eMobileNo": "+6591234567",
         *       "eEmail": "meiling@example.com",
         *       "pBranding": "example-bank",
         *       "pCountry": "SG",
         *       "pLang": "en-SG",
         *       "pAccessToken": ""
         *     }
         */
        CustomerDetails: {
            /** @description Customer's KCIN (know-your-customer identification number). */
            eKCIN?: string;
            /** @description Customer's registration status with the business. */
            eRegStatus?: string;
            /** @description Customer's display name, shown to the CSO. */
            eCustName?: string;
            /** @description Channel the chat comes from (for example web, mobile web). */
            pChannel?: string;
            /** @description Tag of the page where the customer started the chat. */
            pPageTag?: string;
            /** @description Topic the customer chose; used for routing. */
            pTopic?: string;
            /** @description Customer identification number. */
            eCin?: string;
            /** @description Whether the customer is authenticated on the customer's site. */
            eAuthStatus?: string;
            /** @description Authentication level reached (for example 2FA). */
            eAuthLevel?: string;
            /** @description Id of the virtual-assistant (VA) chat that preceded this one, if any. */
            pKaiSid?: string;
            /** @description Customer segment; used for routing. */
            eCustSeg?: string;
            /** @description Customer's mobile number. */
            eMobileNo?: string;
            /** @description Customer's e-mail address. */
            eEmail?: string;
            /** @description Brand of the site the chat comes from. */
            pBranding?: string;
            /** @description Customer's country. */
            pCountry?: string;
            /** @description Customer's language (a BCP 47 tag such as en-SG). */
            pLang?: string;
            /** @description The browser session's access token (GetAccessToken); required inside encrypted details, where the server checks it against the session's token. */
            pAccessToken?: string;
        };
        /**
         * EncryptedCustomerDetails
         * @description CustomerDetails encrypted by the customer's web server (secure deployment model):
         *     a JWE in compact serialization (RFC 7516) with `alg: dir` and `enc: A256GCM`,
         *     under the 256-bit key the web server shares with the chat service. The plaintext
         *     is the JSON of CustomerDetails whose `pAccessToken` is the browser session's
         *     access token. The protected header must be exactly `alg: dir` and `enc: A256GCM`
         *     (anything else is refused, never negotiated) and may carry `kid`, naming the key, so
         *     that keys can be rotated. The server refuses Start with CustomerDetailsRejected when
         *     it cannot decrypt the details or the token differs.
         * @example eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q3eUvA2cR0nH9w1X.M1s5q0yJkz0Rz8cV1Qm5wJm8Kp0Q.yM8eZ5kP3nR1vT7wQ2sX4g
         */
        EncryptedCustomerDetails: string;
        /**
         * SessionDetails
         * @description The document's class SessionDetails as its ToString() serialises it: the first
         *     parameter of Start. Note on the document's own ToString: it sets
         *     `vachatid = this.pKaiSid`, which is undefined on SessionDetails (so vachatid is
         *     usually absent), and it resets `eEnteredCaptcha` to "" after the application set
         *     it; livechat-kit's ToString keeps an entered captcha.
         * @example {
         *       "eCustDetails": {
         *         "eKCIN": "",
         *         "eRegStatus": "registered",
         *         "eCustName": "Tan Mei Ling",
         *         "pChannel": "web",
         *         "pPageTag": "cards/overview",
         *         "pTopic": "credit-card",
         *         "eCin": "S1234567D",
         *         "eAuthStatus": "authenticated",
         *         "eAuthLevel": "2FA",
         *         "pKaiSid": "",
         *         "eCustSeg": "premier",
         *         "eMobileNo": "+6591234567",
         *         "eEmail": "meiling@example.com",
         *         "pBranding": "example-bank",
         *         "pCountry": "SG",
         *         "pLang": "en-SG",
         *         "pAccessToken": ""
         *       },
         *       "eEnteredCaptcha": "7KX2P",
         *       "lib": "web",
         *       "comm_path": "sg_pweb",
         *       "enable_autocb": true,
         *       "pClientTime": "18:5:42:7"
         *     }
         */
        SessionDetails: {
            /** @description The customer's details, as an object or encrypted by the customer's web server. */
            eCustDetails: components["schemas"]["CustomerDetails"] | components["schemas"]["EncryptedCustomerDetails"];
            /** @description The captcha text the customer typed; required (non-empty) when the deployment requires captcha. Start compares it with the image's text regardless of letter case and of surrounding spaces. */
            eEnteredCaptcha?: string;
            /** @description Client library kind; the document's ToString sets "web". */
            lib?: string;
            /** @description Communication path used for routing; the document's ToString sets "sg_pweb". */
            comm_path?: string;
            /** @description Id of the virtual-assistant chat that preceded this one (from pKaiSid). */
            vachatid?: string;
            /** @description When true, the server records a callback automatically if the chat cannot reach a CSO (OnSystemNotification / OnCallbackAutoRegistered). */
            enable_autocb?: boolean;
            /** @description The page's local time at Start, as the document's ToString writes it (H:M:S:ms, not zero-padded). */
            pClientTime?: string;
        };
        /**
         * StartResult
         * @description What Start answers.
         */
        StartResult: {
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            seq: components["schemas"]["StreamPosition"];
            limits: components["schemas"]["SessionLimits"];
        };
        /**
         * Seq
         * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
         * @example 42
         */
        Seq: number;
        /**
         * EndInitiator
         * @description Which side ended the chat (first parameter of OnEnd).
         */
        EndInitiator: string & ("server" | "client" | "lib");
        /** OnEndEvent */
        payload: {
            seq?: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnEnd";
            time?: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            /** @description The initiator, and the reason that goes with it (one branch per initiator). */
            data: {
                initiator: components["schemas"]["EndInitiator"];
                /** @description With client, what End was given; never with server; SessionLostWhileOffline with lib. */
                reason?: string;
            } & ({
                /** @constant */
                initiator?: "client";
            } | {
                /** @constant */
                initiator?: "server";
            } | {
                /** @constant */
                initiator?: "lib";
                reason: "SessionLostWhileOffline";
            });
        };
        /** OnInternalServerErrorEvent */
        "OnInternalServerError-payload": {
            seq?: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnInternalServerError";
            time?: components["schemas"]["ServerTime"];
            sid?: components["schemas"]["Sid"];
            clientId?: components["schemas"]["ClientId"];
            data: {
                /** @description UnOpenedSessionNotAllowed, UnexpectedError, or a server-defined string. */
                errorCode: string;
            };
        };
        /** ResyncEvent */
        "Resync-payload": {
            seq: components["schemas"]["StreamPosition"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "Resync";
            time: components["schemas"]["ServerTime"];
            data: {
                /** @description The browser session's chats; empty when every chat has ended. */
                sessions: components["schemas"]["Session"][];
                /** @description Chats that ended in the gap; the client raises OnEnd('lib', 'SessionLostWhileOffline') for each it showed. */
                ended?: components["schemas"]["Sid"][];
            };
        };
        /** ChatStartedEvent */
        "ChatStarted-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "ChatStarted";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                session: components["schemas"]["Session"];
                startedBy: components["schemas"]["PageId"];
            };
        };
        /** OnCallQueuedEvent */
        "OnCallQueued-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnCallQueued";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                /** @description 1 when next to be answered. */
                queuePosition: number;
                /** @description Estimated wait before a CSO answers (beyond the document). */
                estimatedWaitMs?: number;
            };
        };
        /** OnRemoteUserConnectedEvent */
        "OnRemoteUserConnected-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnRemoteUserConnected";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                name: components["schemas"]["AgentName"];
                agentId: components["schemas"]["AgentId"];
                /** @description How the CSO came (beyond the document). */
                via?: string & ("accept" | "transfer" | "conference");
            };
        };
        /**
         * ReasonCode
         * @description Why the server recorded a callback and ended the chat (OnSystemNotification and its synonym OnCallbackAutoRegistered).
         */
        ReasonCode: string & ("ErrorInGetAgentDetails" | "ErrorAgentDetails" | "NoStaffedAgents" | "QueueIsTooBig" | "TimedOutInQueue" | "InternalServerError");
        /** OnSystemNotificationEvent */
        SystemNotificationPayload: {
            seq: components["schemas"]["Seq"];
            /**
             * @description The wire name; the synonym OnCallbackAutoRegistered is raised from it.
             * @constant
             */
            event: "OnSystemNotification";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                reasonCode: components["schemas"]["ReasonCode"];
                /** @description False when enable_autocb was off and no callback was recorded (beyond the document). */
                callbackRecorded?: boolean;
            };
        };
        /** OnCallbackRequestStatusEvent */
        "OnCallbackRequestStatus-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnCallbackRequestStatus";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                /** @description True when this application requested it. */
                isCustomerReq: boolean;
                /** @description True when the callback was registered. */
                status: boolean;
                /** @description The number that will be called (beyond the document). */
                contact?: string;
            };
        };
        /** OnConferenceUserLeftEvent */
        "OnConferenceUserLeft-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnConferenceUserLeft";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                agent: components["schemas"]["AgentName"];
                /** @description The leaving CSO's message. */
                msg: string;
                agentId?: components["schemas"]["AgentId"];
            };
        };
        /**
         * ChatText
         * @description A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.
         * @example Hello
         * @example I need help with my card.
         */
        ChatText: string;
        /** OnMessageReceivedEvent */
        "OnMessageReceived-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnMessageReceived";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                msg: components["schemas"]["ChatText"];
                messageId: components["schemas"]["MessageId"];
                agentId: components["schemas"]["AgentId"];
                agentName: components["schemas"]["AgentName"];
            };
        };
        /** OnEchoEvent */
        "OnEcho-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnEcho";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                msg: components["schemas"]["ChatText"];
                messageId: components["schemas"]["MessageId"];
                clientMessageId: components["schemas"]["ClientMessageId"];
            };
        };
        /**
         * TypingState
         * @description Typing state of NotifyTypingStateChange and OnTypingStateChanged.
         */
        TypingState: number & (0 | 1);
        /** OnTypingStateChangedEvent */
        "OnTypingStateChanged-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnTypingStateChanged";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                state: components["schemas"]["TypingState"];
                agentId?: components["schemas"]["AgentId"];
            };
        };
        /** OnAppMessageReceivedEvent */
        "OnAppMessageReceived-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnAppMessageReceived";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                agent: components["schemas"]["AgentName"];
                /** @description The message text. */
                msg: string;
                /** @description Application-defined type (beyond the document). */
                type?: string;
            };
        };
        /** OnHistoryReceivedEvent */
        "OnHistoryReceived-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnHistoryReceived";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                /** @description Transcript records of earlier chats, oldest first. */
                history: components["schemas"]["TranscriptEntry"][];
            };
        };
        /** OnUploadCompleteEvent */
        "OnUploadComplete-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnUploadComplete";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                response: components["schemas"]["UploadedFile"];
            };
        };
        /**
         * CallId
         * @description Id of an audio/video call, assigned by StartAvCall.
         * @example av_5tR2pQ9x
         */
        CallId: string;
        /**
         * SdpDescription
         * @description An RTCSessionDescription's SDP text.
         * @example v=0
         *     o=- 4611731400430051336 2 IN IP4 127.0.0.1
         *     s=-
         *     t=0 0
         */
        SdpDescription: string;
        /**
         * IceCandidate
         * @description An RTCIceCandidateInit; `candidate` is empty for the end of candidates.
         * @example {
         *       "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
         *       "sdpMid": "0",
         *       "sdpMLineIndex": 0
         *     }
         */
        IceCandidate: {
            /** @description The candidate line. */
            candidate: string;
            /** @description Media stream identification tag. */
            sdpMid?: string | null;
            /** @description Index of the m-line. */
            sdpMLineIndex?: number | null;
            /** @description ICE username fragment. */
            usernameFragment?: string | null;
        };
        /**
         * Signal
         * @description One WebRTC signaling message, tagged by `type`.
         * @example {
         *       "type": "offer",
         *       "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
         *     }
         */
        Signal: {
            /**
             * @description An SDP offer.
             * @constant
             */
            type: "offer";
            sdp: components["schemas"]["SdpDescription"];
        } | {
            /**
             * @description An SDP answer.
             * @constant
             */
            type: "answer";
            sdp: components["schemas"]["SdpDescription"];
        } | {
            /**
             * @description A trickled ICE candidate.
             * @constant
             */
            type: "ice-candidate";
            candidate: components["schemas"]["IceCandidate"];
        };
        /** AvSignalEvent */
        "AvSignal-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvSignal";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                callId: components["schemas"]["CallId"];
                signal: components["schemas"]["Signal"];
            };
        };
        /**
         * MediaState
         * @description What a side of a call has paused (Pause(audio, video)).
         * @example {
         *       "audio": false,
         *       "video": true
         *     }
         */
        MediaState: {
            /** @description True when the microphone is muted. */
            audio: boolean;
            /** @description True when camera capture is paused. */
            video: boolean;
        };
        /** AvMediaStateChangedEvent */
        "AvMediaStateChanged-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvMediaStateChanged";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                callId: components["schemas"]["CallId"];
                state: components["schemas"]["MediaState"];
            };
        };
        /**
         * EndedBy
         * @description Which side ended it.
         */
        EndedBy: string & ("c" | "a" | "server");
        /** AvCallEndedEvent */
        "AvCallEnded-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvCallEnded";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                callId: components["schemas"]["CallId"];
                by: components["schemas"]["EndedBy"];
                /** @description Why, when not a plain hang-up. */
                reason?: string & ("hang-up" | "declined" | "chat-ended");
            };
        };
        /**
         * CobrowseId
         * @description Id of a co-browsing session, assigned by StartCobr.
         * @example cb_9Lm3Wq1z
         */
        CobrowseId: string;
        /** CobrSignalEvent */
        "CobrSignal-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrSignal";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                cobrowseId: components["schemas"]["CobrowseId"];
                signal: components["schemas"]["Signal"];
            };
        };
        /**
         * CobrControlValue
         * @description The new value of one control named in domControlList, tagged by `control`. The receiving side applies it only to an id of its domControlList.
         * @example {
         *       "control": "checkbox",
         *       "id": "checkbox1",
         *       "value": true
         *     }
         */
        CobrControlValue: {
            /**
             * @description A text box.
             * @constant
             */
            control: "textbox";
            /** @description The control's element id. */
            id: string;
            /** @description Its text. */
            value: string;
        } | {
            /**
             * @description A dropdown.
             * @constant
             */
            control: "dropdown";
            /** @description The control's element id. */
            id: string;
            /** @description The selected option's value. */
            value: string;
        } | {
            /** @description Kind of control. */
            control: string & ("radioButton" | "checkbox");
            /** @description The control's element id. */
            id: string;
            /** @description True when checked. */
            value: boolean;
        };
        /** CobrControlValueChangedEvent */
        "CobrControlValueChanged-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrControlValueChanged";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                cobrowseId: components["schemas"]["CobrowseId"];
                value: components["schemas"]["CobrControlValue"];
            };
        };
        /**
         * CobrAnnotation
         * @description One annotation stroke drawn over the shared page (isAnnotationEnabled), or a clear, tagged by `tool`.
         * @example {
         *       "tool": "pen",
         *       "color": "#ff0000",
         *       "points": [
         *         [
         *           0.1,
         *           0.1
         *         ],
         *         [
         *           0.2,
         *           0.15
         *         ]
         *       ]
         *     }
         */
        CobrAnnotation: {
            /** @description Drawing tool. */
            tool: string & ("pen" | "highlight");
            /** @description Stroke points as [x, y] fractions of the viewport. */
            points: number[][];
            /** @description Stroke colour. */
            color?: string;
        } | {
            /**
             * @description Remove every annotation.
             * @constant
             */
            tool: "clear";
        };
        /** CobrAnnotationEvent */
        "CobrAnnotation-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrAnnotation";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                cobrowseId: components["schemas"]["CobrowseId"];
                annotation: components["schemas"]["CobrAnnotation"];
            };
        };
        /** CobrEndedEvent */
        "CobrEnded-payload": {
            seq: components["schemas"]["Seq"];
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrEnded";
            time: components["schemas"]["ServerTime"];
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            data: {
                cobrowseId: components["schemas"]["CobrowseId"];
                by: components["schemas"]["EndedBy"];
            };
        };
        /**
         * StreamEvent
         * @description One event of the browser session's stream, as the long-poll answer lists it (the SSE stream
         *     carries the same payloads, one per frame). Exactly the messages of asyncapi.yaml's
         *     `eventStream` channel except Heartbeat; a test keeps the two lists equal.
         */
        "stream-event": (components["schemas"]["payload"] & unknown) | (components["schemas"]["OnInternalServerError-payload"] & unknown) | components["schemas"]["Resync-payload"] | components["schemas"]["ChatStarted-payload"] | components["schemas"]["OnCallQueued-payload"] | components["schemas"]["OnRemoteUserConnected-payload"] | components["schemas"]["SystemNotificationPayload"] | components["schemas"]["OnCallbackRequestStatus-payload"] | components["schemas"]["OnConferenceUserLeft-payload"] | components["schemas"]["OnMessageReceived-payload"] | components["schemas"]["OnEcho-payload"] | components["schemas"]["OnTypingStateChanged-payload"] | components["schemas"]["OnAppMessageReceived-payload"] | components["schemas"]["OnHistoryReceived-payload"] | components["schemas"]["OnUploadComplete-payload"] | components["schemas"]["AvSignal-payload"] | components["schemas"]["AvMediaStateChanged-payload"] | components["schemas"]["AvCallEnded-payload"] | components["schemas"]["CobrSignal-payload"] | components["schemas"]["CobrControlValueChanged-payload"] | components["schemas"]["CobrAnnotation-payload"] | components["schemas"]["CobrEnded-payload"];
        /**
         * MessageAccepted
         * @description An accepted message.
         */
        MessageAccepted: {
            messageId: components["schemas"]["MessageId"];
            clientMessageId: components["schemas"]["ClientMessageId"];
            time: components["schemas"]["ServerTime"];
            seq: components["schemas"]["Seq"];
        };
        /**
         * CallRef
         * @description Names the call.
         */
        CallRef: {
            callId: components["schemas"]["CallId"];
        };
        /**
         * DomControlList
         * @description The `domControlList` of SetCobrConfigs - ids of the page's controls kept in sync during co-browsing; an empty array leaves that kind unmonitored.
         * @example {
         *       "textboxId": [
         *         "textbox1",
         *         "textbox2"
         *       ],
         *       "radioButtonId": [
         *         "radiobutton1"
         *       ],
         *       "checkboxId": [
         *         "checkbox1"
         *       ],
         *       "dropdownId": [
         *         "dropdown1"
         *       ]
         *     }
         */
        DomControlList: {
            /** @description Ids of text boxes. */
            textboxId?: string[];
            /** @description Ids of radio buttons. */
            radioButtonId?: string[];
            /** @description Ids of checkboxes. */
            checkboxId?: string[];
            /** @description Ids of dropdowns (select). */
            dropdownId?: string[];
        };
        /**
         * CobrowseRef
         * @description Names the co-browse session.
         */
        CobrowseRef: {
            cobrowseId: components["schemas"]["CobrowseId"];
        };
        /**
         * CobrPointer
         * @description The customer's mouse pointer, as fractions of the shared viewport (isMousePointerCapture).
         * @example {
         *       "x": 0.42,
         *       "y": 0.17,
         *       "visible": true
         *     }
         */
        CobrPointer: {
            /** @description Horizontal position, 0 left to 1 right. */
            x: number;
            /** @description Vertical position, 0 top to 1 bottom. */
            y: number;
            /** @description False when the pointer left the page. */
            visible?: boolean;
        };
        /**
         * CobrPointerBatch
         * @description Pointer positions sampled since the last batch, oldest first (a page sends a batch at most every 100 ms).
         * @example [
         *       {
         *         "x": 0.42,
         *         "y": 0.17,
         *         "visible": true
         *       },
         *       {
         *         "x": 0.43,
         *         "y": 0.18,
         *         "visible": true
         *       }
         *     ]
         */
        CobrPointerBatch: components["schemas"]["CobrPointer"][];
        /**
         * CampaignContactResult
         * @description OnCampaignContactCreated's response - resultCode and resultMessage, as the document says.
         * @example {
         *       "resultCode": "Success",
         *       "resultMessage": "Contact created",
         *       "contactId": "cc_000123"
         *     }
         */
        CampaignContactResult: {
            /** @description `Success`, or the ErrorCode of the problem that refused it. */
            resultCode: string;
            /** @description Human-readable result. */
            resultMessage: string;
            /** @description Id of the created contact (beyond the document). */
            contactId?: string;
        };
    };
    responses: {
        /** @description Bad request - InvalidRequest, or CookiesDisabled. */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden - AccessTokenInvalid, or CustomerDetailsRejected. */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited - RateLimited. */
        Problem429: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Defect of the server - UnexpectedError; never a stack trace. */
        Problem500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached. */
        Problem503: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull. */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Gone - AlreadyEndedSession. */
        Problem410: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Captcha refused - CaptchaDoesNotMatch, CaptchaNotFound or CaptchaIsEmpty. */
        Problem422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The routing system refused the chat - StartError. */
        Problem502: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found - NoSessionFound, FileNotFound or NotFound. */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too large - PayloadTooLarge. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unsupported type - UnsupportedFileType. */
        Problem415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The calling page's id (see spec/README.md, "Pages").
         * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
         */
        Page: components["schemas"]["PageId"];
        /**
         * @description The chat's session id (the document's Sid).
         * @example c_7Hq2LxVbN4
         */
        Sid: components["schemas"]["Sid"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying (RFC 9110), also given in the problem's retryAfterMs.
         * @example 5
         */
        RetryAfter: number;
        /**
         * @description Sets the browser-session cookie when the request had none (HttpOnly; SameSite; Path=/tetherfi/livechat).
         * @example LIVECHAT_SESSION=bs_Qm9vZ2xlLWNocm9tZS0x; Path=/tetherfi/livechat; HttpOnly; SameSite=Lax
         */
        SetBrowserSession: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The system's state, as text. */
            200: {
                headers: {
                    /** @description Always `no-store`. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    slog: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Log level. */
                    type: string & ("info" | "warn" | "error");
                    /** @description Calling method name. */
                    unit: string;
                    /** @description The log message. */
                    msg: string;
                };
            };
        };
        responses: {
            /** @description Logged. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getLivechatScript: {
        parameters: {
            query?: {
                /**
                 * @description `true` for the multi-chat variant (`multilivechat`).
                 * @example true
                 */
                multichat?: string & ("true" | "false");
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            400: components["responses"]["Problem400"];
        };
    };
    getLibtextchatScript: {
        parameters: {
            query?: {
                /**
                 * @description `true` for the multi-chat variant (`multilivechat`).
                 * @example true
                 */
                multichat?: string & ("true" | "false");
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script (livechat.js). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            400: components["responses"]["Problem400"];
        };
    };
    getClientLogScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getAdaptorScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getLivechatVideoScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getCobrowseScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getCobrowseScriptAlias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getCobrowsePluginsScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getCobrowseConfigurationsScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    getCobrowseStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stylesheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
        };
    };
    getFontawesomeStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stylesheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
        };
    };
    getAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. Sets the browser-session cookie when the request had none. */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetBrowserSession"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: components["schemas"]["AccessToken"];
                        /** @description True when Start needs eEnteredCaptcha (load the image with setCaptchaImage first). */
                        captchaRequired: boolean;
                        /** @description True in the secure deployment model - Start refuses customer details that are not encrypted by the customer's web server (CustomerDetailsRejected). */
                        encryptedDetailsRequired: boolean;
                    };
                };
            };
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    openChats: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page joined; raise OnOpenSuccess. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenResult"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    closePage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page left its chats. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    startChat: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    details: components["schemas"]["SessionDetails"];
                    /** @description The document's VaSession - the virtual-assistant chat history, as a string. */
                    vaSession?: string;
                    clientId?: components["schemas"]["ClientId"];
                    /** @description True from multilivechat - the browser session may hold several chats, one per clientId. */
                    multichat?: boolean;
                };
            };
        };
        responses: {
            /** @description A retry of a Start this page already made; the same result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartResult"];
                };
            };
            /** @description The chat was created; raise OnStartSuccess. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartResult"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            502: components["responses"]["Problem502"];
            503: components["responses"]["Problem503"];
        };
    };
    endChat: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Any text; it comes back as OnEnd's second parameter. */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The chat ended; OnEnd follows on the stream. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    openEventStream: {
        parameters: {
            query: {
                /**
                 * @description The id of the page holding the stream.
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                page: components["schemas"]["PageId"];
                /**
                 * @description Start after this position (from Open or Start); Last-Event-ID wins when both are sent.
                 * @example 12
                 */
                after?: components["schemas"]["StreamPosition"];
            };
            header?: {
                /**
                 * @description The seq of the last event the page received (sent by EventSource when it reconnects).
                 * @example 12
                 */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; it stays open. Frames are described in asyncapi.yaml. */
            200: {
                headers: {
                    /** @description Always `no-store`. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    pollEvents: {
        parameters: {
            query: {
                /**
                 * @description The id of the polling page.
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                page: components["schemas"]["PageId"];
                /**
                 * @description Answer events after this position.
                 * @example 12
                 */
                after: components["schemas"]["StreamPosition"];
                /**
                 * @description Longest wait for an event, at most 5000 so that the client hears from the server within its 9 s offline threshold.
                 * @example 4000
                 */
                waitMs?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events after `after`, oldest first (possibly none). */
            200: {
                headers: {
                    /** @description Always `no-store`. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["stream-event"][];
                        next: components["schemas"]["StreamPosition"];
                        /** @description True when more events wait after `next`. */
                        more: boolean;
                        latestSeq: components["schemas"]["StreamPosition"];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    msg: components["schemas"]["ChatText"];
                    clientMessageId: components["schemas"]["ClientMessageId"];
                };
            };
        };
        responses: {
            /** @description A retry of a message already accepted; the first result, no second echo. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageAccepted"];
                };
            };
            /** @description Accepted; OnEcho (with this seq) goes to every page. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageAccepted"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendAppMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Any application-defined string. */
                    type: string;
                    /** @description Any JSON value; at most maxAppMessageBytes once serialised. */
                    obj: unknown;
                    clientMessageId: components["schemas"]["ClientMessageId"];
                };
            };
        };
        responses: {
            /** @description Accepted for the agent desktop (also for a retry of the same clientMessageId). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    notifyTypingStateChange: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    state: components["schemas"]["TypingState"];
                };
            };
        };
        responses: {
            /** @description Relayed to the CSO. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    requestCallback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Phone number to call the customer back on. */
                    contact: string;
                };
            };
        };
        responses: {
            /** @description Registered; OnCallbackRequestStatus follows. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    startAvCall: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The call sends audio (MediaCapture.audio.enabled). */
                    audio: boolean;
                    /** @description The call sends video (MediaCapture.video.enabled). */
                    video: boolean;
                };
            };
        };
        responses: {
            /** @description The call exists; send the offer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        callId: components["schemas"]["CallId"];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    endAvCall: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallRef"];
            };
        };
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    pauseAv: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    callId: components["schemas"]["CallId"];
                    /** @description True mutes the microphone. */
                    audio: boolean;
                    /** @description True pauses the camera. */
                    video: boolean;
                };
            };
        };
        responses: {
            /** @description Applied and relayed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendAvSignal: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    callId: components["schemas"]["CallId"];
                    signal: components["schemas"]["Signal"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    startCobrowse: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    domControlList?: components["schemas"]["DomControlList"];
                    /** @description The customer's pointer is sent to the CSO. */
                    isMousePointerCapture: boolean;
                    /** @description The customer may annotate the shared page. */
                    isAnnotationEnabled: boolean;
                };
            };
        };
        responses: {
            /** @description Co-browsing exists; send the stream's offer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cobrowseId: components["schemas"]["CobrowseId"];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    endCobrowse: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CobrowseRef"];
            };
        };
        responses: {
            /** @description Ended; the CSO is informed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendCobrowseSignal: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    signal: components["schemas"]["Signal"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendCobrowseControlValue: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    value: components["schemas"]["CobrControlValue"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendCobrowsePointer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    points: components["schemas"]["CobrPointerBatch"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendCobrowseAnnotation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    annotation: components["schemas"]["CobrAnnotation"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCaptchaImage: {
        parameters: {
            query?: {
                /**
                 * @description Whether to make a new captcha text.
                 * @example false
                 */
                reset?: string & ("false" | "true");
                /**
                 * @description Cache buster the client library adds; ignored by the server.
                 * @example 1732529730120
                 */
                t?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. Sets the browser-session cookie when the request had none. */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetBrowserSession"];
                    /** @description Always `no-store`. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    uploadFiles: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The files, one part each, named `files`. */
                    files: string[];
                };
            };
        };
        responses: {
            /** @description Stored; OnUploadComplete follows for each file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        files: components["schemas"]["UploadedFile"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the document's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
                /**
                 * @description The stored name from OnUploadComplete.
                 * @example f_8Kq2_statement.pdf
                 */
                fileName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the type it was stored as - one of the session's allowedFileTypes, checked against its content at upload (text as UTF-8) - served as an attachment the browser does not sniff. */
            200: {
                headers: {
                    /**
                     * @description Always an attachment, with the original name as an ASCII fallback and RFC 8187 `filename*` (RFC 6266).
                     * @example attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf
                     */
                    "Content-Disposition"?: string;
                    /**
                     * @description Always `private, no-store` - customers' documents stay out of shared caches.
                     * @example private, no-store
                     */
                    "Cache-Control"?: "private, no-store";
                    /** @description Always `nosniff`. */
                    "X-Content-Type-Options"?: "nosniff";
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createCampaignContact: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The calling page's id (see spec/README.md, "Pages").
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                "Livechat-Page": components["parameters"]["Page"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Created; raise OnCampaignContactCreated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignContactResult"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
}
