import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addPersonalWord,
  createApplication,
  createFollowUp,
  createInterview,
  createPerson,
  getSettings,
  openDue,
  removePersonalWord,
  reviewContext,
  saveDraft,
  updateSettings,
} from '../../../src-main/journal/index.ts';
import { systemDialect } from '../../../src-main/journal/settings.ts';
import { journalDialect } from '../../../src-shared/review/dialects.ts';
import { memoryJournal, seedAcme, T0 } from './helpers.ts';

let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

describe('settings', () => {
  it('starts empty with the usual reading grade and the system’s English, and keeps what is changed', () => {
    // The tray and login settings start off: nothing keeps running after the window closes until the user asks.
    expect(getSettings(db)).toEqual({
      userName: '',
      userEmail: '',
      signature: '',
      readingGrade: 11,
      dialect: '',
      systemDialect: systemDialect(),
      personalWords: [],
      closeToTray: false,
      trayExplained: false,
      openAtLogin: false,
    });
    updateSettings(db, { userName: 'Sam Lee', signature: 'Best,\nSam' });
    expect(updateSettings(db, { readingGrade: 9, dialect: 'en-GB' })).toMatchObject({ userName: 'Sam Lee', signature: 'Best,\nSam', readingGrade: 9, dialect: 'en-GB' });
  });

  it('reads the reading age an older journal kept as the same reading grade (age minus five)', () => {
    db.prepare("INSERT INTO settings (key, value) VALUES ('readingAge', '14')").run();
    expect(getSettings(db).readingGrade).toBe(9);
    updateSettings(db, { readingGrade: 8 });
    expect(getSettings(db).readingGrade).toBe(8);
  });

  it('follows the system’s English until the journal chooses one', () => {
    expect(journalDialect({ dialect: '', systemDialect: 'en-AU' })).toBe('en-AU');
    expect(journalDialect({ dialect: 'en-CA', systemDialect: 'en-AU' })).toBe('en-CA');
  });

  it('keeps a personal dictionary without duplicates, sorted', () => {
    addPersonalWord(db, 'Kubernetes');
    addPersonalWord(db, 'dbt');
    expect(addPersonalWord(db, 'Kubernetes').personalWords).toEqual(['dbt', 'Kubernetes']);
    expect(removePersonalWord(db, 'dbt').personalWords).toEqual(['Kubernetes']);
  });
});

describe('review context', () => {
  it('gives the review engine the note, who it is for, the topics and the names it must not mix up', () => {
    const { application, interview, ana, bo } = seedAcme(db);
    createApplication(db, { company: 'Globex' });
    createApplication(db, { company: 'acme' }); // the same company under another application is not "another company"
    const initech = createApplication(db, { company: 'Initech' });
    createInterview(db, {
      applicationId: initech.id,
      startsAt: '2026-11-10T15:00:00Z',
      endsAt: '2026-11-10T16:00:00Z',
      timeZone: 'UTC',
      newInterviewers: [{ name: 'Peter Gibbons' }],
    });
    updateSettings(db, { userName: 'Sam Lee', readingGrade: 9, dialect: 'en-GB' });
    addPersonalWord(db, 'Kafka');

    const toAna = openDue(db, `thank-you:i${interview.id}:p${ana.id}`, T0);
    saveDraft(db, toAna.id, 'Thank you', 'Dear Ana, thank you for the talk about streaming.');
    const toBo = openDue(db, `thank-you:i${interview.id}:p${bo.id}`, T0);
    saveDraft(db, toBo.id, 'Thank you', 'Dear Bo, thank you for the talk about streaming.');
    createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: bo.id, kind: 'status-check', body: 'Any news?' });

    expect(reviewContext(db, toAna.id)).toEqual({
      followUpId: toAna.id,
      kind: 'thank-you',
      channel: 'email',
      subject: 'Thank you',
      body: 'Dear Ana, thank you for the talk about streaming.',
      company: 'Acme',
      // Acme's record has no short names yet, and the application has no posting.
      companyAliases: [],
      role: 'Data engineer',
      recipient: { name: 'Ana Ruiz', title: 'Staff engineer' },
      interviewers: [
        { name: 'Ana Ruiz', title: 'Staff engineer' },
        { name: 'Bo Chen', title: 'Engineering manager' },
      ],
      topics: ['migrating nightly batch jobs to streaming', 'on-call rotation'],
      references: [],
      otherCompanies: ['Globex', 'Initech'],
      otherNames: ['Peter Gibbons'],
      siblingDrafts: [{ recipient: 'Bo Chen', text: 'Dear Bo, thank you for the talk about streaming.' }],
      personalWords: ['Kafka'],
      readingGrade: 9,
      dialect: 'en-GB',
      userName: 'Sam Lee',
    });
  });

  it('works for a note tied to no interview or person', () => {
    const app = createApplication(db, { company: 'Globex' });
    createPerson(db, { name: 'Someone Else' });
    const note = createFollowUp(db, { applicationId: app.id, kind: 'other' });
    expect(reviewContext(db, note.id)).toMatchObject({ recipient: null, interviewers: [], topics: [], siblingDrafts: [], otherNames: ['Someone Else'] });
  });
});
