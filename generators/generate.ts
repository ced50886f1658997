// npm run generate: rebuilds generated/ from spec/. Deterministic; `npm test` fails when the
// checked-in generated/ differs from a fresh run.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from './lib/contract.ts';
import { filesIn } from './lib/files.ts';
import { type GeneratedFile, withHeader } from './lib/output.ts';
import { conformanceCases } from './targets/cases.ts';
import { mockReactions } from './targets/mock.ts';
import { messageProfiles } from './targets/profiles.ts';
import { sdks } from './targets/sdk.ts';
import { surfaceTypes } from './targets/surface.ts';
import { agentTables, classFields, clientTables, codesTable, eventsTable, operationsTable } from './targets/tables.ts';
import { agentTypes, eventTypes, httpTypes } from './targets/typescriptTypes.ts';
import { validators } from './targets/validators.ts';

export { filesIn };

export const generatedDir = fileURLToPath(new URL('../generated', import.meta.url));

/** Every file of generated/ for the spec in specDir (spec/ by default), path and full content, in a stable order. */
export async function generateAll(specDir?: string): Promise<Map<string, string>> {
  const contract = await loadContract(specDir);
  const files: GeneratedFile[] = [
    await httpTypes(contract),
    await eventTypes(contract),
    operationsTable(contract),
    eventsTable(contract),
    codesTable(contract),
    classFields(contract),
    clientTables(contract),
    surfaceTypes(contract),
    validators(contract),
    conformanceCases(contract),
    messageProfiles(contract),
    mockReactions(contract),
    ...(await sdks(contract)),
    ...(contract.agent ? [...(await agentTypes(contract, contract.agent)), ...agentTables(contract.agent)] : []),
  ];
  files.push(readme(files));
  return new Map(files.sort((a, b) => a.path.localeCompare(b.path)).map((f) => [f.path, withHeader(f)]));
}

/** generated/README.md: what is here and how it is made. */
function readme(files: GeneratedFile[]): GeneratedFile {
  // An SDK is one row: its folder, as hey-api lays it out.
  const sdkFolder = (path: string) => /^sdk\/[^/]+\//.exec(path)?.[0];
  const listed = new Map(files.map((f) => [sdkFolder(f.path) ?? f.path, f.source]));
  const rows = [...listed].map(([path, source]) => `| \`${path}\` | ${source} |`).join('\n');
  const content = `# generated/

Code generated from \`spec/\` by \`npm run generate\` (\`generators/generate.ts\`). Never edit it: change
\`spec/\` or \`generators/\` and regenerate. Generation is deterministic, and \`npm test\` fails when
this folder differs from a fresh generation.

| File | Generated from |
|---|---|
${rows}

## Validators

\`createValidators()\` (\`validators.ts\`) gives the validator of a key, compiled on first use. A key exists
only where the operation has that part (\`key in schemaRefs\`):

| Key | Validates |
|---|---|
| \`request:<operationId>\` | The JSON request body. |
| \`params:<operationId>\` | The path parameters, \`{ sid }\`: those and no others. |
| \`query:<operationId>\` | The parsed query string, \`{ page, after }\`: required ones present, others allowed. |
| \`headers:<operationId>\` | The header parameters (not the cookie or \`Livechat-Token\`), names in lower case as Node gives them; others allowed. |
| \`response:<operationId>:<status>\` | A JSON answer, problems included. |
| \`event:<message>\` | An event's payload. |

The agent test interface's keys are the same with \`agent-\` in front: \`agent-request:agentLogin\`,
\`agent-params:acceptChat\`, \`agent-query:openAgentEventStream\`, \`agent-response:acceptChat:200\`,
\`agent-event:ChatQueued\`.

Path, query and header values arrive as strings. The \`params:\`, \`query:\` and \`headers:\` validators
convert them to their schemas' types in place (Ajv \`coerceTypes\`, in an Ajv instance of their own, so that
a JSON body with \`"12"\` for a number stays invalid): validate the object the framework parsed, then read
typed values from it. \`query:openEventStream\` turns \`{ page, after: '12' }\` into \`{ page, after: 12 }\`
and refuses \`after: 'abc'\`, \`after: '-1'\` and a repeated \`after\` (an array), so bad input answers
InvalidRequest instead of reaching the handler.

## SDKs

\`sdk/customer/\` (the customer API) and \`sdk/agent/\` (the agent test interface) are typed Node SDKs made
by @hey-api/openapi-ts: one function per operation, named after its operationId, with the operation's
\`path\`, \`query\` and \`body\` typed, answering \`{ data, error, response }\` - \`error\` a \`Problem\` whose
\`code\` is the contract's \`ErrorCode\`. Types are named after the schemas' titles (\`Session\`, \`Problem\`,
\`OnEchoEvent\`). hey-api's fetch client is written beside each (\`client/\`, \`core/\`): nothing to
install. Give each caller a client of its own, with a cookie jar where the API sets a cookie:

\`\`\`ts
const client = createClient({ baseUrl, fetch: makeFetchCookie(fetch, new CookieJar()), auth: () => token });
const { data, error, response } = await acceptChat({ client, path: { sid } });
\`\`\`

\`conformance/agent-driver/http-driver.ts\` drives the agent interface this way. The browser's
\`livechat.js\` keeps its own small transport (the bundle's size goal).
`;
  return { path: 'README.md', source: 'spec/', content };
}

async function main(): Promise<void> {
  const files = await generateAll();
  await rm(generatedDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    await mkdir(dirname(join(generatedDir, path)), { recursive: true });
    await writeFile(join(generatedDir, path), content);
  }
  console.log(`generated/: ${files.size} files`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
