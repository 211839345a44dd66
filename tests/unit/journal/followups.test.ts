import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFollowUp,
  createInterview,
  createApplication,
  deleteFollowUp,
  getFollowUp,
  getFollowUpDetail,
  listDue,
  listFollowUps,
  openDue,
  saveDraft,
  setFlagIgnored,
  setFollowUpStatus,
  updateApplication,
  updateFollowUp,
  updatePerson,
} from '../../../src-main/journal/index.ts';
import { memoryJournal, seedAcme, T0 } from './helpers.ts';

let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

const dueKeys = (now = T0) => listDue(db, now).items.map((i) => i.key);

describe('follow-up notes', () => {
  it('creates a draft for an interview and a person, with the details the editor shows', () => {
    const { application, interview, ana } = seedAcme(db);
    const note = createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you', subject: 'Thank you' }, T0);
    expect(note).toMatchObject({ status: 'draft', channel: 'email', subject: 'Thank you', body: '', sentAt: null, skipReason: '' });
    expect(getFollowUpDetail(db, note.id)).toMatchObject({
      company: 'Acme',
      role: 'Data engineer',
      recipient: { name: 'Ana Ruiz', title: 'Staff engineer' },
      interview: { id: interview.id, round: 'technical', timeZone: 'America/New_York' },
    });
  });

  it('refuses an interview of another application', () => {
    const { interview } = seedAcme(db);
    const other = createApplication(db, { company: 'Globex' });
    expect(() => createFollowUp(db, { applicationId: other.id, interviewId: interview.id, kind: 'thank-you' })).toThrow(
      expect.objectContaining({ fields: [{ path: 'interviewId', message: 'That interview belongs to another application.' }] }),
    );
  });

  it('autosaves subject and text of a draft, and refuses once it is sent', () => {
    const { application } = seedAcme(db);
    const note = createFollowUp(db, { applicationId: application.id, kind: 'other' }, T0);
    expect(saveDraft(db, note.id, 'Hello', 'Body “quoted” \'; DROP TABLE followups; --', T0 + 5000)).toEqual({
      id: note.id,
      updatedAt: new Date(T0 + 5000).toISOString(),
      revision: 1,
    });
    expect(getFollowUp(db, note.id)).toMatchObject({ subject: 'Hello', body: 'Body “quoted” \'; DROP TABLE followups; --' });
    setFollowUpStatus(db, { id: note.id, status: 'sent' }, T0 + 6000);
    expect(() => saveDraft(db, note.id, 'x', 'y')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(getFollowUp(db, note.id).body).toMatch(/DROP TABLE/);
    expect(() => saveDraft(db, 9999, 'x', 'y')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('keeps the flags ignored in a note with the note, once each, without counting it as an edit', () => {
    const { application } = seedAcme(db);
    const note = createFollowUp(db, { applicationId: application.id, kind: 'thank-you' }, T0);
    const other = createFollowUp(db, { applicationId: application.id, kind: 'other' }, T0);
    expect(getFollowUpDetail(db, note.id).ignoredFlags).toEqual([]);

    const sorry = { id: note.id, ruleId: 'needy-over-apologising', text: 'sorry to bother you' };
    expect(setFlagIgnored(db, sorry, true)).toEqual([{ ruleId: 'needy-over-apologising', text: 'sorry to bother you' }]);
    setFlagIgnored(db, sorry, true);
    setFlagIgnored(db, { id: note.id, ruleId: 'spelling-unknown', text: 'zorblat' }, true);
    expect(getFollowUpDetail(db, note.id).ignoredFlags).toEqual([
      { ruleId: 'needy-over-apologising', text: 'sorry to bother you' },
      { ruleId: 'spelling-unknown', text: 'zorblat' },
    ]);
    expect(getFollowUpDetail(db, other.id).ignoredFlags).toEqual([]);
    expect(getFollowUp(db, note.id).updatedAt).toBe(new Date(T0).toISOString());

    expect(setFlagIgnored(db, sorry, false)).toEqual([{ ruleId: 'spelling-unknown', text: 'zorblat' }]);
    // A sent note's flags can still be ignored: its text does not change.
    setFollowUpStatus(db, { id: note.id, status: 'sent' }, T0 + 1000);
    expect(setFlagIgnored(db, sorry, true)).toHaveLength(2);
    expect(() => setFlagIgnored(db, { ...sorry, id: 9999 }, true)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('marks sent (with an editable time), skipped with a reason, and back to draft', () => {
    const { application } = seedAcme(db);
    const note = createFollowUp(db, { applicationId: application.id, kind: 'status-check' }, T0);
    expect(setFollowUpStatus(db, { id: note.id, status: 'sent' }, T0)).toMatchObject({ status: 'sent', sentAt: new Date(T0).toISOString() });
    expect(setFollowUpStatus(db, { id: note.id, status: 'sent', sentAt: '2026-11-19T09:00:00.000Z' }, T0).sentAt).toBe('2026-11-19T09:00:00.000Z');
    expect(updateFollowUp(db, { id: note.id, replyAt: '2026-11-20T09:00:00.000Z' }).replyAt).toBe('2026-11-20T09:00:00.000Z');
    expect(setFollowUpStatus(db, { id: note.id, status: 'skipped', reason: 'They called me instead' }, T0)).toMatchObject({
      status: 'skipped',
      skipReason: 'They called me instead',
      sentAt: null,
      replyAt: null,
    });
    expect(setFollowUpStatus(db, { id: note.id, status: 'draft' }, T0)).toMatchObject({ status: 'draft', skipReason: '', sentAt: null });
  });

  it('lists notes by application and status, and deletes one', () => {
    const { application } = seedAcme(db);
    const a = createFollowUp(db, { applicationId: application.id, kind: 'other' }, T0);
    const b = createFollowUp(db, { applicationId: application.id, kind: 'other' }, T0 + 1);
    setFollowUpStatus(db, { id: b.id, status: 'sent' }, T0 + 2);
    expect(listFollowUps(db, { applicationId: application.id, status: 'draft' }).map((f) => f.id)).toEqual([a.id]);
    deleteFollowUp(db, a.id);
    expect(listFollowUps(db).map((f) => f.id)).toEqual([b.id]);
  });
});

describe('due items and their drafts', () => {
  it('opens the same draft every time for the same item, and a different one per interviewer', () => {
    const { ana, bo } = seedAcme(db);
    const first = openDue(db, `thank-you:i1:p${ana.id}`, T0);
    expect(first).toMatchObject({ kind: 'thank-you', recipientId: ana.id, interviewId: 1, status: 'draft', dueAt: '2026-11-18T16:00:00.000Z' });
    expect(openDue(db, `thank-you:i1:p${ana.id}`, T0).id).toBe(first.id);
    expect(openDue(db, `thank-you:i1:p${bo.id}`, T0).id).not.toBe(first.id);
    expect(listDue(db, T0).items.find((i) => i.recipientId === ana.id)?.draftId).toBe(first.id);
  });

  it('finds a note written by hand for the same interview and person', () => {
    const { application, interview, ana } = seedAcme(db);
    const manual = createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you' }, T0);
    expect(openDue(db, `thank-you:i1:p${ana.id}`, T0).id).toBe(manual.id);
  });

  it('drops an item once its note is sent or skipped, and brings it back on undo', () => {
    const { ana, bo } = seedAcme(db);
    const note = openDue(db, `thank-you:i1:p${ana.id}`, T0);
    setFollowUpStatus(db, { id: note.id, status: 'sent' }, T0);
    expect(dueKeys()).not.toContain(`thank-you:i1:p${ana.id}`);
    const other = openDue(db, `thank-you:i1:p${bo.id}`, T0);
    setFollowUpStatus(db, { id: other.id, status: 'skipped', reason: 'He left the company' }, T0);
    expect(dueKeys()).toEqual(['status-check:i1:n1']);
    setFollowUpStatus(db, { id: other.id, status: 'draft' }, T0);
    expect(dueKeys()).toContain(`thank-you:i1:p${bo.id}`);
    // Opening a settled item gives back the note that settled it.
    expect(openDue(db, `thank-you:i1:p${ana.id}`, T0).id).toBe(note.id);
  });

  it('says clearly when a reminder is not open any more', () => {
    expect(() => openDue(db, 'thank-you:i77:p1', T0)).toThrow(expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/no longer open/) }));
    expect(() => openDue(db, "'; DELETE FROM followups; --", T0)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('detaches a note moved to another person from the reminder it was opened for', () => {
    const { ana, bo } = seedAcme(db);
    const note = openDue(db, `thank-you:i1:p${ana.id}`, T0);
    const moved = updateFollowUp(db, { id: note.id, recipientId: bo.id }, T0);
    expect(moved.dueKey).toBeNull();
    const items = listDue(db, T0).items;
    expect(items.find((i) => i.recipientId === bo.id)?.draftId).toBe(note.id);
    expect(items.find((i) => i.recipientId === ana.id)?.draftId).toBeNull();
  });

  it('keeps the planned items of an application current with every write', () => {
    const { application, ana, bo } = seedAcme(db);
    const planned = () => (db.prepare('SELECT key FROM due_items WHERE application_id = ? ORDER BY key').all(application.id) as { key: string }[]).map((r) => r.key);
    expect(planned()).toEqual(['status-check:i1:n1', `thank-you:i1:p${ana.id}`, `thank-you:i1:p${bo.id}`]);
    for (const p of [ana, bo]) setFollowUpStatus(db, { id: openDue(db, `thank-you:i1:p${p.id}`, T0).id, status: 'sent' }, T0);
    setFollowUpStatus(db, { id: openDue(db, 'status-check:i1:n1', T0).id, status: 'skipped', reason: 'Heard back by phone' }, T0);
    expect(planned()).toEqual([]);
    expect(listDue(db, T0).items).toEqual([]);
    updateApplication(db, { id: application.id, status: 'rejected' }, T0 + 1000);
    expect(planned()).toEqual([`feedback-request:a${application.id}`]);
    expect(dueKeys(T0 + 2000)).toEqual([`feedback-request:a${application.id}`]);
    // Two weeks after its deadline the request lapses from the list, but can still be opened by its key.
    expect(dueKeys(T0 + 17 * 86_400_000)).toEqual([]);
    expect(openDue(db, `feedback-request:a${application.id}`, T0 + 17 * 86_400_000)).toMatchObject({ kind: 'feedback-request', status: 'draft' });
  });

  it('shows a renamed person or company in the due list at once', () => {
    const { application, ana } = seedAcme(db);
    updatePerson(db, { id: ana.id, name: 'Ana Ruiz-Ortega' });
    updateApplication(db, { id: application.id, company: 'Acme Robotics' });
    expect(listDue(db, T0).items.find((i) => i.recipientId === ana.id)).toMatchObject({ recipientName: 'Ana Ruiz-Ortega', company: 'Acme Robotics' });
  });

  it('opens a draft for a check-in before its day has come', () => {
    const a = createApplication(db, { company: 'Initech' }, T0);
    createInterview(db, { applicationId: a.id, startsAt: '2026-11-19T15:00:00Z', endsAt: '2026-11-19T16:00:00Z', timeZone: 'Europe/Berlin', nextStepBy: '2026-11-27' }, T0);
    const item = listDue(db, T0).items.find((i) => i.kind === 'status-check');
    expect(item).toMatchObject({ state: 'waiting', opensAt: '2026-12-01T08:00:00.000Z', recipientId: null });
    expect(openDue(db, item!.key, T0)).toMatchObject({ kind: 'status-check', dueAt: '2026-12-01T16:00:00.000Z', dueKey: item!.key });
  });
});
