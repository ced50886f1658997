// The run as JUnit XML (report.xml) for CI test reporters: one <testsuite> per profile, one
// <testcase> per case, named by its id (stable across runs, so history lines up), classname the
// profile. The mapping keeps the XML's red/green in step with the exit code:
//   fail                  → <failure type="fail"> with the broken checks, the breaches and the reason
//   non-strict            → passed, with <property name="warning"> per missed SHOULD and the same
//                           lines in <system-out> - a missed SHOULD does not fail a certification,
//                           and a <failure> would turn every CI reporter red for it
//   not-testable          → <skipped message="the reason">
//   informational         → passed, what was found in <system-out>
//   expected (baseline)   → <skipped type="expected-failure"> with the baseline's reason (as pytest's xfail)
//   stale (baseline)      → <failure type="stale-baseline">: the case passed, the baseline must lose it
// A message profile (av, cobrowse) adds a <testcase name="messages:<profile>"> to its profile's
// suite: a <failure> when a message of its part of the spec was exercised by no case, <skipped>
// when that could not be checked, and every message with its cases as properties.
// Every case carries properties: grade, level, section, title, covers. Text is escaped, and
// characters XML 1.0 cannot hold are dropped.
import type { Check } from '../suite/checks.ts';
import type { CaseResult, MessageCoverage } from '../suite/runner.ts';
import type { Report } from './json.ts';
import { tally } from './terminal.ts';

/** Whether XML 1.0 can hold a character: tab, newline, carriage return and the rest but controls, lone surrogates, U+FFFE/U+FFFF. */
const xmlChar = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;

/** The text with each character XML cannot hold replaced by U+FFFD (iterating by code point, so pairs stay whole). */
const xmlSafe = (text: string) => Array.from(text, (ch) => (xmlChar(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD')).join('');

export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const attrs = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlEscape(String(value)).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')}"`)
    .join('');
const property = (name: string, value: string) => `<property${attrs({ name, value })}/>`;
const checkLine = (c: Check) => `${c.ok ? 'ok' : 'NOT MET'} ${c.level}: ${c.message}`;

/** What a case found, as lines: every check, every breach, the reason it stopped. */
function details(result: CaseResult): string[] {
  return [
    `${result.level} ${result.id} - ${result.title} (${result.section})`,
    ...result.checks.map(checkLine),
    ...result.breaches.map((b) => `contract breach at ${b.where}: ${b.problem}`),
    ...(result.reason !== undefined ? [`stopped: ${result.reason}`] : []),
    ...(result.exchanges?.length ? [`${result.exchanges.length} recorded frames: see report.html or report.json`] : []),
  ];
}

function firstProblem(result: CaseResult): string {
  return result.checks.find((c) => !c.ok)?.message ?? result.breaches[0]?.problem ?? result.reason ?? result.grade;
}

function testcase(result: CaseResult): string {
  const properties = [
    property('grade', result.grade),
    property('level', result.level),
    property('section', result.section),
    property('title', result.title),
    property('covers', result.covers.join(' ')),
    ...(result.baseline ? [property('baseline', `${result.baseline.outcome}: ${result.baseline.reason}`)] : []),
    ...(result.grade === 'non-strict' && result.baseline === undefined
      ? [
          ...result.checks.filter((c) => !c.ok).map((c) => property('warning', c.message)),
          ...result.breaches.map((b) => property('warning', b.problem)),
        ]
      : []),
  ];
  const body: string[] = [`<properties>${properties.join('')}</properties>`];
  const text = details(result).join('\n');
  if (result.baseline?.outcome === 'expected') {
    body.push(`<skipped${attrs({ type: 'expected-failure', message: `expected failure (baseline): ${result.baseline.reason}` })}/>`);
    body.push(`<system-out>${xmlEscape(text)}</system-out>`);
  } else if (result.baseline?.outcome === 'stale') {
    const message = `stale baseline: the case ${result.grade === 'informational' ? 'ran without failing' : 'passed'}, but the baseline expects it to fail (${result.baseline.reason}) - remove it from the baseline`;
    body.push(`<failure${attrs({ type: 'stale-baseline', message })}>${xmlEscape(text)}</failure>`);
  } else if (result.grade === 'fail') {
    body.push(`<failure${attrs({ type: 'fail', message: firstProblem(result) })}>${xmlEscape(text)}</failure>`);
  } else if (result.grade === 'not-testable') {
    body.push(`<skipped${attrs({ message: result.reason ?? 'not testable' })}/>`);
  } else if (result.grade === 'non-strict') {
    body.push(`<system-out>${xmlEscape(`WARNING (non-strict: a SHOULD missed): ${firstProblem(result)}\n${text}`)}</system-out>`);
  } else if (result.grade === 'informational') {
    body.push(`<system-out>${xmlEscape(`INFORMATIONAL:\n${text}`)}</system-out>`);
  }
  const head = attrs({ name: result.id, classname: result.profile, time: (result.ms / 1000).toFixed(3) });
  return `    <testcase${head}>\n      ${body.join('\n      ')}\n    </testcase>`;
}

/** The message coverage of a message profile as one testcase. */
function messagesTestcase(c: MessageCoverage): string {
  const missing = c.messages.filter((m) => m.cases.length === 0);
  const line = `profile ${c.profile}: ${c.messages.length - missing.length}/${c.messages.length} messages exercised`;
  const properties = c.messages.map((m) => property(m.id, m.cases.join(' ') || 'none'));
  const text = [line, ...missing.map((m) => `not exercised: ${m.id}`)].join('\n');
  const body = [`<properties>${properties.join('')}</properties>`];
  if (c.verdict === 'failed') body.push(`<failure${attrs({ type: 'messages-not-exercised', message: line })}>${xmlEscape(text)}</failure>`);
  else if (c.verdict !== 'passed') body.push(`<skipped${attrs({ message: `${line} (${c.verdict})` })}/>`);
  body.push(`<system-out>${xmlEscape(text)}</system-out>`);
  return `    <testcase${attrs({ name: `messages:${c.profile}`, classname: c.caseProfile, time: '0.000' })}>\n      ${body.join('\n      ')}\n    </testcase>`;
}

export function junitReport(report: Report): string {
  const suites: string[] = [];
  const runProperties = [
    property('baseUrl', report.baseUrl),
    property('specVersion', report.specVersion),
    property('specHash', report.specHash),
    property('suiteVersion', report.suiteVersion),
    property('suiteHash', report.suiteHash),
    property('exitCode', String(report.exitCode)),
    property('seed', String(report.seed)),
  ].join('');
  for (const profile of report.profiles) {
    const mine = report.results.filter((r) => r.profile === profile);
    if (mine.length === 0) continue;
    const counts = tally(mine);
    const messages = report.messageCoverage?.find((c) => c.caseProfile === profile);
    const extra = messages ? [messagesTestcase(messages)] : [];
    const head = attrs({
      name: profile,
      tests: mine.length + extra.length,
      failures: counts.fail + counts.stale + (messages?.verdict === 'failed' ? 1 : 0),
      errors: 0,
      skipped: counts.skip + counts.xfail + (messages && messages.verdict !== 'passed' && messages.verdict !== 'failed' ? 1 : 0),
      time: (mine.reduce((ms, r) => ms + r.ms, 0) / 1000).toFixed(3),
      timestamp: report.startedAt.replace(/Z$/, ''),
    });
    suites.push(
      `  <testsuite${head}>\n    <properties>${runProperties}</properties>\n${[...mine.map(testcase), ...extra].join('\n')}\n  </testsuite>`,
    );
  }
  const total = tally(report.results);
  const coverage = report.messageCoverage ?? [];
  const head = attrs({
    name: `livechat-kit conformance ${report.suiteVersion} - ${report.baseUrl}`,
    tests: report.results.length + coverage.length,
    failures: total.fail + total.stale + coverage.filter((c) => c.verdict === 'failed').length,
    errors: 0,
    skipped: total.skip + total.xfail + coverage.filter((c) => c.verdict === 'incomplete' || c.verdict === 'not-checked').length,
    time: (report.ms / 1000).toFixed(3),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${head}>\n${suites.join('\n')}\n</testsuites>\n`;
}
