/** Export to JSON in one journal, import into an empty one, compare: through the API, as the screens do it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import type { Platform } from '../../../src-main/platform/platform.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { call, useTempServices } from '../support/services.ts';
import { buildRichJournal, RICH_NOW } from './rich-journal.ts';

const journals = useTempServices();
let now: number;

function journalIn(platform: Platform = nodePlatform('9.9.9')): Services {
  return journals.start({ dataDir: journals.dir('afterword-exchange-'), clock: () => now, platform });
}

beforeEach(() => {
  now = RICH_NOW;
});

describe('journal.exportJson and journal.importJson', () => {
  it('round-trip a journal: the second export equals the first apart from exportedAt, and the lists match', async () => {
    const first = journalIn();
    buildRichJournal(first.db);
    const exported = await call(first, 'journal.exportJson');
    expect(exported).toMatchObject({ fileName: 'afterword-journal-2026-11-20.json', counts: { people: 5, applications: 5, interviews: 4, followUps: 5 } });
    expect(exported).not.toHaveProperty('savedTo');
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'afterword-journal', version: 1, exportedAt: '2026-11-20T12:00:00.000Z', app: { version: '9.9.9' } });

    const second = journalIn();
    expect(await call(second, 'journal.importJson', { text: exported.text, mode: 'replace-empty' })).toEqual({ counts: exported.counts });
    now += 60_000;
    const again = await call(second, 'journal.exportJson');
    expect(again.text.replace(/"exportedAt": "[^"]*"/, '')).toBe(exported.text.replace(/"exportedAt": "[^"]*"/, ''));
    for (const method of ['due.list', 'applications.list', 'people.list', 'settings.get']) {
      expect(await call(second, method), method).toEqual(await call(first, method));
    }
  });

  it('refuses to import into a journal that holds anything, and says so', async () => {
    const first = journalIn();
    buildRichJournal(first.db);
    const { text } = await call(first, 'journal.exportJson');
    const result = await first.dispatch('journal.importJson', { text, mode: 'replace-empty' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Importing only fills an empty journal/) } });
  });

  it('names the place of a broken reference and leaves the journal empty', async () => {
    const first = journalIn();
    buildRichJournal(first.db);
    const file = JSON.parse((await call(first, 'journal.exportJson')).text);
    file.followUps[3].recipientId = 12;
    const second = journalIn();
    const result = await second.dispatch('journal.importJson', { text: JSON.stringify(file), mode: 'replace-empty' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'This file cannot be imported: followUps[3].recipientId: no person with id 12. Your journal has not been changed.',
        fields: [{ path: 'followUps[3].recipientId', message: 'no person with id 12' }],
      },
    });
    expect((await call(second, 'applications.list')).total).toBe(0);
  });

  it('accepts only the replace-empty and merge modes', async () => {
    const result = await journalIn().dispatch('journal.importJson', { text: '{}', mode: 'overwrite' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ path: 'mode', message: 'Mode must be replace-empty or merge.' }] } });
  });

  it('saves through the desktop Save dialog when asked, and reports a cancelled dialog', async () => {
    const target = journals.dir('afterword-save-');
    let answer: 'save' | 'cancel' = 'save';
    const desktop: Platform = {
      ...nodePlatform('9.9.9', 'desktop'),
      async saveFile(request) {
        if (answer === 'cancel') return null;
        const path = join(target, request.defaultName);
        writeFileSync(path, request.content);
        return path;
      },
    };
    const services = journalIn(desktop);
    await call(services, 'applications.create', { company: 'Acme' });
    const saved = await call(services, 'journal.exportJson', { save: true });
    expect(saved.savedTo).toBe(join(target, 'afterword-journal-2026-11-20.json'));
    expect(readFileSync(saved.savedTo, 'utf8')).toBe(saved.text);
    answer = 'cancel';
    expect((await call(services, 'journal.exportJson', { save: true })).savedTo).toBeNull();
  });
});
