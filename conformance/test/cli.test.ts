// The command: `npx livechat-conformance` from the repository (the bin of conformance/package.json, a JS launcher
// that runs the TypeScript through tsx on the project's Node 24), its usage errors, and --report
// writing the three reports.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../reference-server/test/harness.ts';
import { main } from '../cli.ts';
import { coverage, coverageExitCode } from '../suite/coverage.ts';

const root = join(import.meta.dirname, '..', '..');
const launcher = join(root, 'conformance', 'bin', 'livechat-conformance.js');

describe('the livechat-conformance command', () => {
  it('is the bin of the conformance package, and npx runs it from the repository on Node 24', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'conformance', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['livechat-conformance']).toBe('bin/livechat-conformance.js');
    const npx = spawnSync('npx', ['livechat-conformance', '--help'], { cwd: join(root, 'conformance'), encoding: 'utf8' });
    expect(npx.stderr).toBe('');
    expect(npx.status).toBe(0);
    expect(npx.stdout).toMatch(/^usage: livechat-conformance --base-url <url>/);
    // npx puts node_modules/.bin first on the PATH, where the `node` devDependency is Node 24.
    expect(spawnSync('npx', ['-c', 'node --version'], { cwd: root, encoding: 'utf8' }).stdout).toMatch(/^v24\./);
  }, 30_000);

  it('hands over to the project’s Node 24 when started on an older Node', () => {
    const older = '/usr/bin/node';
    if (!existsSync(older)) return;
    const spawned = spawnSync(older, [launcher, '--coverage'], { encoding: 'utf8' });
    expect(spawned.stdout).toContain('Cases and the spec elements they cover');
    expect(spawned.status).toBe(coverageExitCode(coverage()));
  }, 30_000);

  it('answers bad usage with exit code 3', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([])).toBe(3);
      expect(await main(['--base-url', 'chat.example.com'])).toBe(3);
      expect(await main(['--base-url', 'http://127.0.0.1:9', '--profile', 'nope'])).toBe(3);
      expect(await main(['--base-url', 'http://127.0.0.1:9', '--unknown-flag'])).toBe(3);
    } finally {
      error.mockRestore();
    }
  });
});

describe('--report', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer();
    dir = await mkdtemp(join(tmpdir(), 'livechat-report-'));
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes report.json, report.xml and report.html', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main(['--base-url', server.baseUrl, '--filter', '^operation:(getStatus|getAccessToken)$', '--report', dir])).toBe(0);
    } finally {
      log.mockRestore();
    }
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as {
      exitCode: number;
      results: { id: string; grade: string }[];
    };
    expect(json.exitCode).toBe(0);
    expect(json.results.map((r) => [r.id, r.grade])).toEqual([
      ['operation:getStatus', 'pass'],
      ['operation:getAccessToken', 'pass'],
    ]);
    expect(await readFile(join(dir, 'report.xml'), 'utf8')).toMatch(/<testsuite name="core" tests="2" failures="0" errors="0" skipped="0"/);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<code class="id">operation:getAccessToken</code>');
  });
});
