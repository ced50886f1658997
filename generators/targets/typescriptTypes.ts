// TypeScript types of the contract, by openapi-typescript: the HTTP surface from openapi.yaml, and
// the event payloads and client-only configurations through a small OpenAPI document made of them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, stringToAST } from 'openapi-typescript';
import type ts from 'typescript';
import type { Contract } from '../lib/contract.ts';
import type { GeneratedFile } from '../lib/output.ts';

/** x-livechat-callback holds a TypeScript function type that JSON Schema cannot express. */
function callbackType(schema: object): ts.TypeNode | undefined {
  const signature = (schema as { 'x-livechat-callback'?: unknown })['x-livechat-callback'];
  if (typeof signature !== 'string') return undefined;
  const [alias] = stringToAST(`type Callback = ${signature};`) as ts.TypeAliasDeclaration[];
  return alias?.type;
}

export async function httpTypes(contract: Contract): Promise<GeneratedFile> {
  const ast = await openapiTS(pathToFileURL(join(contract.specDir, 'openapi.yaml')), { transform: callbackType, alphabetize: false });
  return { path: 'http/openapi.ts', source: 'spec/openapi.yaml', content: astToString(ast) };
}

export async function eventTypes(contract: Contract): Promise<GeneratedFile> {
  const schemas: Record<string, unknown> = Object.fromEntries(contract.messages.map((m) => [m.name, m.payload]));
  for (const fn of contract.clientOnly) {
    for (const param of fn.signature) schemas[`${fn.name}_${param.name}`] = param.schema;
  }
  const document = { openapi: '3.1.0', info: { title: 'events', version: '1' }, paths: {}, components: { schemas } };
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { transform: callbackType, alphabetize: false });
  return { path: 'events/types.ts', source: 'spec/asyncapi.yaml', content: astToString(ast) };
}
