// `npm run mock`, and `livechat-mock` of the package @livechat-kit/mock: the mock server for frontend work - Prism on a loopback port of its own, the
// front on PORT (default 4010, 127.0.0.1 unless HOST says otherwise): one origin for the HTTP
// contract, the event stream, livechat.js and the demo widget, and the partner's own pages with
// --static DIR (settings.ts). What the operator can fix is one line and exit code 2.

import { createMockServer } from './app.ts';
import { mockFiles } from './files.ts';
import { startPrism } from './prism.ts';
import { scenarios } from './scenarios.ts';
import { MOCK_USAGE, type MockSettings, mockSettings, SettingsRefused } from './settings.ts';

let settings: MockSettings | 'help';
try {
  settings = mockSettings();
} catch (error) {
  if (!(error instanceof SettingsRefused)) throw error;
  console.error(error.message);
  process.exit(2);
}
if (settings === 'help') {
  console.log(MOCK_USAGE);
  process.exit(0);
}
const { host, port, allowedOrigins, staticDir } = settings;
/** How the operator started it, for the advice to move the port. */
const command = process.env.npm_lifecycle_event === 'mock' ? 'npm run mock' : 'npx livechat-mock';

const files = mockFiles();
const prism = await startPrism(files.spec);
const { app } = await createMockServer({
  prismUrl: prism.url,
  host,
  clientDist: files.clientDist,
  demoDir: files.demoDir,
  allowedOrigins,
  ...(staticDir !== undefined ? { staticDir } : {}),
});
let address: string;
try {
  address = await app.listen({ host, port });
} catch (error) {
  const { code } = error as NodeJS.ErrnoException;
  await prism.stop();
  if (code === 'EADDRINUSE')
    console.error(`cannot listen on ${host}:${port}: the port is in use; PORT=${port + 1} ${command} to use another`);
  else if (code === 'EADDRNOTAVAIL') console.error(`cannot listen on ${host}: no such address here`);
  else if (code === 'EACCES') console.error(`cannot listen on ${host}:${port}: not allowed (a port below 1024?); PORT=4010 ${command}`);
  else throw error;
  process.exit(2);
}
console.log(`livechat-kit mock server on ${address}
  demo widget:    ${address}/demo/                  (add ?mockScenario=<name> to play a scenario)${staticDir !== undefined ? `\n  your pages:     ${address}/   (from ${staticDir})` : ''}
  HTTP contract:  ${address}/tetherfi/livechat/...   (Prism: validation, examples; Prefer: code=409 picks an answer)
  event stream:   ${address}/tetherfi/livechat/events
  other origins:  ${allowedOrigins.length > 0 ? allowedOrigins.join(', ') : 'none (same-origin only; LIVECHAT_ALLOWED_ORIGINS lists others)'}
  scenarios:      ${Object.keys(scenarios).join(', ')}  (header Livechat-Mock-Scenario or query mockScenario)`);

const stop = async () => {
  await app.close();
  await prism.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
