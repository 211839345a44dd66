/**
 * The `export.*` methods through `dispatch`, as the follow-up screen calls them: drafts built from the journal and
 * read back with real mail parsers, the desktop's Save dialog and folder choice, the clipboard, the call sheet.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import type { Platform, SaveFileRequest } from '../../../src-main/platform/platform.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { call, refusal, useTempServices } from '../support/services.ts';
import { asLines, inspectBytes, parseWithPostalMime, parseWithPython } from './mail-check.ts';

const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const HOUR = 3_600_000;

const journals = useTempServices();

/** A desktop platform whose dialogs answer as a test tells them, and which remembers what it was asked. */
function desktopPlatform() {
  const target = journals.dir('afterword-drafts-');
  const state = {
    target,
    answer: 'save' as 'save' | 'cancel',
    saved: [] as SaveFileRequest[],
    clipboard: [] as string[],
    opened: [] as string[],
  };
  const platform: Platform = {
    ...nodePlatform('9.9.9', 'desktop'),
    writeClipboard: (text) => (state.clipboard.push(text), true),
    async saveFile(request) {
      state.saved.push(request);
      if (state.answer === 'cancel') return null;
      const path = join(target, request.defaultName);
      writeFileSync(path, request.content);
      return path;
    },
    chooseFolder: async () => (state.answer === 'cancel' ? null : target),
    openPath: async (path) => (state.opened.push(path), true),
  };
  return { platform, state };
}

/**
 * An address saved before Settings checked addresses as typed (the forms now refuse it): the export must still
 * name it and point at Settings.
 */
function plantSenderAddress(services: Services, address: string): void {
  services.db.prepare(`INSERT INTO settings (key, value) VALUES ('userEmail', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(address));
}

function start(platform: Platform = nodePlatform('9.9.9')): Services {
  return journals.start({ dataDir: journals.dir('afterword-export-api-'), clock: () => NOW, platform });
}

interface Seeded {
  applicationId: number;
  interviewId: number;
  people: { id: number; name: string }[];
}

/** An application and a panel interview that ended two hours before NOW, with these interviewers. */
async function seedInterview(services: Services, interviewers: { name: string; email?: string; phone?: string; title?: string }[]): Promise<Seeded> {
  const application = await call(services, 'applications.create', { company: 'Zürich Rück', role: 'Data engineer' });
  const interview = await call(services, 'interviews.create', {
    applicationId: application.id,
    round: 'panel',
    startsAt: new Date(NOW - 3 * HOUR).toISOString(),
    endsAt: new Date(NOW - 2 * HOUR).toISOString(),
    timeZone: 'Europe/Zurich',
    topics: ['streaming pipelines', 'on-call rotation'],
    nextStep: 'a decision from the hiring manager',
    nextStepBy: '2026-11-27',
    newInterviewers: interviewers,
  });
  return { applicationId: application.id, interviewId: interview.id, people: interview.interviewers };
}

async function thankYou(services: Services, seeded: Seeded, recipientIndex: number, fields: { subject?: string; body?: string; channel?: string } = {}) {
  return call(services, 'followups.create', {
    applicationId: seeded.applicationId,
    interviewId: seeded.interviewId,
    recipientId: seeded.people[recipientIndex]!.id,
    kind: 'thank-you',
    subject: 'Thank you',
    body: 'Thank you for your time.',
    ...fields,
  });
}

const fromBase64 = (base64: string | undefined) => Buffer.from(base64 ?? '', 'base64');

const scripts = [
  { label: 'ASCII', name: 'Jane Doe', subject: 'Thank you for today', body: 'Dear Jane,\n\nThank you for walking me through the data pipeline.' },
  { label: 'accented', name: 'José Ñúñez', subject: 'Merci pour l’entretien', body: 'Cher José,\n\nMerci pour l’échange sur la refonte du système de paie.' },
  { label: 'Cyrillic', name: 'Мария Иванова', subject: 'Спасибо за интервью', body: 'Мария, добрый день!\n\nСпасибо за разговор о миграции.' },
  { label: 'CJK', name: '山田 太郎', subject: '本日の面接のお礼', body: '山田様\n\n本日はお時間をいただき、誠にありがとうございました。' },
  { label: 'emoji', name: 'Ana 🌻 Silva', subject: 'Thanks 🙏 for the chat', body: 'Hi Ana 👋\n\nLoved hearing about the 🚀 launch.' },
];

describe('export.eml', () => {
  for (const sample of scripts) {
    it(`should give browser mode a ${sample.label} draft that reads back with the recipient, subject and signed body`, async () => {
      const services = start();
      await call(services, 'settings.update', { userName: 'Sam Rivera', userEmail: 'sam@example.org', signature: 'Sam Rivera\n+41 79 555 01 01' });
      const seeded = await seedInterview(services, [{ name: sample.name, email: 'someone@zurich-rueck.example' }]);
      const note = await thankYou(services, seeded, 0, { subject: sample.subject, body: sample.body });

      const draft = await call(services, 'export.eml', { followUpId: note.id });
      expect(draft.savedTo).toBeUndefined();
      expect(draft.fileName).toBe(`Zürich Rück - Data engineer - Thank you - ${sample.name} - ${new Date(NOW).toLocaleDateString('sv-SE')}.eml`);
      const bytes = fromBase64(draft.base64);

      const expectedBody = `${sample.body}\n\n-- \nSam Rivera\n+41 79 555 01 01\n`;
      const postal = await parseWithPostalMime(bytes);
      expect(postal).toMatchObject({ to: [{ name: sample.name, address: 'someone@zurich-rueck.example' }], from: [{ name: 'Sam Rivera', address: 'sam@example.org' }], subject: sample.subject, xUnsent: '1' });
      expect(asLines(postal.body)).toBe(expectedBody);
      expect(new Date(postal.date ?? '').getTime()).toBe(NOW);
      const python = parseWithPython(bytes);
      expect(python.defects).toEqual([]);
      expect(python.subject).toBe(sample.subject);
      expect(asLines(python.body)).toBe(expectedBody);

      expect(inspectBytes(bytes)).toMatchObject({ bareLineFeeds: 0, bareCarriageReturns: 0, nonAsciiHeaderBytes: 0, nonAsciiBytes: 0 });
      expect(inspectBytes(bytes).longestLine).toBeLessThanOrEqual(78);
    });
  }

  it('should leave From out when Settings hold no email address, so the mail app uses its own account', async () => {
    const services = start();
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', email: 'jane@example.com' }]);
    const note = await thankYou(services, seeded, 0);
    const parsed = await parseWithPostalMime(fromBase64((await call(services, 'export.eml', { followUpId: note.id })).base64));
    expect(parsed.from).toBeNull();
    expect(asLines(parsed.body)).toBe('Thank you for your time.\n');
  });

  it('should save through the desktop Save dialog, open only what it saved, and report a cancelled dialog', async () => {
    const { platform, state } = desktopPlatform();
    const services = start(platform);
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', email: 'jane@example.com' }]);
    const note = await thankYou(services, seeded, 0, { subject: 'Thank you, Jane' });

    const saved = await call(services, 'export.eml', { followUpId: note.id, save: true });
    expect(state.saved.map((request) => [request.defaultName, request.filters])).toEqual([[saved.fileName, [{ name: 'Email draft', extensions: ['eml'] }]]]);
    expect(saved.savedTo).toBe(join(state.target, saved.fileName));
    expect(saved.base64).toBeUndefined();
    expect((await parseWithPostalMime(readFileSync(saved.savedTo))).subject).toBe('Thank you, Jane');

    expect(await call(services, 'export.openInMailApp', { path: saved.savedTo })).toBe(true);
    expect(state.opened).toEqual([saved.savedTo]);

    const elsewhere = join(state.target, 'other.eml');
    writeFileSync(elsewhere, 'not ours');
    expect(await refusal(services, 'export.openInMailApp', { path: elsewhere })).toMatchObject({ code: 'not-found' });
    expect(await refusal(services, 'export.openInMailApp', { path: '/etc/passwd' })).toMatchObject({ code: 'not-found' });
    expect(state.opened).toHaveLength(1);

    state.answer = 'cancel';
    expect(await call(services, 'export.eml', { followUpId: note.id, save: true })).toEqual({ fileName: saved.fileName, savedTo: null });
  });

  it('should refuse, on the field to fix, a note without a recipient address, without a subject, or with a bad sender', async () => {
    const services = start();
    const seeded = await seedInterview(services, [{ name: 'Jane Doe' }, { name: 'Bo Li', email: 'bo.li@example.com' }]);
    const noAddress = await thankYou(services, seeded, 0);
    expect(await refusal(services, 'export.eml', { followUpId: noAddress.id })).toMatchObject({
      code: 'invalid-input',
      fields: [{ path: 'to', message: 'Jane Doe has no email address in your journal. Add it on their page, then make the draft again.' }],
    });

    const noSubject = await thankYou(services, seeded, 1, { subject: '' });
    expect(await refusal(services, 'export.eml', { followUpId: noSubject.id })).toMatchObject({ code: 'invalid-input', fields: [{ path: 'subject', message: 'A subject line is needed.' }] });

    const noRecipient = await call(services, 'followups.create', { applicationId: seeded.applicationId, kind: 'status-check', subject: 'Any news?' });
    expect((await refusal(services, 'export.eml', { followUpId: noRecipient.id })).fields?.[0]?.path).toBe('to');

    plantSenderAddress(services, 'sam@localhost');
    const signed = await thankYou(services, seeded, 1);
    const error = await refusal(services, 'export.eml', { followUpId: signed.id });
    expect(error.fields?.[0]?.path).toBe('from');
    expect(error.message).toMatch(/^Your email address in Settings: /);

    expect(await refusal(services, 'export.eml', { followUpId: 999 })).toMatchObject({ code: 'not-found' });
  });
});

describe('export.interviewThankYous', () => {
  async function panel(services: Services) {
    await call(services, 'settings.update', { userName: 'Sam Rivera', userEmail: 'sam@example.org', signature: 'Sam' });
    const seeded = await seedInterview(services, [
      { name: 'Søren Ågård', email: 'soren@example.com' },
      { name: 'Wei Zhang 张伟', email: 'wei@example.com' },
      { name: 'Pat Roe', email: 'pat@example.com' },
      { name: 'Kim Ode' },
    ]);
    await thankYou(services, seeded, 0, { subject: 'Tak for i dag', body: 'Kære Søren, tak for samtalen om streaming.' });
    await thankYou(services, seeded, 1, { subject: '谢谢', body: 'Wei, thank you for the on-call rotation story.' });
    await thankYou(services, seeded, 3);
    return seeded;
  }

  it('should give browser mode one signed draft per interviewer and say who was left out and why', async () => {
    const services = start();
    const seeded = await panel(services);
    const result = await call(services, 'export.interviewThankYous', { interviewId: seeded.interviewId });
    expect(result.folder).toBeUndefined();
    expect(result.files.map((file: { recipient: string }) => file.recipient)).toEqual(['Søren Ågård', 'Wei Zhang 张伟']);
    const parsed = await Promise.all(result.files.map((file: { base64: string }) => parseWithPostalMime(fromBase64(file.base64))));
    expect(parsed.map((draft) => [draft.to, draft.subject, asLines(draft.body)])).toEqual([
      [[{ name: 'Søren Ågård', address: 'soren@example.com' }], 'Tak for i dag', 'Kære Søren, tak for samtalen om streaming.\n\n-- \nSam\n'],
      [[{ name: 'Wei Zhang 张伟', address: 'wei@example.com' }], '谢谢', 'Wei, thank you for the on-call rotation story.\n\n-- \nSam\n'],
    ]);
    expect(result.left).toEqual([
      { recipient: 'Pat Roe', reason: 'no thank-you note written yet' },
      { recipient: 'Kim Ode', reason: 'no email address in your journal' },
    ]);
  });

  it('should write the files into the folder the desktop user chose, never over a file already there', async () => {
    const { platform, state } = desktopPlatform();
    const services = start(platform);
    const seeded = await panel(services);
    const first = await call(services, 'export.interviewThankYous', { interviewId: seeded.interviewId, save: true });
    expect(first.folder).toBe(state.target);
    const second = await call(services, 'export.interviewThankYous', { interviewId: seeded.interviewId, save: true });
    expect(second.files.map((file: { savedTo: string }) => file.savedTo)).toEqual(first.files.map((file: { savedTo: string }) => file.savedTo.replace(/\.eml$/, ' (2).eml')));
    expect(readdirSync(state.target)).toHaveLength(4);
    // Each written draft may be opened in the mail app.
    expect(await call(services, 'export.openInMailApp', { path: second.files[1].savedTo })).toBe(true);

    state.answer = 'cancel';
    const cancelled = await call(services, 'export.interviewThankYous', { interviewId: seeded.interviewId, save: true });
    expect(cancelled.folder).toBeNull();
    expect(readdirSync(state.target)).toHaveLength(4);
  });

  it('should stop the whole export on a note without a subject, naming the interviewer', async () => {
    const services = start();
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', email: 'jane@example.com' }]);
    await thankYou(services, seeded, 0, { subject: '' });
    const error = await refusal(services, 'export.interviewThankYous', { interviewId: seeded.interviewId });
    expect(error).toMatchObject({ code: 'invalid-input', message: 'Note to Jane Doe: A subject line is needed.', fields: [{ path: 'subject' }] });
  });

  it('should say once, naming no interviewer, that the address in Settings needs fixing', async () => {
    const services = start();
    plantSenderAddress(services, 'sam@localhost');
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', email: 'jane@example.com' }]);
    await thankYou(services, seeded, 0);
    const error = await refusal(services, 'export.interviewThankYous', { interviewId: seeded.interviewId });
    expect(error).toMatchObject({ code: 'invalid-input', fields: [{ path: 'from' }] });
    expect(error.message).toMatch(/^Your email address in Settings cannot be used: the domain in “sam@localhost” is not valid .+\. Fix it in Settings, then export again\.$/);
    expect(error.message).not.toContain('Jane Doe');
  });
});

describe('export.copy', () => {
  it('should sign the body of an email, and hand browser mode the text to copy itself', async () => {
    const services = start();
    await call(services, 'settings.update', { signature: '--\nSam Rivera' });
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', email: 'jane@example.com' }]);
    const note = await thankYou(services, seeded, 0, { subject: 'Thank you, Jane', body: 'Dear Jane,\nThanks.' });
    expect(await call(services, 'export.copy', { followUpId: note.id, part: 'body' })).toEqual({ text: 'Dear Jane,\nThanks.\n\n-- \nSam Rivera\n', copied: false });
    expect(await call(services, 'export.copy', { followUpId: note.id, part: 'subject' })).toEqual({ text: 'Thank you, Jane', copied: false });
    expect((await call(services, 'export.copy', { followUpId: note.id, part: 'both' })).text).toBe('Subject: Thank you, Jane\n\nDear Jane,\nThanks.\n\n-- \nSam Rivera\n');
  });

  it('should put the text on the desktop clipboard itself', async () => {
    const { platform, state } = desktopPlatform();
    const services = start(platform);
    const seeded = await seedInterview(services, [{ name: 'Jane Doe' }]);
    const note = await thankYou(services, seeded, 0, { subject: 'Thanks' });
    expect((await call(services, 'export.copy', { followUpId: note.id, part: 'subject' })).copied).toBe(true);
    expect(state.clipboard).toEqual(['Thanks']);
  });

  it('should copy a text message as written, with its SMS segment count', async () => {
    const services = start();
    await call(services, 'settings.update', { signature: 'Sam Rivera' });
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', phone: '+41 79 555 01 02' }]);
    const plain = await thankYou(services, seeded, 0, { channel: 'text', body: 'Hi Jane, thanks for today!' });
    expect(await call(services, 'export.copy', { followUpId: plain.id, part: 'body' })).toEqual({
      text: 'Hi Jane, thanks for today!',
      copied: false,
      sms: { segments: 1, encoding: 'GSM-7' },
    });
    await call(services, 'followups.saveDraft', { id: plain.id, subject: '', body: `Спасибо за встречу! ${'x'.repeat(60)}` });
    expect((await call(services, 'export.copy', { followUpId: plain.id, part: 'body' })).sms).toEqual({ segments: 2, encoding: 'UCS-2' });
  });

  it('should refuse to copy what is not written yet', async () => {
    const services = start();
    const seeded = await seedInterview(services, [{ name: 'Jane Doe' }]);
    const note = await thankYou(services, seeded, 0, { subject: '', body: '  ' });
    expect((await refusal(services, 'export.copy', { followUpId: note.id, part: 'subject' })).fields?.[0]?.path).toBe('subject');
    expect((await refusal(services, 'export.copy', { followUpId: note.id, part: 'body' })).fields?.[0]?.path).toBe('body');
  });
});

describe('export.callSheet', () => {
  it('should plan the call with the interview topics and the next step the employer named', async () => {
    const services = start();
    const seeded = await seedInterview(services, [{ name: 'Jane Doe', title: 'Engineering manager', phone: '+41 79 555 01 02' }]);
    const note = await thankYou(services, seeded, 0, { channel: 'phone', body: '' });
    const { text } = await call(services, 'export.callSheet', { followUpId: note.id });
    expect(text).toContain('Call to Jane Doe, Engineering manager at Zürich Rück');
    expect(text).toContain('Number: +41 79 555 01 02');
    expect(text).toContain('- streaming pipelines\n- on-call rotation\n');
    expect(text).toContain('They said: a decision from the hiring manager, by Friday, November 27.');
  });
});

describe('marking an exported note as sent', () => {
  it('should take it off the due list, and undo should bring it back', async () => {
    const services = start();
    await seedInterview(services, [{ name: 'Jane Doe', email: 'jane@example.com' }]);
    const [item] = (await call(services, 'due.list')).items;
    expect(item.kind).toBe('thank-you');
    const note = await call(services, 'followups.openDue', { key: item.key });
    await call(services, 'followups.saveDraft', { id: note.id, subject: 'Thank you', body: 'Dear Jane, thank you.' });
    await call(services, 'export.eml', { followUpId: note.id });

    const sentAt = new Date(NOW - 10 * 60_000).toISOString();
    expect(await call(services, 'followups.setStatus', { id: note.id, status: 'sent', sentAt })).toMatchObject({ status: 'sent', sentAt });
    const dueKeys = async () => (await call(services, 'due.list')).items.map((due: { key: string }) => due.key);
    // The status check-in that follows a sent thank-you waits for its day; the thank-you itself is gone.
    expect(await dueKeys()).not.toContain(item.key);
    await call(services, 'followups.setStatus', { id: note.id, status: 'draft' });
    expect(await dueKeys()).toContain(item.key);
  });
});
