// livechat-conformance: certify a deployment at a base URL against the contract.
//   livechat-conformance --base-url https://chat.example.com [--profile core --profile files ...]
//     [--agent-driver ./driver.ts | --no-agent] [--report out/] [--filter <regex>]
// Exit code: 0 every MUST of the chosen profiles passed; 1 a MUST failed; 2 none failed but some
// could not be tested (not certified); 3 bad usage.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AgentDriverModule } from './agent-driver/driver.ts';
import { createAgentDriver } from './agent-driver/http-driver.ts';
import { jsonReport } from './report/json.ts';
import { progressLine, summary } from './report/terminal.ts';
import { exitCodeOf, type Profile, profiles, runSuite } from './suite/runner.ts';

const usage = `usage: livechat-conformance --base-url <url> [--profile <name>]... [--agent-driver <module> | --no-agent]
                            [--report <dir>] [--filter <regex>]
profiles: ${profiles.join(', ')}`;

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 3;
  }
  const { values } = args;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const baseUrl = values['base-url']?.replace(/\/+$/, '');
  if (baseUrl === undefined || !/^https?:\/\/[^/]+$/.test(baseUrl)) {
    console.error(`--base-url must be scheme://host[:port]\n${usage}`);
    return 3;
  }
  const unknown = (values.profile ?? []).filter((p) => !profiles.includes(p as Profile));
  if (unknown.length > 0) {
    console.error(`unknown profile(s): ${unknown.join(', ')}\n${usage}`);
    return 3;
  }
  const driverModule = values['agent-driver'];
  const driver = values['no-agent']
    ? undefined
    : driverModule !== undefined
      ? async (fetch: typeof globalThis.fetch) =>
          ((await import(pathToFileURL(resolve(driverModule)).href)) as AgentDriverModule).createAgentDriver({ baseUrl, fetch })
      : (fetch: typeof globalThis.fetch) => createAgentDriver({ baseUrl, fetch });

  const run = await runSuite({
    baseUrl,
    ...(values.profile ? { profiles: values.profile as Profile[] } : {}),
    ...(driver ? { driver } : {}),
    ...(values.filter ? { filter: new RegExp(values.filter) } : {}),
    onCase: (result, index, total) => console.log(progressLine(result, index, total)),
  });
  console.log(summary(run));
  if (values.report !== undefined) {
    await mkdir(values.report, { recursive: true });
    await writeFile(resolve(values.report, 'report.json'), await jsonReport(run));
    console.log(`\nreport written to ${values.report}/report.json`);
  }
  return exitCodeOf(run);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      'base-url': { type: 'string' },
      profile: { type: 'string', multiple: true },
      'agent-driver': { type: 'string' },
      'no-agent': { type: 'boolean' },
      report: { type: 'string' },
      filter: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

if (process.argv[1] === import.meta.filename) process.exitCode = await main(process.argv.slice(2));
