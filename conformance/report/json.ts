// The run as one JSON file - every case with every check and breach - with the versions and
// hashes of the spec and the suite, so a report names exactly what certified what. Secrets (the
// access and agent tokens, cookies) are redacted from recorded exchanges.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RunResult } from '../suite/runner.ts';

const root = join(import.meta.dirname, '..', '..');

/** sha256 over the files of a folder (names and bytes, sorted), for the report's provenance. */
export async function folderHash(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  for (const file of files.sort()) {
    hash.update(relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

const SECRET = /\b(tk|atk|as|bs)_[A-Za-z0-9_-]{16,}/g;
export const redact = (text: string) => text.replace(SECRET, (_m, prefix: string) => `${prefix}_<redacted>`);

export async function provenance() {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const openapi = await readFile(join(root, 'spec', 'openapi.yaml'), 'utf8');
  return {
    suiteVersion: pkg.version,
    specVersion: /^\s*version:\s*(.+)$/m.exec(openapi)?.[1]?.trim() ?? 'unknown',
    specHash: await folderHash('spec'),
    suiteHash: await folderHash('conformance'),
  };
}

export async function jsonReport(run: RunResult): Promise<string> {
  return redact(JSON.stringify({ ...(await provenance()), ...run }, null, 2));
}
