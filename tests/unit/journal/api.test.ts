/** The journal through the same path the screens use: `dispatch(name, payload)`, validation included. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services/index.ts';
import type { Result } from '../../../src-shared/api/result.ts';
import { call as callOn, useTempServices } from '../support/services.ts';

const journals = useTempServices();
let services: Services;
const NOW = Date.parse('2026-11-20T12:00:00.000Z');

beforeEach(() => {
  services = journals.start({ dataDir: journals.dir('afterword-api-'), clock: () => NOW });
});

const call = <T = any>(name: string, payload?: unknown) => callOn<T>(services, name, payload);

async function refused(name: string, payload: unknown): Promise<{ code: string; message: string; fields: { path: string; message: string }[] }> {
  const result = (await services.dispatch(name, payload)) as Result<unknown>;
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('accepted');
  return { code: result.error.code, message: result.error.message, fields: result.error.fields ?? [] };
}

const count = (table: string) => (services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const interviewPayload = (applicationId: number) => ({
  applicationId,
  round: 'panel',
  format: 'on-site',
  startsAt: '2026-11-18T09:00:00+01:00',
  endsAt: '2026-11-18T11:00:00+01:00',
  timeZone: 'Europe/Berlin',
  topics: ['  migrating nightly batch jobs to streaming  '],
  newInterviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }],
});

describe('journal API: the usual path', () => {
  it('creates an application and an interview, lists what is due and opens the right draft', async () => {
    const app = await call('applications.create', { company: '  Acme  ', role: 'Data engineer' });
    expect(app.company).toBe('Acme');
    const interview = await call('interviews.create', interviewPayload(app.id));
    expect(interview).toMatchObject({ startsAt: '2026-11-18T08:00:00.000Z', topics: ['migrating nightly batch jobs to streaming'] });
    const due = await call('due.list');
    expect(due.now).toBe('2026-11-20T12:00:00.000Z');
    const thankYous = due.items.filter((i: any) => i.kind === 'thank-you');
    expect(thankYous.map((i: any) => [i.recipientName, i.state])).toEqual([
      ['Ana Ruiz', 'overdue'],
      ['Bo Chen', 'overdue'],
    ]);
    const draft = await call('followups.openDue', { key: thankYous[1].key });
    expect(draft).toMatchObject({ recipientId: interview.interviewers[1].id, status: 'draft' });
    await call('followups.saveDraft', { id: draft.id, subject: 'Thanks', body: 'Dear Bo, …' });
    await call('followups.setStatus', { id: draft.id, status: 'sent', sentAt: '2026-11-19T08:00:00Z' });
    const after = await call('due.list', { now: '2026-11-20T12:00:00Z' });
    expect(after.items.map((i: any) => i.recipientName)).not.toContain('Bo Chen');
    const found = await call('search.query', { text: 'streaming' });
    expect(found.items[0]).toMatchObject({ kind: 'interview', applicationId: app.id });
    const detail = await call('applications.get', { id: app.id });
    expect(detail.followUps).toHaveLength(1);
    expect(await call('settings.addPersonalWord', { word: 'Kafka' })).toMatchObject({ personalWords: ['Kafka'] });
  });
});

describe('journal API: flags ignored in a note', () => {
  it('ignores a flag by rule and words as the editor sends them, and gives them back with the note', async () => {
    const app = await call('applications.create', { company: 'Acme' });
    const note = await call('followups.create', { applicationId: app.id, kind: 'thank-you' });
    expect(await call('followups.ignoreFlag', { id: note.id, ruleId: 'needy-over-apologising', text: '  Sorry to BOTHER you ' })).toEqual([
      { ruleId: 'needy-over-apologising', text: 'sorry to bother you' },
    ]);
    await call('followups.ignoreFlag', { id: note.id, ruleId: 'spelling-unknown', text: 'Спасибо' });
    expect((await call('followups.get', { id: note.id })).ignoredFlags).toEqual([
      { ruleId: 'needy-over-apologising', text: 'sorry to bother you' },
      { ruleId: 'spelling-unknown', text: 'спасибо' },
    ]);
    await call('followups.unignoreFlag', { id: note.id, ruleId: 'needy-over-apologising', text: 'Sorry to bother you' });
    expect((await call('followups.get', { id: note.id })).ignoredFlags).toEqual([{ ruleId: 'spelling-unknown', text: 'спасибо' }]);
  });

  it('refuses a rule that is not a rule name and words past the limit', async () => {
    const app = await call('applications.create', { company: 'Acme' });
    const note = await call('followups.create', { applicationId: app.id, kind: 'thank-you' });
    expect((await refused('followups.ignoreFlag', { id: note.id, ruleId: 'DROP TABLE', text: 'x' })).fields[0]?.path).toBe('ruleId');
    expect((await refused('followups.ignoreFlag', { id: note.id, ruleId: 'spelling-unknown', text: 'x'.repeat(2_001) })).fields[0]?.path).toBe('text');
    expect(await refused('followups.ignoreFlag', { id: 999, ruleId: 'spelling-unknown', text: 'x' })).toMatchObject({ code: 'not-found' });
  });
});

describe('journal API: bad input', () => {
  it('asks for a company in words a person understands', async () => {
    expect(await refused('applications.create', { company: '   ' })).toEqual({
      code: 'invalid-input',
      message: 'company: Company is required.',
      fields: [{ path: 'company', message: 'Company is required.' }],
    });
    expect((await refused('applications.create', {})).fields).toEqual([{ path: 'company', message: 'Company is required.' }]);
  });

  it('refuses an end before the start, a date that does not exist and an unknown zone, naming each field', async () => {
    const app = await call('applications.create', { company: 'Acme' });
    const backwards = await refused('interviews.create', { ...interviewPayload(app.id), endsAt: '2026-11-18T07:00:00Z' });
    expect(backwards.fields).toEqual([{ path: 'endsAt', message: 'End must be after the start.' }]);
    const impossible = await refused('interviews.create', { ...interviewPayload(app.id), startsAt: '2026-02-30T10:00:00Z', nextStepBy: '2026-02-29', timeZone: 'Mars/Olympus' });
    expect(impossible.fields).toEqual(
      expect.arrayContaining([
        { path: 'startsAt', message: 'Start: 2026-02-30T10:00 is not a real date and time.' },
        { path: 'nextStepBy', message: 'Next step by: 2026-02-29 is not a real date.' },
        { path: 'timeZone', message: 'Time zone must be a place name such as Europe/Berlin or America/New_York.' },
      ]),
    );
    // An answer expected before the interview took place (in its own zone) is one of the two dates mistyped.
    const early = await refused('interviews.create', { ...interviewPayload(app.id), startsAt: '2026-11-18T23:30:00Z', endsAt: '2026-11-19T00:30:00Z', timeZone: 'Asia/Tokyo', nextStepBy: '2026-11-18' });
    expect(early.fields).toEqual([{ path: 'nextStepBy', message: 'The answer cannot be expected before the interview itself (2026-11-19): check both dates.' }]);
    expect((await refused('interviews.create', { ...interviewPayload(app.id), startsAt: 'next Tuesday' })).fields[0]).toEqual({
      path: 'startsAt',
      message: 'Start must be a date and time such as 2026-11-20T15:00:00Z.',
    });
    expect(count('interviews') + count('people')).toBe(0);
  });

  it('refuses a 1 MB note with the limit, and stores nothing', async () => {
    const result = await refused('applications.create', { company: 'Acme', notes: 'x'.repeat(1_048_576) });
    expect(result.fields).toEqual([{ path: 'notes', message: 'Notes can be at most 100,000 characters.' }]);
    expect(count('applications')).toBe(0);
  });

  it('stores names in any script and text full of quotes and SQL exactly as typed', async () => {
    const names = ['Zoë Ångström', '李小龍', 'محمد علي', 'Юлия', "O'Brien \"Bob\"", "Robert'); DROP TABLE people;--"];
    for (const name of names) await call('people.create', { name });
    const listed = await call('people.list');
    expect(listed.map((p: any) => p.name).sort()).toEqual([...names].sort());
    const app = await call('applications.create', { company: "Bobby's \"Tables\" Inc.; DELETE FROM applications", notes: "' OR 1=1 --" });
    expect(await call('applications.get', { id: app.id })).toMatchObject({ application: { company: "Bobby's \"Tables\" Inc.; DELETE FROM applications", notes: "' OR 1=1 --" } });
  });

  it('writes nothing when an interview names a person who is not there, even with new people alongside', async () => {
    const app = await call('applications.create', { company: 'Acme' });
    const result = await refused('interviews.create', { ...interviewPayload(app.id), interviewerIds: [31337] });
    expect(result.fields).toEqual([{ path: 'interviewerIds.0', message: 'That person is not in the journal (they may have been deleted).' }]);
    expect(count('interviews') + count('people') + count('interview_people')).toBe(0);
  });

  it('requires a reason to skip, and refuses a status it does not know', async () => {
    const app = await call('applications.create', { company: 'Acme' });
    const note = await call('followups.create', { applicationId: app.id, kind: 'thank-you' });
    expect((await refused('followups.setStatus', { id: note.id, status: 'skipped' })).fields).toEqual([{ path: 'reason', message: 'Reason is required.' }]);
    expect((await refused('followups.setStatus', { id: note.id, status: 'skipped', reason: '  ' })).fields).toEqual([{ path: 'reason', message: 'Reason is required.' }]);
    expect((await refused('followups.setStatus', { id: note.id, status: 'archived' })).fields[0]?.message).toBe('Status must be one of: draft, sent, skipped.');
    expect((await refused('followups.create', { applicationId: app.id, kind: 'thanks' })).fields[0]?.message).toBe(
      'Kind must be one of: thank-you, status-check, feedback-request, recruiter-update, other.',
    );
  });

  it('says which record is missing instead of failing', async () => {
    expect(await refused('applications.get', { id: 12345 })).toMatchObject({ code: 'not-found', message: 'This application is not in the journal (it may have been deleted).' });
    expect(await refused('followups.saveDraft', { id: 12345, subject: '', body: '' })).toMatchObject({ code: 'not-found' });
    expect(await refused('followups.openDue', { key: 'nonsense' })).toMatchObject({ code: 'invalid-input', fields: [{ path: 'key' }] });
  });

  it('checks emails, links, the reading grade and the English', async () => {
    expect((await refused('people.create', { name: 'Ana', email: 'ana at acme' })).fields).toEqual([{ path: 'email', message: '“ana at acme” is not an email address (expected something like name@example.com).' }]);
    expect((await refused('applications.create', { company: 'Acme', jobUrl: 'javascript:alert(1)' })).fields).toEqual([
      { path: 'jobUrl', message: 'Job link must start with http:// or https://.' },
    ]);
    expect((await refused('settings.update', { readingGrade: 40 })).fields).toEqual([{ path: 'readingGrade', message: 'Reading grade must be between 3 and 17.' }]);
    expect((await refused('settings.update', { dialect: 'en-NZ' })).fields).toEqual([
      { path: 'dialect', message: 'English must be one of: en-US, en-GB, en-CA, en-AU (or empty to follow the system).' },
    ]);
  });
});
