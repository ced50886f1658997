// The run as one JSON file - every case with every check and breach - with the versions and
// hashes of the spec and the suite, so a report names exactly what certified what. Secrets (the
// access and agent tokens, cookies, session ids) are redacted from everything (report/redact.ts);
// the JUnit and HTML reports are rendered from the same redacted Report.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { exitCodeOf, type RunResult } from '../suite/runner.ts';
import { redactDeep } from './redact.ts';

const root = join(import.meta.dirname, '..', '..');

/** sha256 over the files of a folder (names and bytes, sorted; built output and installed packages left out), for the report's provenance. */
export async function folderHash(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\](dist|node_modules)[/\\]/.test(relative(root, file)));
  for (const file of files.sort()) {
    hash.update(relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

export type Provenance = { suiteVersion: string; specVersion: string; specHash: string; suiteHash: string };

/** The provenance of the repository's spec/ and conformance/ as they are now. */
export async function repositoryProvenance(): Promise<Provenance> {
  const pkg = JSON.parse(await readFile(join(root, 'conformance', 'package.json'), 'utf8')) as { version: string };
  const openapi = await readFile(join(root, 'spec', 'openapi.yaml'), 'utf8');
  return {
    suiteVersion: pkg.version,
    specVersion: /^\s*version:\s*(.+)$/m.exec(openapi)?.[1]?.trim() ?? 'unknown',
    specHash: await folderHash('spec'),
    suiteHash: await folderHash('conformance'),
  };
}

/** The published package's (provenance.json beside the bundle, written by conformance/build.ts from the commit it was built from), else the repository's. */
export async function provenance(): Promise<Provenance> {
  const recorded = await readFile(join(import.meta.dirname, 'provenance.json'), 'utf8').catch(() => undefined);
  return recorded === undefined ? repositoryProvenance() : (JSON.parse(recorded) as Provenance);
}

/** What every report shows: provenance, the run's exit code, and the run with its secrets redacted. */
export type Report = Provenance & RunResult & { exitCode: 0 | 1 | 2 };

export async function buildReport(run: RunResult): Promise<Report> {
  return redactDeep({ ...(await provenance()), exitCode: exitCodeOf(run), ...run });
}

export function jsonReport(report: Report): string {
  return JSON.stringify(report, null, 2);
}
