// `npm start`: the reference server on its embedded defaults (127.0.0.1:8080, state in
// ./.livechat-data), with the demo's customer pages and agent console, and the rendered contract.
// Ctrl+C (SIGINT) or SIGTERM: the status check says OFFLINE (draining), open streams are closed
// (pages and consoles reconnect to another instance, or report offline), the journal is flushed.
import { createReferenceServer } from './app.ts';
import { loadConfig } from './config.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const server = await createReferenceServer({ config });
const address = await server.app.listen({ host: config.HOST, port: config.PORT });

const log = server.app.log;
log.info({ address, bot: config.LIVECHAT_BOT, dataDir: config.LIVECHAT_DATA_DIR }, 'livechat-kit reference server listening');
process.stdout.write(
  [
    '',
    `  livechat-kit reference server on ${address}`,
    `    customer demo : ${address}/demo/`,
    server.generatedAgentPassword === undefined
      ? `    agent console : ${address}/demo/agent.html`
      : `    agent console : ${address}/demo/agent.html#password=${server.generatedAgentPassword}\n` +
        '                    (a password made for this run; this machine only. Set LIVECHAT_AGENT_SECRET to choose one.)',
    `    contract docs : ${address}/docs/`,
    config.LIVECHAT_BOT
      ? '    a simulated agent (bot) answers every chat'
      : '    open the agent console first, log in and get ready; then start a chat',
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
