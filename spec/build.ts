// Builds the package @livechat-kit/spec (its prepack): each document of the contract as one
// self-contained file in spec/dist/, JSON and YAML, for partners' own generators. External files
// are pulled in by json-schema-ref-parser (spec/load.ts's `bundled`); the AsyncAPI documents are
// then parsed by @asyncapi/parser, and the build fails on any error it reports.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { parse, stringify } from 'yaml';
import { bundled, documents, type Json, specDir } from './load.ts';

/**
 * Puts back the root document's own internal $refs where the bundle shortened them: the ref
 * parser points a ref at the end of a chain of refs, but AsyncAPI 3.0 wants an operation's
 * messages to point into its channel (#/channels/x/messages/y), not at #/components/messages/y.
 */
export function restoreInternalRefs(original: Json, bundle: Json): void {
  if (original === null || bundle === null || typeof original !== 'object' || typeof bundle !== 'object') return;
  if (Array.isArray(original) !== Array.isArray(bundle)) return;
  const from = original as Record<string, Json>;
  const to = bundle as Record<string, Json>;
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#') && typeof to.$ref === 'string') to.$ref = value;
    else if (key in to) restoreInternalRefs(value as Json, to[key] as Json);
  }
}

/** Writes dist/<document>.json and .yaml for each of the four documents; returns the files written. */
export async function buildSpec(outDir = join(specDir, 'dist')): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  const written: string[] = [];
  for (const document of Object.values(documents)) {
    const bundle = await bundled(document);
    restoreInternalRefs(parse(readFileSync(join(specDir, document), 'utf8')) as Json, bundle);
    if ('asyncapi' in bundle) {
      const { diagnostics } = await new Parser().parse(JSON.stringify(bundle));
      const errors = diagnostics.filter((d) => d.severity === 0);
      if (errors.length > 0)
        throw new Error(
          `${document} bundled is not valid AsyncAPI:\n${errors.map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`).join('\n')}`,
        );
    }
    const base = join(outDir, document.replace(/\.yaml$/, ''));
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.json`, `${JSON.stringify(bundle, null, 2)}\n`);
    writeFileSync(`${base}.yaml`, stringify(bundle, { lineWidth: 0, aliasDuplicateObjects: false }));
    written.push(`${base}.json`, `${base}.yaml`);
  }
  return written;
}

if (process.argv[1] === new URL(import.meta.url).pathname) console.log((await buildSpec()).join('\n'));
