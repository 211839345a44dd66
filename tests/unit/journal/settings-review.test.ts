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
import { memoryJournal, seedAcme, T0 } from './helpers.ts';

let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

describe('settings', () => {
  it('starts empty with the usual reading age, and keeps what is changed', () => {
    // The tray and login settings start off: nothing keeps running after the window closes until the user asks.
    expect(getSettings(db)).toEqual({
      userName: '',
      userEmail: '',
      signature: '',
      readingAge: 16,
      personalWords: [],
      closeToTray: false,
      trayExplained: false,
      openAtLogin: false,
    });
    updateSettings(db, { userName: 'Sam Lee', signature: 'Best,\nSam' });
    expect(updateSettings(db, { readingAge: 14 })).toMatchObject({ userName: 'Sam Lee', signature: 'Best,\nSam', readingAge: 14 });
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
    updateSettings(db, { userName: 'Sam Lee', readingAge: 14 });
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
      readingAge: 14,
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
