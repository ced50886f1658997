// The styles of what co-browsing draws on the customer's page: the annotation canvas and its
// toolbar. The co-browse part adds them itself; the build also writes them as the document's
// Styles/tetherfi-cobrowse.min.css, for pages that include it (and override them there).
export const COBROWSE_STYLES = `
.livechat-annotations{position:fixed;inset:0;z-index:2147483646;pointer-events:none}
.livechat-annotations.drawing{pointer-events:auto;cursor:crosshair}
.livechat-annotation-bar{position:fixed;right:12px;bottom:12px;z-index:2147483647;display:flex;gap:4px;padding:4px;border-radius:8px;background:#202124;box-shadow:0 2px 8px #0005}
.livechat-annotation-bar button{font:13px system-ui,sans-serif;color:#fff;background:none;border:0;border-radius:6px;padding:6px 10px;cursor:pointer}
.livechat-annotation-bar button[aria-pressed=true]{background:#5f6368}`.trim();
