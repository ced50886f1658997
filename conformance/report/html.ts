// The run as one self-contained HTML page (report.html) to read in a browser, offline: no script,
// no external asset (a Content-Security-Policy forbids loading anything), styles inline. The
// header names the deployment, the verdict and exit code, the spec's and the suite's versions and
// hashes; a table gives each profile's counts; then every case of every profile with its grade,
// checks and contract breaches, and for a case that did not pass the frames it recorded - each
// HTTP exchange with its bodies, and the events of each stream. Cases that need reading (failed,
// non-strict, stale) are open. It is rendered from the redacted Report, and every piece of text -
// above all what the deployment answered - is escaped, so no answer can inject markup.
import type { Exchange } from '../suite/observer.ts';
import type { CaseResult, MessageCoverage } from '../suite/runner.ts';
import type { Report } from './json.ts';
import { markOf, profileVerdict, type Tally, tally } from './terminal.ts';

export function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Tagged template: every interpolated value is escaped unless it is already rendered markup. */
class Markup {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}
type Part = Markup | string | number | undefined | false | readonly Part[];
const render = (part: Part): string =>
  part instanceof Markup
    ? part.html
    : Array.isArray(part)
      ? part.map(render).join('')
      : part === undefined || part === false
        ? ''
        : htmlEscape(String(part));
function h(strings: TemplateStringsArray, ...values: Part[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i] as Part) : ''), ''));
}

const exitMeaning: Record<number, string> = {
  0: 'certified: every MUST of the chosen profiles passed',
  1: 'not certified: a MUST failed, the baseline is stale, or a message of a profile was exercised by no case',
  2: 'not certified: nothing failed, but some MUST could not be tested',
};
const gradeClass: Record<string, string> = {
  PASS: 'pass',
  WARN: 'warn',
  FAIL: 'fail',
  INFO: 'info',
  SKIP: 'skip',
  XFAIL: 'xfail',
  STALE: 'fail',
};
const verdictClass = { passed: 'pass', failed: 'fail', incomplete: 'skip' } as const;

/** A body as the deployment sent it, pretty-printed when it is JSON. */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function frame(exchange: Exchange, index: number, startedAt: number): Markup {
  const statusClass = exchange.status === undefined ? 'skip' : exchange.status >= 400 ? 'fail' : 'pass';
  return h`<li class="frame">
<div class="line"><span class="n">#${index + 1}</span> <span class="t">+${exchange.at - startedAt} ms</span> <b>${exchange.method}</b> <code>${exchange.url}</code> → <span class="status ${statusClass}">${exchange.status ?? 'no answer'}</span>${exchange.operation ? h` <span class="op">${exchange.operation}</span>` : ''}</div>
${exchange.request !== undefined ? h`<div class="body"><div class="label">request body</div><pre>${pretty(exchange.request)}</pre></div>` : ''}
${exchange.answer !== undefined ? h`<div class="body"><div class="label">answer body</div><pre>${pretty(exchange.answer)}</pre></div>` : ''}
${
  exchange.events !== undefined
    ? h`<div class="body"><div class="label">stream events (${exchange.events.length})</div><ol class="events">${exchange.events.map(
        (event) => h`<li><pre>${JSON.stringify(event, null, 2)}</pre></li>`,
      )}</ol></div>`
    : ''
}
</li>`;
}

function caseBlock(result: CaseResult, anchor: string): Markup {
  const mark = markOf(result);
  const open = mark === 'FAIL' || mark === 'WARN' || mark === 'STALE';
  const failedChecks = result.checks.filter((c) => !c.ok);
  const exchanges = result.exchanges ?? [];
  const startedAt = exchanges[0]?.at ?? 0;
  return h`<details class="case ${gradeClass[mark] ?? 'skip'}" id="${anchor}"${open ? new Markup(' open') : ''}>
<summary><span class="grade ${gradeClass[mark] ?? 'skip'}">${mark}</span> <span class="level">${result.level}</span> <code class="id">${result.id}</code> <span class="title">${result.title}</span>${failedChecks[0] ? h`<span class="why"> - ${failedChecks[0].message}</span>` : ''}</summary>
<div class="inner">
<p class="meta">Section of the document: <b>${result.section}</b> · grade: <b>${result.grade}</b> · covers: ${result.covers.map((c, i) => h`${i > 0 ? ', ' : ''}<code>${c}</code>`)} · ${result.ms} ms${result.implemented ? '' : ' · not implemented in this version of the suite'}</p>
${
  result.baseline
    ? h`<p class="baseline ${result.baseline.outcome === 'stale' ? 'fail' : 'xfail'}">${
        result.baseline.outcome === 'expected'
          ? 'Expected failure (baseline): '
          : result.baseline.outcome === 'stale'
            ? 'Stale baseline - the case passed but the baseline expects it to fail; remove it from the baseline. Reason given: '
            : 'In the baseline, not run this time: '
      }${result.baseline.reason}</p>`
    : ''
}
${result.reason !== undefined && !failedChecks.some((c) => c.message === result.reason) ? h`<p class="reason">${result.grade === 'not-testable' ? 'Not testable: ' : 'Stopped: '}${result.reason}</p>` : ''}
${
  result.checks.length > 0
    ? h`<h4>Checks</h4><ul class="checks">${result.checks.map(
        (c) =>
          h`<li class="${c.ok ? 'ok' : c.level === 'MUST' ? 'fail' : 'warn'}"><span class="lvl">${c.level}</span> <span class="res">${c.ok ? (c.level === 'INFO' ? 'found' : 'met') : 'NOT MET'}</span> ${c.message}</li>`,
      )}</ul>`
    : ''
}
${
  result.breaches.length > 0
    ? h`<h4>Contract breaches (${result.breaches.length})</h4><ul class="breaches">${result.breaches.map(
        (b) => h`<li><code>${b.where}</code>: ${b.problem}</li>`,
      )}</ul>`
    : ''
}
${exchanges.length > 0 ? h`<h4>Recorded frames (${exchanges.length})</h4><ol class="frames">${exchanges.map((e, i) => frame(e, i, startedAt))}</ol>` : ''}
</div>
</details>`;
}

const columns: { key: keyof Tally; label: string }[] = [
  { key: 'pass', label: 'pass' },
  { key: 'warn', label: 'non-strict' },
  { key: 'fail', label: 'fail' },
  { key: 'info', label: 'informational' },
  { key: 'skip', label: 'not testable' },
  { key: 'xfail', label: 'expected (baseline)' },
  { key: 'stale', label: 'stale (baseline)' },
];

export function htmlReport(report: Report): string {
  const profiles = report.profiles.filter((p) => report.results.some((r) => r.profile === p));
  const verdict = report.exitCode === 0 ? 'passed' : report.exitCode === 1 ? 'failed' : 'incomplete';
  let caseIndex = 0;
  const label = (profile: string) => {
    const alias = report.messageCoverage?.find((c) => c.caseProfile === profile)?.profile;
    return alias === undefined ? profile : `${alias} (${profile})`;
  };
  const sections = profiles.map((profile) => {
    const mine = report.results.filter((r) => r.profile === profile);
    const v = profileVerdict(mine, report.messageCoverage);
    const messages = report.messageCoverage?.find((c) => c.caseProfile === profile);
    return h`<section id="profile-${profile}"><h2>${label(profile)} <span class="verdict ${verdictClass[v]}">${v}</span></h2>
${messages ? messageTable(messages) : ''}
${mine.map((r) => caseBlock(r, `case-${++caseIndex}`))}
</section>`;
  });
  const summaryRows = profiles.map((profile) => {
    const mine = report.results.filter((r) => r.profile === profile);
    const counts = tally(mine);
    const v = profileVerdict(mine, report.messageCoverage);
    return h`<tr><th><a href="#profile-${profile}">${label(profile)}</a></th>${columns.map((c) => h`<td class="${counts[c.key] > 0 ? c.key : 'zero'}">${counts[c.key]}</td>`)}<td><span class="verdict ${verdictClass[v]}">${v}</span></td></tr>`;
  });
  const notImplemented = report.results.filter((r) => !r.implemented).length;
  return `<!doctype html>
${h`<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Conformance of ${report.baseUrl}: ${verdict}</title>
<style>${new Markup(css)}</style>
</head>
<body>
<header>
<h1>livechat-kit conformance report</h1>
<p class="headline"><span class="verdict big ${verdictClass[verdict]}">${verdict}</span> <code>${report.baseUrl}</code></p>
<dl>
<dt>Exit code</dt><dd>${report.exitCode} - ${exitMeaning[report.exitCode]}</dd>
<dt>Started</dt><dd>${report.startedAt}, ${report.results.length} cases in ${(report.ms / 1000).toFixed(1)} s</dd>
<dt>Spec</dt><dd>version <b>${report.specVersion}</b>, sha256 of spec/ <code>${report.specHash}</code></dd>
<dt>Suite</dt><dd>version <b>${report.suiteVersion}</b>, sha256 of conformance/ <code>${report.suiteHash}</code></dd>
<dt>Profiles</dt><dd>${report.profiles.join(', ')}</dd>
<dt>Seed</dt><dd><code>${String(report.seed)}</code> - <code>--seed ${String(report.seed)}</code> replays the generated requests</dd>
</dl>
${notImplemented > 0 ? h`<p class="note">${notImplemented} cases are not implemented in this version of the suite: reported as not testable, never as passed.</p>` : ''}
<p class="note">Secrets (access tokens, agent tokens, cookies, session ids) are replaced by &lt;redacted&gt;.</p>
</header>
<main>
<h2>Summary</h2>
<table class="summary"><thead><tr><th>profile</th>${columns.map((c) => h`<th>${c.label}</th>`)}<th>verdict</th></tr></thead>
<tbody>${summaryRows}</tbody></table>
<p class="legend">pass: every check met · non-strict: a SHOULD missed · fail: a MUST broken or a frame outside the contract · informational: behaviour the document leaves open, as found · not testable: a capability, driver or case the run does not have · expected: a failure the deployment's baseline lists · stale: a case of the baseline that passed.</p>
${sections}
</main>
</body>
</html>`}
`;
}

/** A message profile's messages, each with the cases that exercised it. */
function messageTable(c: MessageCoverage): Markup {
  const exercised = c.messages.filter((m) => m.cases.length > 0).length;
  const v = c.verdict === 'passed' ? 'pass' : c.verdict === 'failed' ? 'fail' : 'skip';
  return h`<p class="messages-line">profile ${c.profile}: ${exercised}/${c.messages.length} messages exercised <span class="verdict ${v}">${c.verdict}</span></p>
<table class="summary messages"><thead><tr><th>message</th><th>side</th><th>cases that exercised it</th></tr></thead>
<tbody>${c.messages.map((m) => h`<tr class="${m.cases.length > 0 ? 'pass' : 'fail'}"><th><code>${m.id}</code></th><td>${m.side} ${m.kind}</td><td class="${m.cases.length > 0 ? 'pass' : 'fail'}">${m.cases.length > 0 ? m.cases.join(', ') : 'none'}</td></tr>`)}</tbody></table>`;
}

const css = `
:root { color-scheme: light; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --info: #0969da; --skip: #6e7781; --xfail: #8250df; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1200px; padding: 16px 24px; color: #1f2328; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h4 { margin: 12px 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
code, pre { font: 12px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 6px 8px; margin: 2px 0; white-space: pre-wrap; word-break: break-all; max-height: 360px; overflow: auto; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; } dt { font-weight: 600; } dd { margin: 0; word-break: break-all; }
.note, .legend { color: #57606a; font-size: 13px; }
table.summary { border-collapse: collapse; } table.summary th, table.summary td { border: 1px solid #d0d7de; padding: 3px 10px; text-align: right; } table.summary th:first-child { text-align: left; }
table.messages td { text-align: left; } td.zero { color: #afb8c1; } td.pass { color: var(--pass); } td.warn { color: var(--warn); } td.fail, td.stale { color: var(--fail); font-weight: 700; } td.info { color: var(--info); } td.skip { color: var(--skip); } td.xfail { color: var(--xfail); }
.verdict, .grade { display: inline-block; border-radius: 3px; padding: 0 6px; color: #fff; font-size: 12px; font-weight: 700; text-transform: uppercase; }
.verdict.big { font-size: 16px; padding: 2px 10px; }
.pass.verdict, .grade.pass { background: var(--pass); } .fail.verdict, .grade.fail { background: var(--fail); } .grade.warn { background: var(--warn); }
.grade.info { background: var(--info); } .skip.verdict, .grade.skip { background: var(--skip); } .grade.xfail { background: var(--xfail); }
details.case { border: 1px solid #d0d7de; border-left-width: 4px; border-radius: 4px; margin: 4px 0; }
details.case.pass { border-left-color: var(--pass); } details.case.fail { border-left-color: var(--fail); } details.case.warn { border-left-color: var(--warn); }
details.case.info { border-left-color: var(--info); } details.case.skip { border-left-color: var(--skip); } details.case.xfail { border-left-color: var(--xfail); }
summary { cursor: pointer; padding: 4px 8px; } summary .grade { min-width: 40px; text-align: center; } .level { color: #57606a; font-size: 12px; } .why { color: #57606a; }
.inner { padding: 0 12px 10px; } .meta { color: #57606a; margin: 4px 0; }
.reason { font-weight: 600; } .baseline.xfail { color: var(--xfail); font-weight: 600; } .baseline.fail { color: var(--fail); font-weight: 600; }
ul.checks, ul.breaches { margin: 0; padding-left: 18px; } ul.checks li.fail, ul.breaches li { color: var(--fail); } ul.checks li.warn { color: var(--warn); }
.lvl { font: 11px ui-monospace, monospace; border: 1px solid currentColor; border-radius: 3px; padding: 0 3px; } .res { font-weight: 600; }
ol.frames { padding-left: 0; list-style: none; } li.frame { border-top: 1px dashed #d0d7de; padding: 6px 0; }
.line .n, .line .t { color: #57606a; font-size: 12px; } .status.pass { color: var(--pass); font-weight: 700; } .status.fail { color: var(--fail); font-weight: 700; } .op { color: var(--info); font-size: 12px; }
.body { margin: 4px 0 0 16px; } .label { font-size: 12px; color: #57606a; } ol.events { margin: 0; padding-left: 24px; }
`;
