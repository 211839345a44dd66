// Who brought an application (a recruiter, a referrer): chosen from People or added on the spot, what that makes
// due, and how the person's page shows every part they play.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createApplication,
  createInterview,
  createPerson,
  deletePerson,
  getApplicationDetail,
  getPersonDetail,
  listDue,
  updateApplication,
} from '../../../src-main/journal/index.ts';
import { count, memoryJournal, T0 } from './helpers.ts';

const HOUR = 3_600_000;
let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

function interviewWith(applicationId: number, names: string[], endsAt = '2026-11-19T16:00:00.000Z') {
  const start = new Date(Date.parse(endsAt) - HOUR).toISOString();
  return createInterview(
    db,
    { applicationId, round: 'panel', startsAt: start, endsAt, timeZone: 'Europe/London', newInterviewers: names.map((name) => ({ name, company: 'Brightline' })) },
    T0 - 2 * HOUR,
  );
}

describe('who brought an application', () => {
  it('adds a recruiter on the spot, marked as a recruiter, in the same write as the application', () => {
    const app = createApplication(db, { company: 'Brightline', source: 'recruiter', newRecruiter: { name: 'Rita Okafor', email: 'rita@talentbridge.example' } }, T0);
    const detail = getApplicationDetail(db, app.id, T0);
    expect(detail.recruiter).toMatchObject({ name: 'Rita Okafor', email: 'rita@talentbridge.example', isRecruiter: true });
    expect(detail.people.map((p) => p.name)).toEqual(['Rita Okafor']);
  });

  it('writes neither the application nor the new person when the other chosen person is gone', () => {
    expect(() => createApplication(db, { company: 'Brightline', newRecruiter: { name: 'Rita Okafor' }, referrerId: 404 }, T0)).toThrow(/referrer is not in the journal/);
    expect(count(db, 'applications')).toBe(0);
    expect(count(db, 'people')).toBe(0);
  });

  it('refuses a recruiter both chosen and added new, naming the field, and writes nothing', () => {
    const rita = createPerson(db, { name: 'Rita Okafor' }, T0);
    expect(() => createApplication(db, { company: 'Brightline', recruiterId: rita.id, newRecruiter: { name: 'Rita O.' } }, T0)).toThrow(/not both/);
    expect(count(db, 'applications')).toBe(0);
    expect(count(db, 'people')).toBe(1);
  });

  it('keeps the recruiter and referrer when an update does not mention them, and clears one given as null', () => {
    const kim = createPerson(db, { name: 'Kim Lee' }, T0);
    const rita = createPerson(db, { name: 'Rita Okafor', isRecruiter: true }, T0);
    const app = createApplication(db, { company: 'Brightline', recruiterId: rita.id, referrerId: kim.id }, T0);
    expect(updateApplication(db, { id: app.id, role: 'Analyst' }, T0)).toMatchObject({ recruiterId: rita.id, referrerId: kim.id });
    expect(updateApplication(db, { id: app.id, referrerId: null }, T0)).toMatchObject({ recruiterId: rita.id, referrerId: null });
  });

  it('makes a recruiter update due after each interview of a recruiter-run application, and none without a recruiter', () => {
    const withRecruiter = createApplication(db, { company: 'Brightline', newRecruiter: { name: 'Rita Okafor' } }, T0 - 5 * 24 * HOUR);
    const direct = createApplication(db, { company: 'Northwind' }, T0 - 5 * 24 * HOUR);
    interviewWith(withRecruiter.id, ['Ana Ruiz'], '2026-11-19T16:00:00.000Z');
    interviewWith(withRecruiter.id, ['Bo Chen'], '2026-11-20T10:00:00.000Z');
    interviewWith(direct.id, ['Cy Park'], '2026-11-20T10:00:00.000Z');
    const updates = listDue(db, T0).items.filter((item) => item.kind === 'recruiter-update');
    expect(updates.map((item) => [item.company, item.recipientName, item.dueAt])).toEqual([
      ['Brightline', 'Rita Okafor', '2026-11-20T16:00:00.000Z'],
      ['Brightline', 'Rita Okafor', '2026-11-21T10:00:00.000Z'],
    ]);
  });

  it('sends the feedback request after a rejection to the recruiter, not the interviewer, once one is attached', () => {
    const app = createApplication(db, { company: 'Brightline' }, T0 - 5 * 24 * HOUR);
    interviewWith(app.id, ['Ana Ruiz', 'Bo Chen']);
    updateApplication(db, { id: app.id, status: 'rejected' }, T0);
    const feedback = () => listDue(db, T0 + HOUR).items.find((item) => item.kind === 'feedback-request');
    expect(feedback()?.recipientName).toBe('Ana Ruiz');
    updateApplication(db, { id: app.id, newRecruiter: { name: 'Rita Okafor' } }, T0);
    expect(feedback()?.recipientName).toBe('Rita Okafor');
  });

  it('lists on a person’s page every application they are part of, with each part they play', () => {
    const app = createApplication(db, { company: 'Brightline', role: 'Analyst', newRecruiter: { name: 'Rita Okafor' } }, T0);
    const rita = getApplicationDetail(db, app.id, T0).recruiter!;
    const interview = createInterview(
      db,
      { applicationId: app.id, round: 'screen', startsAt: '2026-11-18T10:00:00.000Z', endsAt: '2026-11-18T10:30:00.000Z', timeZone: 'UTC', interviewerIds: [rita.id] },
      T0,
    );
    const other = createApplication(db, { company: 'Northwind', referrerId: rita.id }, T0 + HOUR);
    createApplication(db, { company: 'Unrelated Ltd' }, T0);

    const page = getPersonDetail(db, rita.id);
    expect(page.applications.map((a) => [a.company, a.parts, a.interviews.map((i) => i.interviewId)])).toEqual([
      ['Northwind', ['referrer'], []],
      ['Brightline', ['recruiter', 'interviewer'], [interview.id]],
    ]);
    expect(page.applications[0]?.applicationId).toBe(other.id);
  });

  it('unlinks a deleted recruiter, and the recruiter update goes with them', () => {
    const app = createApplication(db, { company: 'Brightline', newRecruiter: { name: 'Rita Okafor' } }, T0 - 5 * 24 * HOUR);
    interviewWith(app.id, ['Ana Ruiz']);
    const rita = getApplicationDetail(db, app.id, T0).recruiter!;
    deletePerson(db, rita.id);
    expect(getApplicationDetail(db, app.id, T0).application.recruiterId).toBeNull();
    expect(listDue(db, T0).items.map((item) => item.kind)).not.toContain('recruiter-update');
  });
});
