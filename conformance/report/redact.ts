// Secrets never leave a run in a report: access tokens, agent tokens, cookies and session ids are
// replaced wherever they appear - as fields of a recorded body or event, inside a body kept as
// text (even a truncated one), in a URL or a message - whatever their format, because another
// deployment's tokens need not look like the reference server's. Two passes: first every value
// found under a secret's name (or in a cookie, or of a known token shape) is collected, then
// each is replaced everywhere it occurs.
//
// Chat ids (sid) are no secret - a call naming one needs its browser session's cookie and token -
// but they name customers' conversations in the deployment's own systems and logs. They are
// replaced by a pseudonym, `<sid:1a2b3c4d>`, the same for one chat wherever it appears in a run
// (terminal, reports), so the exchanges and events of a failing case can still be followed.
import { createHash, randomBytes } from 'node:crypto';

const MARK = '<redacted>';

/** Field and header names whose values are secrets (pAccessToken, token, Livechat-Agent-Token, Set-Cookie, …). */
const SECRET_NAME = /token|secret|password|passwd|cookie|authorization|api[-_]?key|^session[-_]?id$|^sessionid$/i;
/** Names that contain one of those words but carry no secret. */
const NOT_SECRET = /^(with|has|is|needs?)[A-Z]|Invalid$|Disabled$|Required$/;
/** The reference server's secrets and ids by shape: browser sessions, access tokens, agent sessions and tokens. */
const KNOWN_SHAPE = /\b(tk|atk|as|bs)_[A-Za-z0-9_-]{16,}/g;
/** `"name": "value"` inside JSON kept as text. */
const JSON_PAIR = /"([^"\\]{1,64})"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
/** Cookies and secret headers written as text: `LIVECHAT_SESSION=…`, `Cookie: …`, `Livechat-Token: …`. */
const COOKIE_PAIR = /\b(LIVECHAT_[A-Z_]+)=([^;,\s"'&]+)/g;
const HEADER_TOKEN = /\b(livechat-token|livechat-agent-token|authorization)(\s*:\s*(?:(?:Bearer|Basic)\s+)?)([A-Za-z0-9._~+/=-]{8,})/gi;
const HEADER_COOKIE = /\b((?:set-)?cookie\s*:\s*[^\s=;"']+)=([^;\s"']+)/gi;
/** Credentials in a URL (https://user:password@host). */
const URL_USERINFO = /\b(https?:\/\/)[^/\s@"']+@/gi;

/** Where chat ids are: fields named sid (Resync's ended lists them too), `/chats/<sid>` in a path, the reference server's shape. */
const SID_NAME = /^(sid|ended)$/;
const SID_VALUE = /^[A-Za-z0-9_-]{8,64}$/;
const SID_IN_PATH = /\/chats\/([A-Za-z0-9_-]{8,64})(?=[/?#"'\s]|$)/g;
const SID_SHAPE = /\bc_[A-Za-z0-9_-]{16,}/g;
/** The run's key of the pseudonyms: one chat's pseudonym is the same throughout a run, and says nothing of its id. */
const PSEUDONYM_KEY = randomBytes(16);
const pseudonym = (sid: string) => `<sid:${createHash('sha256').update(PSEUDONYM_KEY).update(sid).digest('hex').slice(0, 8)}>`;

const COOKIE_ATTRIBUTE = /^(path|domain|expires|max-age|samesite|secure|httponly|priority|partitioned)$/i;
const isSecretName = (name: string) => SECRET_NAME.test(name) && !NOT_SECRET.test(name);

/** A run (or anything JSON-like) with every secret in it replaced, and every chat id by its pseudonym; the input is not changed. */
export function redactDeep<T>(value: T): T {
  const secrets = new Set<string>();
  const sids = new Set<string>();
  collect(value, secrets, sids);
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...secrets].filter((s) => s.length >= 8).sort((a, b) => b.length - a.length);
  const chats = [...sids].filter((sid) => !secrets.has(sid)).sort((a, b) => b.length - a.length);
  return replace(value, ordered, chats) as T;
}

/** One text with its secrets replaced (those it names itself, and those of known shape). */
export function redact(text: string): string {
  return redactDeep(text);
}

function collect(value: unknown, into: Set<string>, sids: Set<string>, name?: string): void {
  if (typeof value === 'string') {
    if (name !== undefined && isSecretName(name)) addSecret(value, into);
    if (name !== undefined && SID_NAME.test(name) && SID_VALUE.test(value)) sids.add(value);
    collectFromText(value, into, sids);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into, sids, name);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(item, into, sids, key);
  }
}

function addSecret(value: string, into: Set<string>): void {
  // A cookie header holds name=value pairs: the values are the secrets, the whole line too.
  into.add(value);
  for (const part of value.split(/;\s*|,\s*(?=[^;=\s]+=)/)) {
    const eq = part.indexOf('=');
    if (eq > 0 && !COOKIE_ATTRIBUTE.test(part.slice(0, eq).trim())) into.add(part.slice(eq + 1).trim());
  }
  const bearer = /^(?:Bearer|Basic)\s+(\S+)$/i.exec(value);
  if (bearer?.[1]) into.add(bearer[1]);
}

function collectFromText(text: string, into: Set<string>, sids: Set<string>): void {
  for (const [, sid] of text.matchAll(SID_IN_PATH)) if (sid) sids.add(sid);
  for (const [, key, raw] of text.matchAll(JSON_PAIR)) {
    if (key !== undefined && raw !== undefined && SID_NAME.test(key) && SID_VALUE.test(raw)) sids.add(raw);
    if (key === undefined || raw === undefined || !isSecretName(key)) continue;
    into.add(raw);
    try {
      addSecret(JSON.parse(`"${raw}"`) as string, into);
    } catch {
      // A truncated escape: the raw text is enough.
    }
  }
  for (const [, , secret] of text.matchAll(COOKIE_PAIR)) if (secret) into.add(secret);
  for (const [, , , secret] of text.matchAll(HEADER_TOKEN)) if (secret) into.add(secret);
  for (const [, , secret] of text.matchAll(HEADER_COOKIE)) if (secret) into.add(secret);
}

function replace(value: unknown, secrets: string[], sids: string[], name?: string): unknown {
  if (typeof value === 'string') {
    if (name !== undefined && isSecretName(name) && value.length > 0) return MARK;
    return redactText(value, secrets, sids);
  }
  if (Array.isArray(value)) return value.map((item) => replace(item, secrets, sids, name));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replace(item, secrets, sids, key)]));
  return value;
}

function redactText(text: string, secrets: string[], sids: string[]): string {
  let out = text
    .replace(KNOWN_SHAPE, (_m, prefix: string) => `${prefix}_${MARK}`)
    .replace(URL_USERINFO, `$1${MARK}@`)
    .replace(COOKIE_PAIR, (_m, cookie: string) => `${cookie}=${MARK}`)
    .replace(HEADER_TOKEN, (_m, header: string, sep: string) => `${header}${sep}${MARK}`)
    .replace(HEADER_COOKIE, (_m, cookie: string) => `${cookie}=${MARK}`)
    .replace(JSON_PAIR, (pair, key: string, raw: string) => (isSecretName(key) && raw !== '' ? `"${key}":"${MARK}"` : pair));
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MARK);
  for (const sid of sids) if (out.includes(sid)) out = out.split(sid).join(pseudonym(sid));
  return out.replace(SID_SHAPE, (sid) => pseudonym(sid));
}
