// TypeScript types of the contract, by openapi-typescript: the HTTP surface from openapi.yaml (and
// agent/openapi.yaml), and the event payloads and client-only configurations through a small
// OpenAPI document made of them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, stringToAST } from 'openapi-typescript';
import type ts from 'typescript';
import { documents } from '../../spec/load.ts';
import type { Contract } from '../lib/contract.ts';
import type { GeneratedFile } from '../lib/output.ts';

/** x-livechat-callback holds a TypeScript function type that JSON Schema cannot express. */
function callbackType(schema: object): ts.TypeNode | undefined {
  const signature = (schema as { 'x-livechat-callback'?: unknown })['x-livechat-callback'];
  if (typeof signature !== 'string') return undefined;
  const [alias] = stringToAST(`type Callback = ${signature};`) as ts.TypeAliasDeclaration[];
  return alias?.type;
}

/** An OpenAPI document of spec/ as types. */
async function documentTypes(specDir: string, document: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(join(specDir, document)), { transform: callbackType, alphabetize: false });
  return astToString(ast);
}

/** Schemas as types, through an OpenAPI document made of them: components['schemas'][name]. */
async function schemaTypes(schemas: Record<string, unknown>): Promise<string> {
  const document = { openapi: '3.1.0', info: { title: 'events', version: '1' }, paths: {}, components: { schemas } };
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { transform: callbackType, alphabetize: false });
  return astToString(ast);
}

export async function httpTypes(contract: Contract): Promise<GeneratedFile> {
  return { path: 'http/openapi.ts', source: 'spec/openapi.yaml', content: await documentTypes(contract.specDir, documents.openapi) };
}

export async function eventTypes(contract: Contract): Promise<GeneratedFile> {
  const schemas: Record<string, unknown> = Object.fromEntries(contract.messages.map((m) => [m.name, m.payload]));
  for (const fn of contract.clientOnly) {
    for (const param of fn.signature) schemas[`${fn.name}_${param.name}`] = param.schema;
  }
  return { path: 'events/types.ts', source: 'spec/asyncapi.yaml', content: await schemaTypes(schemas) };
}

/** The agent test interface's HTTP types and event payload types. */
export async function agentTypes(contract: Contract, agent: NonNullable<Contract['agent']>): Promise<GeneratedFile[]> {
  const payloads = Object.fromEntries(agent.messages.map((m) => [m.name, m.payload]));
  return [
    { path: 'agent/openapi.ts', source: 'spec/agent/openapi.yaml', content: await documentTypes(contract.specDir, documents.agentOpenapi) },
    { path: 'agent/event-types.ts', source: 'spec/agent/asyncapi.yaml', content: await schemaTypes(payloads) },
  ];
}
