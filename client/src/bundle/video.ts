// The classic script served as /tetherfi/livechat_video.mini.js: audio/video for livechat.js, which
// loads it on first use unless the page included it (as the document's pages do).
import { AvCalls } from '../media/av-calls.ts';
import { registerPart } from '../media/parts.ts';

registerPart('av', { AvCalls });
