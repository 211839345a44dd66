// Importing into a journal that already holds records: a preview that writes nothing, then a merge that adds what
// is new, keeps the journal's version of what differs, and brings deleted records back with their own ids.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createApplication,
  createFollowUp,
  createInterview,
  createPerson,
  deleteApplication,
  deleteInterview,
  deletePerson,
  updateApplication,
  exportJournalText,
  getApplicationDetail,
  listDue,
  mergeJournal,
  previewImport,
} from '../../../src-main/journal/index.ts';
import { count, memoryJournal, seedAcme, T0 } from './helpers.ts';

let ours: Database.Database;
let theirs: Database.Database;
beforeEach(() => {
  ours = memoryJournal();
  theirs = memoryJournal();
});
afterEach(() => {
  ours.close();
  theirs.close();
});

const fingerprint = (db: Database.Database) =>
  ['people', 'applications', 'interviews', 'interview_people', 'followups', 'personal_words', 'settings', 'due_items', 'status_changes', 'job_postings', 'companies']
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()))
    .join('\n');

describe('importing into a journal that holds records', () => {
  it('previews what is new, what matches and what conflicts, and changes nothing', () => {
    // Theirs: Acme with Ana and Bo, and Globex. Ours: Ana (same address), Acme with other notes, and Initech.
    seedAcme(theirs);
    createApplication(theirs, { company: 'Globex', role: 'Analyst' }, T0);
    createPerson(ours, { name: 'Ana Ruiz', title: 'Staff engineer', company: 'Acme' }, T0);
    createApplication(ours, { company: 'Acme', role: 'Data engineer', source: 'referral', notes: 'Our own notes' }, T0);
    createApplication(ours, { company: 'Initech' }, T0);
    const before = fingerprint(ours);

    const preview = previewImport(ours, exportJournalText(theirs, '1.0.0', T0));
    expect(preview.counts.new).toEqual({ people: 1, applications: 1, interviews: 1, followUps: 0 });
    expect(preview.counts.matching).toEqual({ people: 1, applications: 0, interviews: 0, followUps: 0 });
    expect(preview.counts.conflicts).toEqual({ people: 0, applications: 1, interviews: 0, followUps: 0 });
    expect(preview.new.map((entry) => entry.label)).toEqual(['Globex · Analyst', expect.stringMatching(/^Acme: technical interview, 2026-11-17$/), 'Bo Chen']);
    expect(preview.conflicts).toEqual([{ kind: 'application', label: 'Acme · Data engineer', differs: ['notes'] }]);
    expect(fingerprint(ours)).toBe(before);
  });

  it('adds what is new under the journal’s own records, keeps its version of a conflict, and plans what is due', () => {
    seedAcme(theirs);
    const ana = createPerson(ours, { name: 'Ana Ruiz', title: 'Staff engineer', company: 'Acme' }, T0);
    const acme = createApplication(ours, { company: 'Acme', role: 'Data engineer', notes: 'Our own notes' }, T0);

    const result = mergeJournal(ours, exportJournalText(theirs, '1.0.0', T0));
    expect(result.added).toEqual({ people: 1, applications: 0, interviews: 1, followUps: 0 });
    const detail = getApplicationDetail(ours, acme.id, T0);
    expect(detail.application.notes).toBe('Our own notes');
    expect(detail.interviews).toHaveLength(1);
    // The interview hangs on our Acme and our Ana, not on copies of them.
    expect(detail.interviews[0]!.interviewers.map((p) => p.id)).toContain(ana.id);
    expect(count(ours, 'people')).toBe(2);
    expect(listDue(ours, T0).items.filter((item) => item.kind === 'thank-you').map((item) => item.recipientName).sort()).toEqual(['Ana Ruiz', 'Bo Chen']);
  });

  it('adds nothing the second time the same file is merged', () => {
    seedAcme(theirs);
    createApplication(ours, { company: 'Initech' }, T0);
    const text = exportJournalText(theirs, '1.0.0', T0);
    mergeJournal(ours, text);
    const once = fingerprint(ours);
    expect(mergeJournal(ours, text).added).toEqual({ people: 0, applications: 0, interviews: 0, followUps: 0 });
    expect(fingerprint(ours)).toBe(once);
  });

  it('brings a deleted application back, with its interviews, notes and reminder keys, under its own ids', () => {
    const { application, interview, ana } = seedAcme(ours);
    const note = createFollowUp(ours, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you', body: 'Dear Ana' }, T0);
    createApplication(ours, { company: 'Initech' }, T0);
    const snapshot = exportJournalText(ours, '1.0.0', T0);
    const before = fingerprint(ours);
    deleteApplication(ours, application.id);
    expect(count(ours, 'interviews')).toBe(0);

    mergeJournal(ours, snapshot);
    expect(fingerprint(ours)).toBe(before);
    const back = getApplicationDetail(ours, application.id, T0);
    expect(back.followUps.map((f) => [f.id, f.body])).toEqual([[note.id, 'Dear Ana']]);
  });

  it('brings a deleted person back onto their interview, their notes and the application they brought', () => {
    const { application, interview, ana } = seedAcme(ours);
    updateApplication(ours, { id: application.id, recruiterId: ana.id }, T0);
    createFollowUp(ours, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you', body: 'Dear Ana' }, T0);
    const snapshot = exportJournalText(ours, '1.0.0', T0);
    const before = fingerprint(ours);
    deletePerson(ours, ana.id);
    deleteInterview(ours, interview.id);

    mergeJournal(ours, snapshot);
    expect(fingerprint(ours)).toBe(before);
    expect(count(ours, 'followups')).toBe(1);
  });

  it('refuses a damaged file without writing anything', () => {
    createApplication(ours, { company: 'Initech' }, T0);
    const before = fingerprint(ours);
    expect(() => mergeJournal(ours, '{"format":"afterword-journal"')).toThrow();
    expect(() => previewImport(ours, '{}')).toThrow();
    expect(fingerprint(ours)).toBe(before);
  });
});
