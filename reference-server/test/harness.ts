// Starts the reference server for a test: 127.0.0.1, any free port, an in-memory store, every
// answer and event checked against the contract (the test asserts `violations` stays empty).
import { pino } from 'pino';
import { createReferenceServer } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Faults } from '../faults.ts';
import { MemoryStore } from '../store/memory-store.ts';
import type { Store } from '../store/store.ts';

/** The agent password of test servers (LIVECHAT_AGENT_SECRET); agent-client.ts logs in with it. */
export const TEST_AGENT_PASSWORD = 'test-agent-password';

export async function startTestServer(overrides: Partial<Config> = {}, store?: Store, clientDist?: string, faults?: Faults) {
  // A conformance run logs a CSO in for each case that needs one: hundreds a minute from one address.
  const config = {
    ...loadConfig({}),
    LOG_LEVEL: 'silent',
    PORT: 0,
    LIVECHAT_AGENT_SECRET: TEST_AGENT_PASSWORD,
    LIVECHAT_AGENT_LOGINS_PER_MINUTE: 3000,
    // Tests close servers with pages still polling: no drain (shutdown.test.ts tests it on the real process).
    LIVECHAT_DRAIN_MS: 0,
    ...overrides,
  };
  const server = await createReferenceServer({
    config,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    store: store ?? (await MemoryStore.open({ retention: { events: config.LIVECHAT_RETENTION_EVENTS, ms: config.LIVECHAT_RETENTION_MS } })),
    checkContract: true,
    ...(clientDist !== undefined ? { clientDist } : {}),
    ...(faults !== undefined ? { faults } : {}),
  });
  const address = await server.app.listen({ host: '127.0.0.1', port: config.PORT });
  return { ...server, baseUrl: address, config };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
