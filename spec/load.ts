// Loads the contract for tests and generators: raw YAML files, and documents with their $refs resolved.
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, dereference, type FileInfo, type ParserOptions } from '@apidevtools/json-schema-ref-parser';
import { parse } from 'yaml';

/** spec/, or LIVECHAT_SPEC_DIR: tests point it at a broken copy to prove they can fail. */
export const specDir = process.env.LIVECHAT_SPEC_DIR ? resolve(process.env.LIVECHAT_SPEC_DIR) : dirname(fileURLToPath(import.meta.url));

/** The contract's documents, relative to spec/. */
export const documents = {
  openapi: 'openapi.yaml',
  asyncapi: 'asyncapi.yaml',
  agentOpenapi: 'agent/openapi.yaml',
  agentAsyncapi: 'agent/asyncapi.yaml',
} as const;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

// Every file is parsed by the `yaml` package (YAML 1.2), and only local files are resolved:
// a stray http(s) $ref fails here instead of being fetched.
const refParserOptions: ParserOptions = {
  parse: { yaml: { order: 100, canParse: ['.yaml', '.yml', '.json'], parse: (file: FileInfo) => parse(file.data.toString()) } },
  resolve: { http: false },
};

// Each loader takes the spec directory as its last argument (spec/ by default): the generators'
// tests run them on tiny specs of their own.

/** Every YAML file of spec/ with its parsed content, paths relative to spec/ (lint fixtures excluded). */
export function rawFiles(dir = specDir): { file: string; content: Json }[] {
  return globSync('**/*.yaml', { cwd: dir })
    .filter((file) => !file.startsWith('lint/fixtures/'))
    .sort()
    .map((file) => ({ file, content: parse(readFileSync(join(dir, file), 'utf8')) as Json }));
}

/** A document (path relative to spec/) with every $ref, external or internal, replaced by its target. */
export async function dereferenced(document: string, dir = specDir): Promise<JsonObject> {
  return (await dereference(join(dir, document), refParserOptions)) as JsonObject;
}

/** A document as one self-contained file: external files pulled in, internal refs kept. */
export async function bundled(document: string, dir = specDir): Promise<JsonObject> {
  return (await bundle(join(dir, document), refParserOptions)) as JsonObject;
}
