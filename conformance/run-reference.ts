// `npm run conformance`: starts the reference server on 127.0.0.1 (a free port, a temporary data
// directory, test conditions on, one origin listed for CORS), runs the suite against it with the built-in agent driver
// (--allowed-origin of that origin), stops the server, and
// exits with the suite's code. Extra arguments go to the suite (--profile, --report, --filter).
// LIVECHAT_TEST_FAULTS=<fault,...> runs it against a server broken on purpose (reference-server/faults.ts).
// `--store redis` keeps the server's state in a Redis of its own (redis-server on a free port of
// 127.0.0.1, a temporary directory); `--store redis://host:port` in that Redis (under a fresh key prefix).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceServer } from '../reference-server/app.ts';
import { loadConfig } from '../reference-server/config.ts';
import { Faults } from '../reference-server/faults.ts';
import { type RedisServer, startRedisServer } from '../reference-server/test/redis-server.ts';
import { main } from './cli.ts';

/** The site the reference server lists for CORS, so that the cors:* cases check both kinds of origin. */
const ALLOWED_ORIGIN = 'https://www.example.com';

/** `--store <embedded|redis|redis://...>` is this script's; every other argument goes to the suite. */
function takeStoreArgument(argv: string[]): { store: string; rest: string[] } {
  const rest = [...argv];
  const at = rest.findIndex((arg) => arg === '--store' || arg.startsWith('--store='));
  if (at < 0) return { store: 'embedded', rest };
  const [arg] = rest.splice(at, 1);
  const store = arg?.includes('=') ? arg.slice('--store='.length) : (rest.splice(at, 1)[0] ?? '');
  if (store !== 'embedded' && store !== 'redis' && !/^rediss?:\/\//.test(store)) {
    console.error('--store takes embedded, redis (a redis-server of its own) or a redis:// URL');
    process.exit(3);
  }
  return { store, rest };
}

const { store, rest: suiteArguments } = takeStoreArgument(process.argv.slice(2));
let redis: RedisServer | undefined;
if (store === 'redis') redis = await startRedisServer();
const storeSettings =
  store === 'embedded'
    ? {}
    : { LIVECHAT_STORE: redis?.url ?? store, LIVECHAT_REDIS_PREFIX: `conformance-${randomBytes(6).toString('hex')}:` };
const dataDir = await mkdtemp(join(tmpdir(), 'livechat-conformance-'));
// The built-in agent driver logs in with the password this run gives the server (unless one is set).
process.env.LIVECHAT_AGENT_CREDENTIAL ||= randomBytes(18).toString('base64url');
const server = await createReferenceServer({
  config: {
    ...loadConfig({}),
    LOG_LEVEL: 'warn',
    LIVECHAT_DATA_DIR: dataDir,
    LIVECHAT_DRAIN_MS: 0,
    LIVECHAT_TEST_CONDITIONS: true,
    LIVECHAT_AGENT_SECRET: process.env.LIVECHAT_AGENT_CREDENTIAL,
    // The suite logs a CSO in for each case that needs one: hundreds a minute from one address.
    LIVECHAT_AGENT_LOGINS_PER_MINUTE: 3000,
    LIVECHAT_ALLOWED_ORIGINS: [ALLOWED_ORIGIN],
    ...storeSettings,
  },
  faults: Faults.parse(process.env.LIVECHAT_TEST_FAULTS),
});
let code = 1;
try {
  const baseUrl = await server.app.listen({ host: '127.0.0.1', port: 0 });
  if (store !== 'embedded')
    console.log(`the server keeps its state in Redis (${redis?.url ?? 'the given URL'}, prefix ${storeSettings.LIVECHAT_REDIS_PREFIX})`);
  code = await main(['--base-url', baseUrl, '--allowed-origin', ALLOWED_ORIGIN, ...suiteArguments]);
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  await redis?.remove();
}
process.exit(code);
