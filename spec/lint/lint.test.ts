// The contract lints clean, and each of our own lint rules catches what it is meant to catch.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type SpectralResult = { code: string; severity: number; message: string; source: string; path: string[] };

function lint(...files: string[]): SpectralResult[] {
  try {
    const out = execFileSync('npx', ['spectral', 'lint', '--format', 'json', '--quiet', '--fail-severity', 'hint', ...files], {
      encoding: 'utf8',
    });
    return JSON.parse(out || '[]') as SpectralResult[];
  } catch (error) {
    const { stdout } = error as { stdout: string };
    return JSON.parse(stdout) as SpectralResult[];
  }
}

const ourRules = Object.keys((parse(readFileSync('.spectral.yaml', 'utf8')) as { rules: Record<string, unknown> }).rules).filter((r) =>
  r.startsWith('livechat-'),
);

describe('spectral', () => {
  it('finds nothing in the contract, not even a hint', () => {
    const results = lint('spec/openapi.yaml', 'spec/asyncapi.yaml', 'spec/agent/openapi.yaml', 'spec/agent/asyncapi.yaml');
    expect(results.map((r) => `${r.source}: ${r.code} ${r.message} at ${r.path.join('.')}`)).toEqual([]);
  }, 60_000);

  it('fires every one of our rules on the broken fixtures', () => {
    const fired = new Set(lint('spec/lint/fixtures/broken-openapi.yaml', 'spec/lint/fixtures/broken-asyncapi.yaml').map((r) => r.code));
    expect(ourRules.length).toBeGreaterThanOrEqual(13);
    expect(ourRules.filter((rule) => !fired.has(rule))).toEqual([]);
  }, 60_000);
});
