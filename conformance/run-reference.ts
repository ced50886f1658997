// `npm run conformance`: starts the reference server on 127.0.0.1 (a free port, a temporary data
// directory, test conditions on, one origin listed for CORS), runs the suite against it with the built-in agent driver
// (--allowed-origin of that origin), stops the server, and
// exits with the suite's code. Extra arguments go to the suite (--profile, --report, --filter).
// LIVECHAT_TEST_FAULTS=<fault,...> runs it against a server broken on purpose (reference-server/faults.ts).
// `--store redis` keeps the server's state in a Redis of its own (redis-server on a free port of
// 127.0.0.1, a temporary directory); `--store redis://host:port` in that Redis (under a fresh key
// prefix). `--nodes 2` (with a Redis store) starts two servers on it and certifies them as one
// deployment: the suite's customers call node 1, its agent driver (and SetTestConditions) node 2.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceServer, type ReferenceServer } from '../reference-server/app.ts';
import { loadConfig } from '../reference-server/config.ts';
import { Faults } from '../reference-server/faults.ts';
import { type RedisServer, startRedisServer } from '../reference-server/test/redis-server.ts';
import { main } from './cli.ts';

/** The site the reference server lists for CORS, so that the cors:* cases check both kinds of origin. */
const ALLOWED_ORIGIN = 'https://www.example.com';

/** This script's own options (`--name value` or `--name=value`), taken out of the arguments; the rest go to the suite. */
function takeOption(argv: string[], name: string): string | undefined {
  const at = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const [arg] = argv.splice(at, 1);
  return arg?.includes('=') ? arg.slice(name.length + 3) : (argv.splice(at, 1)[0] ?? '');
}
const refuse = (message: string) => {
  console.error(message);
  process.exit(3);
};

const suiteArguments = process.argv.slice(2);
const store = takeOption(suiteArguments, 'store') ?? 'embedded';
if (store !== 'embedded' && store !== 'redis' && !/^rediss?:\/\//.test(store))
  refuse('--store takes embedded, redis (a redis-server of its own) or a redis:// URL');
const nodes = Number(takeOption(suiteArguments, 'nodes') ?? 1);
if (nodes !== 1 && nodes !== 2) refuse('--nodes takes 1 or 2');
if (nodes === 2 && store === 'embedded') refuse('--nodes 2 needs a shared store: --store redis (or a redis:// URL)');

let redis: RedisServer | undefined;
if (store === 'redis') redis = await startRedisServer();
const storeSettings =
  store === 'embedded'
    ? {}
    : { LIVECHAT_STORE: redis?.url ?? store, LIVECHAT_REDIS_PREFIX: `conformance-${randomBytes(6).toString('hex')}:` };
const dataDirs: string[] = [];
// The built-in agent driver logs in with the password this run gives the server (unless one is set).
process.env.LIVECHAT_AGENT_CREDENTIAL ||= randomBytes(18).toString('base64url');
const faults = Faults.parse(process.env.LIVECHAT_TEST_FAULTS);
const servers: ReferenceServer[] = [];
let code = 1;
try {
  const urls: string[] = [];
  for (let node = 0; node < nodes; node++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'livechat-conformance-'));
    dataDirs.push(dataDir);
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
      faults,
    });
    servers.push(server);
    urls.push(await server.app.listen({ host: '127.0.0.1', port: 0 }));
  }
  const [customerUrl = '', agentUrl = customerUrl] = urls;
  if (store !== 'embedded')
    console.log(
      `the server${nodes > 1 ? 's keep their' : ' keeps its'} state in Redis (${redis?.url ?? 'the given URL'}, prefix ${storeSettings.LIVECHAT_REDIS_PREFIX})` +
        (nodes > 1 ? `: customers on node 1 (${customerUrl}), the agent driver on node 2 (${agentUrl})` : ''),
    );
  code = await main(['--base-url', customerUrl, '--agent-base-url', agentUrl, '--allowed-origin', ALLOWED_ORIGIN, ...suiteArguments]);
} finally {
  for (const server of servers) await server.close();
  for (const dataDir of dataDirs) await rm(dataDir, { recursive: true, force: true });
  await redis?.remove();
}
process.exit(code);
