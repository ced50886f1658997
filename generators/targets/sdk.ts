// Typed Node SDKs by @hey-api/openapi-ts: generated/sdk/customer/ from spec/openapi.yaml and
// generated/sdk/agent/ from spec/agent/openapi.yaml - one function per operation, its request and
// answers typed (problems as Problem, whose `code` is the contract's ErrorCode), over hey-api's
// fetch client, which it writes beside them (client/, core/), so that nothing more is installed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { dereferenced, documents } from '../../spec/load.ts';
import type { Contract } from '../lib/contract.ts';
import { filesIn } from '../lib/files.ts';
import { withNamedSchemas } from '../lib/named-schemas.ts';
import type { GeneratedFile } from '../lib/output.ts';

/**
 * hey-api's fetch client (client/, core/, the same for every spec) does not compile under our
 * exactOptionalPropertyTypes (hey-api/hey-api#2363, open): TypeScript skips its bodies, and still
 * reads its types. The SDK functions and types made from the spec (sdk.gen.ts, types.gen.ts) are checked.
 */
const uncheckedRuntime = /^(client|core)\//;

/** One SDK: hey-api writes to a folder of its own, read back here so that generate.ts writes every file. */
async function sdk(contract: Contract, document: string, name: string): Promise<GeneratedFile[]> {
  const input = withNamedSchemas(await dereferenced(document, contract.specDir));
  const dir = await mkdtemp(join(tmpdir(), `livechat-sdk-${name}-`));
  try {
    await createClient({
      input: input as Record<string, unknown>,
      output: { path: dir, header: () => null, module: { extension: '.ts' }, tsConfigPath: null },
      logs: { level: 'silent', file: false },
      plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
    });
    const files = await filesIn(dir);
    return Promise.all(
      files.map(async (file) => {
        const content = await readFile(join(dir, file), 'utf8');
        return {
          path: `sdk/${name}/${file}`,
          source: `spec/${document}`,
          content: uncheckedRuntime.test(file) ? `// @ts-nocheck\n${content}` : content,
        };
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function sdks(contract: Contract): Promise<GeneratedFile[]> {
  return [
    ...(await sdk(contract, documents.openapi, 'customer')),
    ...(contract.agent ? await sdk(contract, documents.agentOpenapi, 'agent') : []),
  ];
}
