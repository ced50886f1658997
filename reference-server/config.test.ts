import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { configTable, loadConfig, settings } from './config.ts';

describe('settings', () => {
  it('are documented in reference-server/README.md exactly as config.ts declares them', async () => {
    const readme = await readFile(new URL('README.md', import.meta.url), 'utf8');
    // To fix: paste the output of `npx tsx -e "import('./reference-server/config.ts').then(m => console.log(m.configTable()))"`.
    expect(readme).toContain(configTable());
  });

  it('take their defaults, and the environment over them', () => {
    expect(loadConfig({}).PORT).toBe(settings.PORT.default);
    expect(loadConfig({ PORT: '9000', LIVECHAT_BOT: 'true' })).toMatchObject({ PORT: 9000, LIVECHAT_BOT: true });
  });

  it('refuse a bad value with a message naming every bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty', LIVECHAT_CLOSE_TIMER_MS: '10', LIVECHAT_BOT: 'yes' })).toThrow(
      /PORT="eighty": must be an integer >= 0[\s\S]*LIVECHAT_BOT="yes": must be 1, 0, true or false[\s\S]*LIVECHAT_CLOSE_TIMER_MS="10": must be an integer >= 5000/,
    );
  });

  it('take embedded or a Redis URL as the store, and never echo a refused one (it may hold a password)', () => {
    expect(loadConfig({}).LIVECHAT_STORE).toBe('embedded');
    expect(loadConfig({ LIVECHAT_STORE: 'redis://:pw@127.0.0.1:6379/2' }).LIVECHAT_STORE).toBe('redis://:pw@127.0.0.1:6379/2');
    expect(() => loadConfig({ LIVECHAT_STORE: 'http://:hunter2@cache:6379' })).toThrow(
      /LIVECHAT_STORE=\(hidden\): must be embedded or a redis/,
    );
    expect(() => loadConfig({ LIVECHAT_STORE: 'http://:hunter2@cache:6379' })).not.toThrow(/hunter2/);
  });
});
