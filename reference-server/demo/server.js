// Which chat server the demo uses: this page's own origin, or the deployment `?server=` names
// (scheme://host[:port]) - the demo then runs against it unchanged, as a site that includes
// livechat.js from its chat server does (that server lists this origin in its allowed origins).
(() => {
  let origin = '';
  const asked = new URLSearchParams(location.search).get('server');
  try {
    const url = asked ? new URL(asked) : undefined;
    if (url && /^https?:$/.test(url.protocol)) origin = url.origin;
  } catch {
    // Not a URL: this page's own origin.
  }
  // Written by the parser, so that the scripts run in order, before widget.js.
  document.write(
    `<script src="${origin}/tetherfi/livechat/livechat.js"></script><script src="${origin}/tetherfi/livechat/interface/__clientlog.js"></script>`,
  );
  // The other demo pages use the same server.
  if (origin !== '')
    addEventListener('DOMContentLoaded', () => {
      for (const link of document.querySelectorAll('a[href$=".html"]')) link.search = location.search;
    });
})();
