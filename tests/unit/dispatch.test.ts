import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodePlatform } from '../../src-main/platform/node-platform.ts';
import { createServices, type Services } from '../../src-main/services/index.ts';

describe('dispatch', () => {
  let dir: string;
  let services: Services;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'afterword-dispatch-'));
    services = createServices({ dataDir: dir, platform: nodePlatform('9.9.9'), log: () => {} });
  });
  afterEach(() => {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers app.info with the journal path inside the data folder', async () => {
    const result = await services.dispatch('app.info', undefined);
    expect(result).toMatchObject({ ok: true, value: { version: '9.9.9', mode: 'browser', journalPath: join(dir, 'journal.sqlite3') } });
  });

  it('refuses an unknown method with a readable message', async () => {
    const result = await services.dispatch('journal.dropEverything', {});
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'There is no action called “journal.dropEverything”.' } });
  });

  it('refuses a payload the schema does not allow and names the field', async () => {
    const result = await services.dispatch('app.info', { extra: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.fields?.[0]?.message).toMatch(/extra/);
    }
  });

  it('turns an unexpected exception into an internal error instead of crashing', async () => {
    services.db.close();
    const result = await services.dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
