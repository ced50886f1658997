// Shared steps of the published packages' builds (client, conformance, spec, mock-server; each
// package's `prepack`): the bundle's bare imports held to the package's dependencies, and .d.ts
// files emitted by tsc with import paths a consumer's TypeScript resolves.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';

/** The npm package a bare import names ('@scope/name/sub' -> '@scope/name'); undefined for a node: builtin. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The npm packages the outputs of a bundle import at run time (its externals). */
export function importedPackages(metafile: Metafile): string[] {
  const names = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const { path, external } of output.imports) {
      const name = external && !path.startsWith('.') ? packageOf(path) : undefined;
      if (name !== undefined) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * Throws unless the packages a bundle imports are exactly the package's `dependencies` - none
 * missing (the installed package would fail to start), none unused - apart from `usedOtherwise`
 * (a dependency the code resolves or spawns rather than imports).
 */
export function checkDependencies(metafile: Metafile, packageDir: string, usedOtherwise: string[] = []): void {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const declared = Object.keys(manifest.dependencies ?? {});
  const imported = importedPackages(metafile);
  const missing = [...imported, ...usedOtherwise].filter((name) => !declared.includes(name));
  const unused = declared.filter((name) => !imported.includes(name) && !usedOtherwise.includes(name));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(
      `${manifest.name}: dependencies do not match what the bundle imports (missing: ${missing.join(', ') || 'none'}; unused: ${unused.join(', ') || 'none'})`,
    );
  }
}

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Runs tsc on a declarations-only tsconfig, then rewrites the `.ts` of relative import paths to
 * `.js`: the sources import each other by `.ts` (allowImportingTsExtensions), which tsc keeps in
 * .d.ts files, and `./x.js` is what every consumer's module resolution maps to `./x.d.ts`.
 */
export function emitDeclarations(tsconfig: string, outDir: string): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', tsconfig], { stdio: 'inherit' });
  for (const file of filesUnder(outDir).filter((name) => name.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    const rewritten = text.replace(/((?:from |import\()['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
    if (rewritten !== text) writeFileSync(file, rewritten);
  }
}
