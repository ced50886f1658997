// livechat-conformance: certify a deployment at a base URL against the contract.
//   livechat-conformance --base-url https://chat.example.com [--profile core --profile files,av ...]
//     [--agent-driver ./driver.ts | --no-agent] [--agent-credential <password>] [--report out/] [--filter <regex>] [--baseline expected.yaml] [--seed n]
//     [--allowed-origin https://www.example.com] [--agent-base-url https://agents.example.com]
//   livechat-conformance --coverage
// Exit code: 0 every MUST of the chosen profiles passed (or failed as the baseline expects); 1 a
// MUST failed, the baseline is stale or a message of a message profile (av, cobrowse) was
// exercised by no case; 2 none failed but some could not be tested (not
// certified); 3 bad usage. --coverage: 0 every spec element has a case, 1 some have none.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AgentDriverModule } from './agent-driver/driver.ts';
import { createAgentDriver } from './agent-driver/http-driver.ts';
import { htmlReport } from './report/html.ts';
import { buildReport, jsonReport } from './report/json.ts';
import { junitReport } from './report/junit.ts';
import { redact } from './report/redact.ts';
import { progressLine, summary, verdictLine } from './report/terminal.ts';
import { type Baseline, BaselineError, loadBaseline } from './suite/baseline.ts';
import { coverage, coverageExitCode, coverageText } from './suite/coverage.ts';
import { messageProfiles } from './suite/profiles.ts';
import { exitCodeOf, type ProfileName, profileNames, profiles, runSuite } from './suite/runner.ts';

const usage = `usage: livechat-conformance --base-url <url> [--profile <name>]... [--agent-driver <module> | --no-agent]
                            [--agent-credential <password>] [--report <dir>] [--filter <regex>] [--baseline <file>] [--seed <n>] [--allowed-origin <origin>]
                            [--agent-base-url <url>]
       livechat-conformance --coverage
  --agent-credential the agent password the agent driver logs in with (better: the LIVECHAT_AGENT_CREDENTIAL
                     environment variable, which no process list shows); never written to a report
  --report <dir>     writes report.json, report.xml (JUnit) and report.html there
  --baseline <file>  the deployment's expected failures (YAML or JSON: case-id: reason)
  --seed <n>         the seed of the generated requests (input:* cases), as a run prints it, to replay them
  --profile <name>   only the cases of these profiles (repeatable, or a comma list); all by default
  --allowed-origin <origin>  an origin (scheme://host[:port]) the deployment lists for CORS; the cors:* cases check
                     that it gets exactly itself with credentials (left out: the deployment is same-origin only)
  --agent-base-url <url>  where the agent driver calls the agent interface, when not at --base-url (another node
                     or host of the same deployment: a deployment of several nodes, certified across them)
  --coverage         lists what each case covers and the spec elements without a case
exit codes: 0 certified (every MUST of the chosen profiles passed); 1 failed (a MUST failed, the baseline is stale or a
  message of av / cobrowse was exercised by no case); 2 not certified (none failed, but some MUST could not be tested); 3 bad usage
test conditions: cases of states no customer or CSO can bring about (a captcha, a full queue, a short session-end timer,
  the deployment unavailable...) ask for them through SetTestConditions of spec/agent/openapi.yaml; a deployment that
  does not offer them (NotFound) leaves those cases not testable, and the run exits 2 - README "Test conditions"
profiles: ${profiles.join(', ')}
message profiles: ${messageProfiles.join(', ')} - the audio/video and co-browse signaling profiles by their spec tags; a run of
  one also checks that every message of its part of the spec (customer and agent operations and events) was exercised`;

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
  if (values.coverage) {
    const found = coverage();
    console.log(coverageText(found));
    return coverageExitCode(found);
  }
  const baseUrl = values['base-url']?.replace(/\/+$/, '');
  if (baseUrl === undefined || !/^https?:\/\/[^/]+$/.test(baseUrl)) {
    console.error(`--base-url must be scheme://host[:port]\n${usage}`);
    return 3;
  }
  const chosen = values.profile?.flatMap((p) => p.split(',').map((name) => name.trim())).filter(Boolean);
  const unknown = (chosen ?? []).filter((p) => !profileNames.includes(p as ProfileName));
  if (unknown.length > 0) {
    console.error(`unknown profile(s): ${unknown.join(', ')}\n${usage}`);
    return 3;
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isSafeInteger(seed) && seed >= 0 && seed < 2 ** 31)) {
    console.error(`--seed must be an integer from 0 to ${2 ** 31 - 1}\n${usage}`);
    return 3;
  }
  const allowedOrigin = values['allowed-origin'];
  if (allowedOrigin !== undefined && !/^https?:\/\/[^/]+$/.test(allowedOrigin)) {
    console.error(`--allowed-origin must be scheme://host[:port]\n${usage}`);
    return 3;
  }
  let baseline: Baseline | undefined;
  if (values.baseline !== undefined) {
    try {
      baseline = await loadBaseline(values.baseline);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      console.error(error.message);
      return 3;
    }
  }
  const agentBaseUrl = values['agent-base-url']?.replace(/\/+$/, '') ?? baseUrl;
  if (!/^https?:\/\/[^/]+$/.test(agentBaseUrl)) {
    console.error(`--agent-base-url must be scheme://host[:port]\n${usage}`);
    return 3;
  }
  const driverModule = values['agent-driver'];
  const credential = values['agent-credential'] ?? (process.env.LIVECHAT_AGENT_CREDENTIAL || undefined);
  const driverOptions = (fetch: typeof globalThis.fetch) => ({
    baseUrl: agentBaseUrl,
    fetch,
    ...(credential !== undefined ? { credential } : {}),
  });
  const driver = values['no-agent']
    ? undefined
    : driverModule !== undefined
      ? async (fetch: typeof globalThis.fetch) =>
          ((await import(pathToFileURL(resolve(driverModule)).href)) as AgentDriverModule).createAgentDriver(driverOptions(fetch))
      : (fetch: typeof globalThis.fetch) => createAgentDriver(driverOptions(fetch));

  const run = await runSuite({
    baseUrl,
    ...(chosen ? { profiles: chosen as ProfileName[] } : {}),
    ...(driver ? { driver } : {}),
    ...(values.filter ? { filter: new RegExp(values.filter) } : {}),
    ...(baseline ? { baseline } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(allowedOrigin !== undefined ? { declared: { allowedOrigin } } : {}),
    onCase: (result, index, total) => console.log(redact(progressLine(result, index, total))),
  });
  console.log(redact(summary(run)));
  if (values.report !== undefined) {
    const files = await writeReports(values.report, run);
    console.log(`\nreports written: ${files.join(', ')}`);
  }
  const code = exitCodeOf(run);
  console.log(`\n${verdictLine(run, code)}`);
  return code;
}

/** report.json, report.xml (JUnit) and report.html in `dir`, all from the same redacted report. */
export async function writeReports(dir: string, run: Parameters<typeof buildReport>[0]): Promise<string[]> {
  const report = await buildReport(run);
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['report.json', jsonReport(report)],
    ['report.xml', junitReport(report)],
    ['report.html', htmlReport(report)],
  ];
  for (const [name, content] of files) await writeFile(resolve(dir, name), content);
  return files.map(([name]) => resolve(dir, name));
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      'base-url': { type: 'string' },
      profile: { type: 'string', multiple: true },
      'agent-driver': { type: 'string' },
      'no-agent': { type: 'boolean' },
      'agent-credential': { type: 'string' },
      report: { type: 'string' },
      filter: { type: 'string' },
      baseline: { type: 'string' },
      seed: { type: 'string' },
      'allowed-origin': { type: 'string' },
      'agent-base-url': { type: 'string' },
      coverage: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

if (process.argv[1] === import.meta.filename) process.exitCode = await main(process.argv.slice(2));
