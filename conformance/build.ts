// Builds the package @livechat-kit/conformance (its prepack): the suite and its CLI as one ES
// module for plain Node (dist/cli.mjs, no tsx), the npm packages it uses left as imports of the
// package's dependencies, and dist/provenance.json - the version and hashes of the spec and suite
// it was built from, which the reports show (report/json.ts); and the agent driver's types
// (dist/types/, the export "./agent-driver") for partners who write their own driver.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { checkDependencies, emitDeclarations } from '../generators/lib/packaging.ts';
import { repositoryProvenance } from './report/json.ts';

const here = (path: string) => new URL(path, import.meta.url).pathname;

export async function buildConformance(): Promise<void> {
  rmSync(here('dist/'), { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { cli: here('cli.ts') },
    outdir: here('dist/'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  checkDependencies(metafile, here('.'));
  writeFileSync(here('dist/provenance.json'), `${JSON.stringify(await repositoryProvenance(), null, 2)}\n`);
  emitDeclarations(here('tsconfig.types.json'), here('dist/types/'));
}

if (process.argv[1] === here('build.ts')) await buildConformance();
