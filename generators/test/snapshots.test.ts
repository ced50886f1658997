// Every generator target on tiny specs, one edge case each: fixtures/<case>/spec/ is the spec,
// fixtures/<case>/generated/<file>.snap what `npm run generate` makes of it. A generator change
// shows as a snapshot diff; review it, then accept it with `npx vitest run generators/test -u`.
// (.snap, so that neither tsc nor Biome reads the snapshots as sources.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesIn, generateAll } from '../generate.ts';

const fixturesDir = fileURLToPath(new URL('fixtures', import.meta.url));
/** hey-api's fetch client beside each SDK: the same whatever the spec, checked by generated/'s drift check, not per fixture. */
const sdkRuntime = /^sdk\/[^/]+\/(client|core)\//;
const fixtures = readdirSync(fixturesDir).sort();
const outputs = new Map(
  await Promise.all(fixtures.map(async (name) => [name, await generateAll(join(fixturesDir, name, 'spec'))] as const)),
);

describe.each(fixtures)('%s', (name) => {
  const files = new Map([...(outputs.get(name) ?? [])].filter(([path]) => !sdkRuntime.test(path)));
  const snapshotDir = join(fixturesDir, name, 'generated');

  it.each([...files.keys()])('%s', async (path) => {
    await expect(files.get(path)).toMatchFileSnapshot(join(snapshotDir, `${path}.snap`));
  });

  it('has no snapshot of a file the generators no longer make', async () => {
    const stale = (await filesIn(snapshotDir)).filter((file) => !files.has(file.replace(/\.snap$/, '')));
    expect(stale).toEqual([]);
  });
});
