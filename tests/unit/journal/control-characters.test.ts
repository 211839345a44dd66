/**
 * Clean text in, clean text out: control characters other than tab and newline never reach the journal, so no
 * export carries them (a NUL in an .eml makes mail programs cut the note there); hostile import files are refused
 * with invalid-input and a clear message.
 */
import { describe, expect, it } from 'vitest';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { parseWithPostalMime } from '../export/mail-check.ts';
import { call, refusal, useTempServices } from '../support/services.ts';

const journals = useTempServices();
const now = Date.parse('2026-11-20T12:00:00.000Z');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const DIRTY = 'Thank you\u0000 for the\u0007 chat about\u001b[31m churn\u0085.\r\nBest,\tSam\u009b';
const CLEAN = 'Thank you for the chat about[31m churn.\nBest,\tSam';

function start(copied: string[] = []): Services {
  const platform = { ...nodePlatform('9.9.9'), writeClipboard: (text: string) => (copied.push(text), true) };
  return journals.start({ dataDir: journals.dir('afterword-control-'), clock: () => now, platform });
}

async function noteTo(services: Services, body: string) {
  const application = await call(services, 'applications.create', { company: 'Acme\u0000 Corp', role: 'Data\u0008 engineer' });
  const person = await call(services, 'people.create', { name: 'Jane\u0000 Doe', email: 'jane@example.com' });
  const note = await call(services, 'followups.create', { applicationId: application.id, recipientId: person.id, kind: 'other', subject: 'Thanks', body: 'x' });
  await call(services, 'followups.saveDraft', { id: note.id, subject: 'Thank\u0000 you', body });
  return { application, person, note };
}

describe('control characters', () => {
  it('are stripped from every text on the way into the journal, keeping tabs and line ends', async () => {
    const services = start();
    const { application, person, note } = await noteTo(services, DIRTY);
    const saved = (await call(services, 'followups.get', { id: note.id })).followUp;
    expect(saved.body).toBe(CLEAN);
    expect(saved.subject).toBe('Thank you');
    expect(application.company).toBe('Acme Corp');
    expect(application.role).toBe('Data engineer');
    expect(person.name).toBe('Jane Doe');
  });

  it('never leave in an .eml, the JSON export or copied text, even from a journal written before they were stripped', async () => {
    const copied: string[] = [];
    const services = start(copied);
    const { note } = await noteTo(services, 'clean');
    // As an older version may have stored it.
    services.db.prepare('UPDATE followups SET body = ? WHERE id = ?').run(DIRTY, note.id);

    const eml = Buffer.from((await call(services, 'export.eml', { followUpId: note.id })).base64, 'base64');
    expect(eml.toString('latin1')).not.toMatch(/=00|=07|=1B|=C2=85/);
    expect((await parseWithPostalMime(eml)).body.replace(/\r\n/g, '\n')).toBe(`${CLEAN}\n`);

    const copy = await call(services, 'export.copy', { followUpId: note.id, part: 'both' });
    expect(copy.text).not.toMatch(CONTROL);
    expect(copy.text).toContain(CLEAN);
    expect(await call(services, 'app.copyText', { text: DIRTY })).toBe(true);
    expect(copied.at(-1)).toBe(CLEAN);
    expect(copied.filter((text) => CONTROL.test(text))).toEqual([]);

    services.db.prepare('UPDATE followups SET body = ? WHERE id = ?').run('clean', note.id);
    const json = (await call(services, 'journal.exportJson')).text as string;
    expect(json).not.toMatch(/\\u00(0|1|7f|8|9)/i);
  });

  it('are stripped from the texts of an imported journal file', async () => {
    const source = start();
    await noteTo(source, 'Hello there.');
    const text = ((await call(source, 'journal.exportJson')).text as string).replace('Hello there.', 'Hello\\u0000 there.\\u001b');
    const target = start();
    await call(target, 'journal.importJson', { text, mode: 'replace-empty' });
    const notes = await call(target, 'followups.list', {});
    expect(notes.map((n: any) => n.body)).toEqual(['Hello there.']);
  });
});

describe('a hostile import file', () => {
  it('nested deeply answers invalid-input, not a crash, and changes nothing', async () => {
    const services = start();
    for (const text of ['['.repeat(200_000) + ']'.repeat(200_000), `{"format":"afterword-journal","version":1,"x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`]) {
      const refused = await refusal(services, 'journal.importJson', { text, mode: 'replace-empty' });
      expect(refused.code).toBe('invalid-input');
      expect(refused.message).toMatch(/nested more than 32 levels deep.*has not been changed/);
    }
    expect((await call(services, 'applications.list')).items).toEqual([]);
  });

  it('with brackets inside its texts is not mistaken for a nested one', async () => {
    const source = start();
    await noteTo(source, `Brackets ${'[{'.repeat(100)} in a note are only text.`);
    const text = (await call(source, 'journal.exportJson')).text as string;
    const target = start();
    await call(target, 'journal.importJson', { text, mode: 'replace-empty' });
    expect((await call(target, 'followups.list', {}))[0].body).toContain('[{[{');
  });
});
