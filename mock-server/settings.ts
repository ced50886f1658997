// The mock's settings, from its command line and environment in this one place: where it listens
// (PORT, HOST), which other origins' pages may use it (LIVECHAT_ALLOWED_ORIGINS, read as the
// reference server reads it), and a folder of the partner's own pages to serve from its origin
// (--static DIR, or MOCK_STATIC). What is wrong is one line (SettingsRefused), never a stack trace.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrigins } from '../reference-server/http/cors.ts';

export type MockSettings = { port: number; host: string; allowedOrigins: string[]; staticDir?: string };

/** A setting the operator can fix: its message is the whole answer. */
export class SettingsRefused extends Error {}

export const MOCK_USAGE = `usage: livechat-mock [--static DIR]   (npm run mock -- --static DIR in a clone)
  --static DIR               serve the pages in DIR from the mock's origin, at / (or MOCK_STATIC=DIR)
  PORT=4010, HOST=127.0.0.1  where the mock listens
  LIVECHAT_ALLOWED_ORIGINS   other origins whose pages may use the mock, comma separated (CORS with credentials for exactly those)`;

/**
 * Reads the settings. `cwd`: where a relative DIR is from - the caller's folder, which npm gives
 * as INIT_CWD when `npm run mock` runs the mock in the repository's root.
 */
export function mockSettings(
  argv: string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
  cwd = env.INIT_CWD ?? process.cwd(),
): MockSettings | 'help' {
  let values: { static?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args: argv, options: { static: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new SettingsRefused(`${(error as Error).message.split('\n')[0]}\n${MOCK_USAGE}`);
  }
  if (values.help === true) return 'help';
  const rawPort = env.PORT ?? '4010';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65_535)
    throw new SettingsRefused(`PORT=${JSON.stringify(rawPort)}: must be a port number (0 to 65535)`);
  let allowedOrigins: string[];
  try {
    allowedOrigins = parseOrigins(env.LIVECHAT_ALLOWED_ORIGINS ?? '');
  } catch (error) {
    throw new SettingsRefused(`LIVECHAT_ALLOWED_ORIGINS=${JSON.stringify(env.LIVECHAT_ALLOWED_ORIGINS)}: ${(error as Error).message}`);
  }
  const asked = values.static ?? (env.MOCK_STATIC || undefined);
  const named = values.static !== undefined ? '--static' : 'MOCK_STATIC';
  let staticDir: string | undefined;
  if (asked !== undefined) {
    staticDir = resolve(cwd, asked);
    let found: ReturnType<typeof statSync>;
    try {
      found = statSync(staticDir, { throwIfNoEntry: false });
    } catch (error) {
      throw new SettingsRefused(`${named} ${asked}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (found === undefined) throw new SettingsRefused(`${named} ${asked}: no such folder (${staticDir})`);
    if (!found.isDirectory()) throw new SettingsRefused(`${named} ${asked}: not a folder (${staticDir})`);
  }
  return { port, host: env.HOST || '127.0.0.1', allowedOrigins, ...(staticDir !== undefined ? { staticDir } : {}) };
}
