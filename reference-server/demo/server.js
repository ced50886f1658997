// Which chat server the demo uses: this page's own origin, or the one `?server=` names on this
// host or on loopback (another port: the same site) - the demo then runs against it unchanged, as
// a site that includes livechat.js from its chat server does (that server lists this origin in its
// allowed origins). Any other host is ignored: a link must not make this page run another site's
// script. Serve the demo pages from your own site to try them against your deployment.
(() => {
  let origin = '';
  const asked = new URLSearchParams(location.search).get('server');
  try {
    const url = asked ? new URL(asked) : undefined;
    const local = url && (url.hostname === location.hostname || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
    // The origin is rebuilt from checked parts only, so no character of the query reaches the markup.
    if (local && /^https?:$/.test(url.protocol) && /^\d{0,5}$/.test(url.port) && /^[A-Za-z0-9.-]+$|^\[::1\]$/.test(url.hostname))
      origin = `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
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
      for (const link of document.querySelectorAll('a[href$=".html"]')) link.search = `?server=${encodeURIComponent(origin)}`;
    });
})();
