// The published packages as a partner gets them: every workspace packed by `npm pack` (its prepack
// builds it) from a copy of the repository (test-support/packed-workspaces.ts: once per test run),
// the four tarballs installed into an empty folder (from npm's cache where it can), and used
// there - the client imported and type-checked by a consumer's own tsc and run on the machine's
// Node, `npx livechat-conformance` certifying a reference server on 127.0.0.1, `livechat-mock`
// answering the status check, the contract read as single files.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './mock-server/prism.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from './reference-server/test/harness.ts';
import {
  commandEnv as env,
  installTarballs,
  type PackageName,
  packedWorkspaces,
  sh,
  workspaces,
} from './test-support/packed-workspaces.ts';

const root = import.meta.dirname;

let work: string;
let consumer: string;
let tarballs: Record<PackageName, string>;

beforeAll(async () => {
  ({ tarballs } = await packedWorkspaces());
  work = await mkdtemp(join(tmpdir(), 'livechat-packages-'));
  consumer = join(work, 'consumer');
  await installTarballs(consumer, Object.values(tarballs));
}, 600_000);

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('the tarballs', () => {
  it('are one for each workspace, with the built files and without tests, fixtures or TypeScript sources', async () => {
    expect(Object.keys(tarballs).sort()).toEqual(Object.values(workspaces).sort());
    const contents: Record<string, string[]> = {};
    for (const [name, file] of Object.entries(tarballs)) {
      contents[name] = (await sh('tar', ['tzf', file], work)).stdout.split('\n').filter(Boolean);
      const unwanted = contents[name].filter((path) => /\.test\.|fixtures|\.ci\/|(?<!\.d)\.ts$|\.sse$/.test(path));
      expect(unwanted, name).toEqual([]);
    }
    expect(contents['livechat-kit']).toEqual(
      expect.arrayContaining([
        'package/dist/livechat.js',
        'package/dist/livechat.mjs',
        'package/dist/node.mjs',
        'package/dist/types/client/src/index.d.ts',
        'package/dist/types/client/src/node/browser.d.ts',
      ]),
    );
    expect(contents['@livechat-kit/conformance']).toEqual(
      expect.arrayContaining(['package/bin/livechat-conformance.js', 'package/dist/cli.mjs']),
    );
    expect(contents['@livechat-kit/spec']).toEqual(
      expect.arrayContaining([
        'package/dist/openapi.json',
        'package/dist/openapi.yaml',
        'package/dist/asyncapi.json',
        'package/dist/asyncapi.yaml',
      ]),
    );
  });

  it("support the Node their engines say: every installed dependency's engines include the package's range", async () => {
    type Tree = { name?: string; version?: string; path?: string; dependencies?: Record<string, Tree> };
    const { stdout } = await sh('npm', ['ls', '--all', '--long', '--json'], consumer);
    const tree = JSON.parse(stdout) as Tree;
    const refused: string[] = [];
    let checked = 0;
    for (const name of Object.values(workspaces)) {
      const top = tree.dependencies?.[name];
      const range = (JSON.parse(readFileSync(join(top?.path ?? '', 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines
        ?.node;
      if (range === undefined) continue;
      const seen = new Set<string>();
      const visit = (node: Tree) => {
        for (const dependency of Object.values(node.dependencies ?? {})) {
          if (dependency.path === undefined || seen.has(dependency.path)) continue;
          seen.add(dependency.path);
          const engines = (JSON.parse(readFileSync(join(dependency.path, 'package.json'), 'utf8')) as { engines?: { node?: string } })
            .engines?.node;
          if (engines !== undefined && !semver.subset(range, engines))
            refused.push(`${name} (node ${range}): ${dependency.name}@${dependency.version} needs ${engines}`);
          visit(dependency);
        }
      };
      if (top !== undefined) visit(top);
      checked += seen.size;
    }
    expect(checked).toBeGreaterThan(100); // the walk reached the dependencies (Prism's alone are hundreds)
    expect(refused).toEqual([]);
  });
});

it("@livechat-kit/conformance/agent-driver: a partner's own agent driver type-checks against the package's types", async () => {
  writeFileSync(
    join(consumer, 'driver.ts'),
    `import type { AgentDriver, AgentDriverModule, AgentDriverOptions, AgentSession } from '@livechat-kit/conformance/agent-driver';
export const createAgentDriver: AgentDriverModule['createAgentDriver'] = (options: AgentDriverOptions): AgentDriver => ({
  login: async (agentId: string, name: string): Promise<AgentSession> => {
    throw new Error(\`log \${name} (\${agentId}) in at \${options.baseUrl}\`);
  },
});
export const ready = (session: AgentSession) => session.call('agentReady', { body: { ready: true } });
// @ts-expect-error no such agent operation: the operations are the agent contract's, not any string
export const wrong = (session: AgentSession) => session.call('NoSuchOperation');
`,
  );
  writeFileSync(join(consumer, 'tsconfig.driver.json'), JSON.stringify(tsconfig(['driver.ts'], [])));
  await expect(tsc(['-p', 'tsconfig.driver.json'])).resolves.toBeDefined();
});

describe('livechat-kit (the client)', () => {
  it("type-checks a consumer's browser code against the package's own declarations, without Node's types", async () => {
    writeFileSync(
      join(consumer, 'browser.ts'),
      `import { type ClientOptions, CustomerDetails, createLivechat, LivechatError, type SurfaceOptions } from 'livechat-kit';
const options: SurfaceOptions & ClientOptions = { baseUrl: 'https://chat.example.com' };
export const livechat = createLivechat(options);
livechat.OnEcho = (msg) => console.log(msg.length);
export const multi = createLivechat({ variant: 'multi' });
export const details = new CustomerDetails();
export const isError = (error: unknown): boolean => error instanceof LivechatError && error.code.length > 0;
// @ts-expect-error the document has no such function: the types are the surface's, not any
livechat.NoSuchFunction();
`,
    );
    writeFileSync(join(consumer, 'tsconfig.browser.json'), JSON.stringify(tsconfig(['browser.ts'], [])));
    await expect(tsc(['-p', 'tsconfig.browser.json'])).resolves.toBeDefined();
  });

  describe('with a reference server', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ LIVECHAT_TEST_CONDITIONS: true });
    });
    afterAll(async () => {
      await server?.close();
    });

    it("runs SimulatedBrowser ('livechat-kit/node') on the machine's Node and on the project's, one LivechatError for both entries", async () => {
      writeFileSync(
        join(consumer, 'node.ts'),
        `import { LivechatError } from 'livechat-kit';
import { SimulatedBrowser } from 'livechat-kit/node';

const browser = new SimulatedBrowser({ baseUrl: process.argv[2] ?? '' });
const page = browser.newPage();
const token: string = await page.client.getAccessToken();
const refused = await page.client.sendMessage('no chat yet').then(
  () => 'accepted',
  (error: unknown) => (error instanceof LivechatError ? error.code : \`not a LivechatError: \${String(error)}\`),
);
browser.close();
console.log(JSON.stringify({ token: token.length > 0, refused, cookies: browser.jar.getCookiesSync(\`\${process.argv[2]}/tetherfi/livechat/\`).length }));
`,
      );
      writeFileSync(join(consumer, 'tsconfig.node.json'), JSON.stringify(tsconfig(['node.ts'], ['node'])));
      await tsc(['-p', 'tsconfig.node.json']);
      for (const node of new Set([machineNode(), process.execPath])) {
        const { stdout } = await sh(node, ['out/node.js', server.baseUrl], consumer);
        expect(JSON.parse(stdout), node).toEqual({ token: true, refused: expect.stringMatching(/^[A-Z]\w+$/), cookies: 1 });
      }
    });

    it('npx livechat-conformance runs from the installed package without tsx and certifies the server', async () => {
      expect(existsSync(join(consumer, 'node_modules', 'tsx'))).toBe(false);
      const help = await sh('npx', ['livechat-conformance', '--help'], consumer);
      expect(help.stdout).toContain('usage: livechat-conformance');
      const reports = join(work, 'reports');
      const certified = await sh(
        'npx',
        [
          'livechat-conformance',
          '--base-url',
          server.baseUrl,
          '--agent-credential',
          TEST_AGENT_PASSWORD,
          '--seed',
          '20261128',
          '--report',
          reports,
        ],
        consumer,
      );
      expect(certified.stdout).toContain('certified: every MUST case');
      const report = JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8')) as {
        exitCode: number;
        suiteVersion: string;
        specHash: string;
      };
      // The provenance is the commit the package was built from (dist/provenance.json), not the consumer's folder.
      expect(report).toMatchObject({ exitCode: 0, suiteVersion: '0.1.0', specHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }, 300_000);
  });
});

it('livechat-mock (the mock as a command) answers the status check, serves livechat.js and a partner’s --static pages, allows a listed origin, and stops on SIGTERM', async () => {
  const port = await freePort();
  const site = join(consumer, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<title>partner page</title>');
  const mock = spawn(process.execPath, [join(consumer, 'node_modules', '.bin', 'livechat-mock'), '--static', site], {
    cwd: consumer,
    env: { ...env, PORT: String(port), LIVECHAT_ALLOWED_ORIGINS: 'http://127.0.0.1:8000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  mock.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  mock.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => mock.once('exit', resolve));
  try {
    const started = Date.now();
    while (!output.includes('mock server on') && mock.exitCode === null && Date.now() - started < 90_000)
      await new Promise((r) => setTimeout(r, 200));
    expect(output).toContain(`mock server on http://127.0.0.1:${port}`);
    const status = await fetch(`http://127.0.0.1:${port}/tetherfi/livechat/status`);
    expect(status.status).toBe(200);
    expect(await status.text()).toMatch(/ONLINE/);
    const script = await fetch(`http://127.0.0.1:${port}/tetherfi/livechat/livechat.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(1000);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('<title>partner page</title>');
    const token = await fetch(`http://127.0.0.1:${port}/tetherfi/livechat/access-token`, {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:8000' },
    });
    expect(token.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8000');
  } finally {
    mock.kill('SIGTERM');
    await exited;
  }
  expect(mock.exitCode).toBe(0);
}, 120_000);

it('@livechat-kit/spec: each document one self-contained file, JSON and YAML, the AsyncAPI ones valid for @asyncapi/parser', async () => {
  const resolve = createRequire(join(consumer, 'package.json')).resolve;
  for (const document of ['openapi', 'asyncapi', 'agent/openapi', 'agent/asyncapi']) {
    const json = readFileSync(resolve(`@livechat-kit/spec/${document}.json`), 'utf8');
    const refs = [...json.matchAll(/"\$ref": "([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(refs.length, document).toBeGreaterThan(0);
    expect(
      refs.filter((ref) => !ref.startsWith('#/')),
      document,
    ).toEqual([]);
    const yaml = readFileSync(resolve(`@livechat-kit/spec/${document}.yaml`), 'utf8');
    if (document.endsWith('asyncapi')) {
      for (const text of [json, yaml]) {
        const { document: parsed, diagnostics } = await new Parser().parse(text);
        expect(
          diagnostics.filter((d) => d.severity === 0).map((d) => `${d.code}: ${d.message}`),
          document,
        ).toEqual([]);
        expect(parsed?.version()).toBe('3.0.0');
      }
    } else {
      expect(JSON.parse(json).openapi).toMatch(/^3\.1\./);
    }
  }
});

/** A consumer's tsconfig: strict, NodeNext, the package's .d.ts checked too (no skipLibCheck). */
function tsconfig(files: string[], types: string[]) {
  return {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: false,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types,
      // Node's types from the project (a Node consumer has its own @types/node).
      typeRoots: [join(root, 'node_modules', '@types')],
      outDir: 'out',
    },
    files,
  };
}

/** The project's TypeScript on the consumer's folder; rejects with tsc's output when it finds errors. */
async function tsc(args: string[]) {
  return sh(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), ...args], consumer).catch(
    (error: { stdout?: string }) => {
      throw new Error(`tsc failed:\n${error.stdout ?? String(error)}`);
    },
  );
}

/** The machine's own Node (first on the PATH outside node_modules; Node 20 here), else this one. */
function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir.includes('node_modules') && existsSync(join(dir, 'node'))) return join(dir, 'node');
  }
  return process.execPath;
}
