// generated/ is what `npm run generate` makes of spec/ today: deterministic, marked, and checked in.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, generateAll, generatedDir } from './generate.ts';

const fresh = await generateAll();

describe('npm run generate', () => {
  it('gives the same bytes twice', async () => {
    expect(await generateAll()).toEqual(fresh);
  }, 60_000);

  it('marks every file as generated, on its first line', () => {
    for (const [path, content] of fresh) {
      expect(content.split('\n')[0], path).toMatch(/^(\/\/|<!--) generated from spec\/.* do not edit/);
    }
  });

  it('matches the checked-in generated/ (else run `npm run generate` and commit the result)', async () => {
    const onDisk = await filesIn(generatedDir);
    const stale = onDisk.filter((path) => !fresh.has(path));
    const missing = [...fresh.keys()].filter((path) => !onDisk.includes(path));
    const changed: string[] = [];
    for (const path of onDisk.filter((p) => fresh.has(p))) {
      if ((await readFile(join(generatedDir, path), 'utf8')) !== fresh.get(path)) changed.push(path);
    }
    expect({ stale, missing, changed }, 'generated/ is out of date: run `npm run generate` and commit generated/').toEqual({
      stale: [],
      missing: [],
      changed: [],
    });
  });
});
