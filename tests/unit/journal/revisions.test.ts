/**
 * No silent overwrite: every record carries the revision it is at; a save made from an older copy (another window
 * or tab) is refused with `conflict` and changes nothing. Through `dispatch`, as the screens call it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services/index.ts';
import { call as callOn, refusal, useTempServices } from '../support/services.ts';

const journals = useTempServices();
let services: Services;
let now: number;

beforeEach(() => {
  now = Date.parse('2026-11-20T12:00:00.000Z');
  services = journals.start({ dataDir: journals.dir('afterword-revisions-'), clock: () => now });
});

const call = <T = any>(name: string, payload?: unknown) => callOn<T>(services, name, payload);
const later = () => (now += 60_000);

const STALE = /^This (person|application|interview|note) was changed in another window or tab after you opened it, so your changes were not saved and nothing was overwritten\./;

async function seed() {
  const application = await call('applications.create', { company: 'Acme', role: 'Data engineer' });
  const interview = await call('interviews.create', {
    applicationId: application.id,
    startsAt: '2026-11-18T09:00:00Z',
    endsAt: '2026-11-18T10:00:00Z',
    timeZone: 'Europe/Berlin',
    newInterviewers: [{ name: 'Ana Ruiz' }],
  });
  const ana = await call('people.get', { id: interview.interviewers[0].id });
  const note = await call('followups.create', { applicationId: application.id, interviewId: interview.id, recipientId: ana.person.id, kind: 'thank-you' });
  return { application: await call('applications.get', { id: application.id }).then((d) => d.application), interview, person: ana.person, note };
}

/** Each kind of record: how to read it back and a change the first and the second window each make. */
const kinds = [
  { kind: 'person', update: 'people.update', read: (id: number) => call('people.get', { id }).then((d) => d.person), mine: { notes: 'Met at the meetup.' }, theirs: { notes: 'Prefers email.' } },
  { kind: 'application', update: 'applications.update', read: (id: number) => call('applications.get', { id }).then((d) => d.application), mine: { role: 'Staff data engineer' }, theirs: { role: 'Analytics engineer' } },
  { kind: 'interview', update: 'interviews.update', read: (id: number) => call('interviews.get', { id }), mine: { location: 'Room 4' }, theirs: { location: 'Zoom' } },
  { kind: 'note', update: 'followups.update', read: (id: number) => call('followups.get', { id }).then((d) => d.followUp), mine: { subject: 'Thank you, Ana' }, theirs: { subject: 'Thanks for Tuesday' } },
] as const;

const recordOf = (seeded: Awaited<ReturnType<typeof seed>>, kind: (typeof kinds)[number]['kind']) =>
  ({ person: seeded.person, application: seeded.application, interview: seeded.interview, note: seeded.note })[kind];

describe('revisions through the dispatcher', () => {
  for (const { kind, update, read, mine, theirs } of kinds) {
    describe(kind, () => {
      it('starts at revision 0 and counts each update made from the current revision', async () => {
        const record = recordOf(await seed(), kind);
        expect(record.revision).toBe(0);
        later();
        const first = await call(update, { id: record.id, baseRevision: 0, ...mine });
        expect(first).toMatchObject({ ...mine, revision: 1 });
        const second = await call(update, { id: record.id, baseRevision: 1, ...theirs });
        expect(second).toMatchObject({ ...theirs, revision: 2 });
        expect(await read(record.id)).toMatchObject({ ...theirs, revision: 2 });
      });

      it('refuses a stale update with conflict and changes nothing, not even the time of the last change', async () => {
        const record = recordOf(await seed(), kind);
        later();
        // The other window saved first, from the same copy.
        await call(update, { id: record.id, baseRevision: 0, ...theirs });
        const before = await read(record.id);
        later();
        const error = await refusal(services, update, { id: record.id, baseRevision: 0, ...mine });
        expect(error.code).toBe('conflict');
        expect(error.message).toMatch(STALE);
        expect(error.message).toContain(`This ${kind} was changed`);
        expect(await read(record.id)).toEqual(before);
      });

      it('applies an update that does not say what it was based on, as callers without revisions expect', async () => {
        const record = recordOf(await seed(), kind);
        await call(update, { id: record.id, ...theirs });
        expect(await call(update, { id: record.id, ...mine })).toMatchObject({ ...mine, revision: 2 });
      });

      it('refuses a base revision that is not a whole number of 0 or more', async () => {
        const record = recordOf(await seed(), kind);
        for (const baseRevision of [-1, 1.5, '0']) {
          const error = await refusal(services, update, { id: record.id, baseRevision, ...mine });
          expect(error.code).toBe('invalid-input');
          expect(error.fields?.[0]?.path).toBe('baseRevision');
        }
        expect((await read(record.id)).revision).toBe(0);
      });
    });
  }

  it('does not count activity ordering as a change: a new interview, note or status leaves the application as it was', async () => {
    const { application, interview, note } = await seed();
    expect(application.revision).toBe(0);
    later();
    await call('interviews.update', { id: interview.id, location: 'Room 4' });
    await call('followups.setStatus', { id: note.id, status: 'sent' });
    const after = (await call('applications.get', { id: application.id })).application;
    expect(after.revision).toBe(0);
    // Its place in the list did move: that is what touching is for.
    expect(after.updatedAt).not.toBe(application.createdAt);
    // And the application as the form loaded it still saves.
    expect(await call('applications.update', { id: application.id, baseRevision: 0, notes: 'Still fine' })).toMatchObject({ revision: 1 });
  });
});

describe('autosave of a draft (followups.saveDraft)', () => {
  it('answers the new revision with each save made from the current one', async () => {
    const { note } = await seed();
    expect(await call('followups.saveDraft', { id: note.id, baseRevision: 0, subject: 'Thanks', body: 'Dear Ana,' })).toMatchObject({ revision: 1 });
    expect(await call('followups.saveDraft', { id: note.id, baseRevision: 1, subject: 'Thanks', body: 'Dear Ana, thank you' })).toMatchObject({ revision: 2 });
    expect((await call('followups.get', { id: note.id })).followUp).toMatchObject({ body: 'Dear Ana, thank you', revision: 2 });
  });

  it('refuses a save from a second window that loaded the note before the first one saved, and keeps the first text', async () => {
    const { note } = await seed();
    later();
    await call('followups.saveDraft', { id: note.id, baseRevision: 0, subject: 'From window one', body: 'Typed in the first window.' });
    const stored = (await call('followups.get', { id: note.id })).followUp;
    later();
    const error = await refusal(services, 'followups.saveDraft', { id: note.id, baseRevision: 0, subject: 'From window two', body: 'Typed in the second.' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(STALE);
    expect((await call('followups.get', { id: note.id })).followUp).toEqual(stored);
    // Kept after comparing: saved over the revision the second window now knows.
    expect(await call('followups.saveDraft', { id: note.id, baseRevision: stored.revision, subject: 'Merged', body: 'Both.' })).toMatchObject({ revision: 2 });
  });

  it('counts a status change and a channel change, so an editor open from before them cannot overwrite the note', async () => {
    const { note } = await seed();
    await call('followups.setStatus', { id: note.id, status: 'skipped', reason: 'We agreed to talk on Friday.' });
    const back = await call('followups.setStatus', { id: note.id, status: 'draft' });
    expect(back.revision).toBe(2);
    const channel = await call('followups.update', { id: note.id, baseRevision: 2, channel: 'text' });
    expect(channel.revision).toBe(3);
    const error = await refusal(services, 'followups.saveDraft', { id: note.id, baseRevision: 0, subject: '', body: 'Old window' });
    expect(error.message).toMatch(STALE);
    expect((await call('followups.get', { id: note.id })).followUp.body).toBe('');
  });

  it('still says first that a sent note cannot change, whatever the revision', async () => {
    const { note } = await seed();
    await call('followups.setStatus', { id: note.id, status: 'sent' });
    const error = await refusal(services, 'followups.saveDraft', { id: note.id, baseRevision: 0, subject: '', body: 'Late' });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^This note is marked as sent/) });
  });

  it('does not count ignoring a flag as a change to the note', async () => {
    const { note } = await seed();
    await call('followups.ignoreFlag', { id: note.id, ruleId: 'spelling-unknown', text: 'Zorblat' });
    expect(await call('followups.saveDraft', { id: note.id, baseRevision: 0, subject: '', body: 'Zorblat' })).toMatchObject({ revision: 1 });
  });
});

describe('revisions in the journal file', () => {
  it('carries each record’s revision through an export and an import', async () => {
    const { person, application, interview, note } = await seed();
    await call('people.update', { id: person.id, notes: 'x' });
    await call('applications.update', { id: application.id, notes: 'x' });
    await call('applications.update', { id: application.id, notes: 'y' });
    await call('interviews.update', { id: interview.id, notes: 'x' });
    await call('followups.saveDraft', { id: note.id, subject: '', body: 'a' });
    const { text } = await call('journal.exportJson');
    const file = JSON.parse(text);
    expect([file.people[0].revision, file.applications[0].revision, file.interviews[0].revision, file.followUps[0].revision]).toEqual([1, 2, 1, 1]);

    const other = journals.start({ dataDir: journals.dir('afterword-revisions-'), clock: () => now });
    await callOn(other, 'journal.importJson', { text, mode: 'replace-empty' });
    expect((await callOn(other, 'applications.get', { id: application.id })).application.revision).toBe(2);
    expect((await callOn(other, 'journal.exportJson')).text).toBe(text);
  });

  it('imports a file written before revisions existed with every revision at 0', async () => {
    await seed();
    const file = JSON.parse((await call('journal.exportJson')).text);
    for (const list of [file.people, file.applications, file.interviews, file.followUps]) for (const record of list) delete record.revision;
    const other = journals.start({ dataDir: journals.dir('afterword-revisions-'), clock: () => now });
    await callOn(other, 'journal.importJson', { text: JSON.stringify(file), mode: 'replace-empty' });
    expect((await callOn(other, 'followups.get', { id: 1 })).followUp.revision).toBe(0);
    expect((await callOn(other, 'people.get', { id: 1 })).person.revision).toBe(0);
  });

  it('refuses a negative revision in a file, naming the place', async () => {
    await seed();
    const file = JSON.parse((await call('journal.exportJson')).text);
    file.interviews[0].revision = -3;
    const other = journals.start({ dataDir: journals.dir('afterword-revisions-'), clock: () => now });
    const error = await refusal(other, 'journal.importJson', { text: JSON.stringify(file), mode: 'replace-empty' });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('interviews[0].revision');
  });
});
