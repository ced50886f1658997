// `npm run mock`, and `livechat-mock` of the package @livechat-kit/mock: the mock server for frontend work - Prism on a loopback port of its own, the
// front on PORT (default 4010, 127.0.0.1 unless HOST says otherwise): one origin for the HTTP
// contract, the event stream, livechat.js and the demo widget.

import { createMockServer } from './app.ts';
import { mockFiles } from './files.ts';
import { startPrism } from './prism.ts';
import { scenarios } from './scenarios.ts';

const port = Number(process.env.PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';
const files = mockFiles();
const prism = await startPrism(files.spec);
const { app } = await createMockServer({ prismUrl: prism.url, host, clientDist: files.clientDist, demoDir: files.demoDir });
const address = await app.listen({ host, port });
console.log(`livechat-kit mock server on ${address}
  demo widget:    ${address}/demo/                  (add ?mockScenario=<name> to play a scenario)
  HTTP contract:  ${address}/tetherfi/livechat/...   (Prism: validation, examples; Prefer: code=409 picks an answer)
  event stream:   ${address}/tetherfi/livechat/events
  scenarios:      ${Object.keys(scenarios).join(', ')}  (header Livechat-Mock-Scenario or query mockScenario)`);

const stop = async () => {
  await app.close();
  await prism.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
