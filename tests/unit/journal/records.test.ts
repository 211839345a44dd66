import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createApplication,
  createInterview,
  createPerson,
  deleteApplication,
  deleteInterview,
  deletePerson,
  getApplication,
  getApplicationDetail,
  getInterview,
  getPerson,
  getPersonDetail,
  listApplications,
  listPeople,
  updateApplication,
  updateInterview,
  updatePerson,
  createFollowUp,
} from '../../../src-main/journal/index.ts';
import { count, memoryJournal, seedAcme, T0 } from './helpers.ts';

let db: Database.Database;
beforeEach(() => {
  db = memoryJournal();
});
afterEach(() => db.close());

describe('applications', () => {
  it('creates with defaults and reads back', () => {
    const created = createApplication(db, { company: 'Acme', role: 'Data engineer' }, T0);
    expect(created).toMatchObject({ company: 'Acme', role: 'Data engineer', status: 'active', source: 'other', jobUrl: '', appliedOn: null });
    expect(getApplication(db, created.id)).toEqual(created);
  });

  it('keeps fields left out of an update, and dates a status change', () => {
    const a = createApplication(db, { company: 'Acme', role: 'Data engineer', notes: 'Referred by Kim' }, T0);
    const later = T0 + 3_600_000;
    const updated = updateApplication(db, { id: a.id, status: 'rejected' }, later);
    expect(updated).toMatchObject({ company: 'Acme', notes: 'Referred by Kim', status: 'rejected', statusChangedAt: new Date(later).toISOString() });
    const renamed = updateApplication(db, { id: a.id, role: 'Senior data engineer' }, later + 1000);
    expect(renamed.statusChangedAt).toBe(new Date(later).toISOString());
  });

  it('lists newest activity first, filters by status and by any part of company or role', () => {
    const a = createApplication(db, { company: 'Acme', role: 'Data engineer' }, T0);
    createApplication(db, { company: 'Globex', role: '100% remote_analyst', status: 'offer' }, T0 + 1000);
    createApplication(db, { company: 'Initech', role: 'Platform engineer', status: 'rejected' }, T0 + 2000);
    expect(listApplications(db, {}, T0).items.map((x) => x.company)).toEqual(['Initech', 'Globex', 'Acme']);
    expect(listApplications(db, { status: ['offer', 'rejected'] }, T0).items.map((x) => x.company)).toEqual(['Initech', 'Globex']);
    expect(listApplications(db, { text: 'engin' }, T0)).toMatchObject({ total: 2 });
    // % and _ are matched literally, not as wildcards.
    expect(listApplications(db, { text: '100%' }, T0).items.map((x) => x.company)).toEqual(['Globex']);
    expect(listApplications(db, { text: 'e_g' }, T0).total).toBe(0);
    createInterview(db, { applicationId: a.id, startsAt: '2026-11-25T15:00:00Z', endsAt: '2026-11-25T16:00:00Z', timeZone: 'UTC' }, T0 + 3000);
    const list = listApplications(db, { limit: 1 }, T0);
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({ company: 'Acme', interviewCount: 1, nextInterviewAt: '2026-11-25T15:00:00.000Z', lastInterviewAt: null });
  });

  it('returns the whole application with interviews, people, notes and what is due', () => {
    const { application, ana, bo } = seedAcme(db);
    const rita = createPerson(db, { name: 'Rita Moreno', isRecruiter: true });
    updateApplication(db, { id: application.id, recruiterId: rita.id }, T0);
    const detail = getApplicationDetail(db, application.id, T0);
    expect(detail.recruiter?.name).toBe('Rita Moreno');
    expect(detail.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Bo Chen', 'Rita Moreno']);
    expect(detail.interviews[0]?.interviewers.map((p) => p.id)).toEqual([ana.id, bo.id]);
    expect(detail.due.map((d) => d.key).sort()).toEqual(
      ['recruiter-update:i1', 'status-check:i1:n1', `thank-you:i1:p${ana.id}`, `thank-you:i1:p${bo.id}`].sort(),
    );
  });

  it('refuses a recruiter who is not in the journal', () => {
    expect(() => createApplication(db, { company: 'Acme', recruiterId: 999 })).toThrow(
      expect.objectContaining({ code: 'invalid-input', fields: [{ path: 'recruiterId', message: expect.stringMatching(/not in the journal/) }] }),
    );
    expect(count(db, 'applications')).toBe(0);
  });

  it('deletes with its interviews and notes, but not the people', () => {
    const { application } = seedAcme(db);
    createFollowUp(db, { applicationId: application.id, kind: 'other', body: 'hello' });
    deleteApplication(db, application.id);
    expect(count(db, 'applications') + count(db, 'interviews') + count(db, 'followups') + count(db, 'interview_people')).toBe(0);
    expect(count(db, 'people')).toBe(2);
    expect(() => getApplication(db, application.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('interviews', () => {
  it('stores times, zone, topics and the people who took part', () => {
    const { interview } = seedAcme(db);
    expect(getInterview(db, interview.id)).toMatchObject({
      startsAt: '2026-11-17T15:00:00.000Z',
      timeZone: 'America/New_York',
      topics: ['migrating nightly batch jobs to streaming', 'on-call rotation'],
      interviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }],
    });
  });

  it('replaces the interviewers with the ids given plus new people, in one go', () => {
    const { interview, bo } = seedAcme(db);
    const updated = updateInterview(db, { id: interview.id, interviewerIds: [bo.id], newInterviewers: [{ name: '李小龍' }] }, T0);
    expect(updated.interviewers.map((p) => p.name)).toEqual(['Bo Chen', '李小龍']);
    expect(count(db, 'people')).toBe(3);
  });

  it('keeps the interviewers when the update does not mention them, and keeps each topic once', () => {
    const { interview } = seedAcme(db);
    const updated = updateInterview(db, { id: interview.id, notes: 'Went well', topics: ['Kafka', 'kafka', 'SLAs'] }, T0);
    expect(updated.interviewers).toHaveLength(2);
    expect(updated.topics).toEqual(['Kafka', 'SLAs']);
  });

  it('writes nothing when one interviewer id is unknown', () => {
    const a = createApplication(db, { company: 'Acme' });
    const before = count(db, 'people');
    expect(() =>
      createInterview(db, {
        applicationId: a.id,
        startsAt: '2026-11-17T15:00:00Z',
        endsAt: '2026-11-17T16:00:00Z',
        timeZone: 'UTC',
        interviewerIds: [424242],
        newInterviewers: [{ name: 'New Person' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-input', fields: [{ path: 'interviewerIds.0', message: expect.any(String) }] }));
    expect(count(db, 'interviews')).toBe(0);
    expect(count(db, 'people')).toBe(before);
  });

  it('refuses an update that would put the end before the start', () => {
    const { interview } = seedAcme(db);
    expect(() => updateInterview(db, { id: interview.id, endsAt: '2026-11-17T14:00:00.000Z' })).toThrow(
      expect.objectContaining({ fields: [{ path: 'endsAt', message: 'End must be after the start.' }] }),
    );
    expect(getInterview(db, interview.id).endsAt).toBe('2026-11-17T16:00:00.000Z');
  });

  it('keeps notes written for a deleted interview, detached from it', () => {
    const { application, interview, ana } = seedAcme(db);
    const note = createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you', body: 'Thanks!' });
    deleteInterview(db, interview.id);
    expect(getApplicationDetail(db, application.id).followUps).toEqual([expect.objectContaining({ id: note.id, interviewId: null, body: 'Thanks!' })]);
  });
});

describe('people', () => {
  it('creates, updates only what is given, and lists by name with their interview count', () => {
    seedAcme(db);
    const zoe = createPerson(db, { name: 'Zoë Ångström', email: 'zoe@example.com', isRecruiter: true });
    expect(updatePerson(db, { id: zoe.id, title: 'Talent partner' })).toMatchObject({ name: 'Zoë Ångström', title: 'Talent partner', isRecruiter: true });
    expect(listPeople(db).map((p) => [p.name, p.interviewCount])).toEqual([
      ['Ana Ruiz', 1],
      ['Bo Chen', 1],
      ['Zoë Ångström', 0],
    ]);
    expect(listPeople(db, { recruitersOnly: true }).map((p) => p.name)).toEqual(['Zoë Ångström']);
    expect(listPeople(db, { text: 'manager' }).map((p) => p.name)).toEqual(['Bo Chen']);
  });

  it('shows the interviews and notes of a person', () => {
    const { application, interview, ana } = seedAcme(db);
    createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you' });
    const detail = getPersonDetail(db, ana.id);
    expect(detail.interviews).toEqual([expect.objectContaining({ interviewId: interview.id, company: 'Acme', round: 'technical' })]);
    expect(detail.followUps).toHaveLength(1);
  });

  it('deleting a person unlinks them, keeps notes addressed to them and drops their reminders', () => {
    const { application, interview, ana } = seedAcme(db);
    createFollowUp(db, { applicationId: application.id, interviewId: interview.id, recipientId: ana.id, kind: 'thank-you', body: 'Dear Ana' });
    deletePerson(db, ana.id);
    expect(() => getPerson(db, ana.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(getInterview(db, interview.id).interviewers.map((p) => p.name)).toEqual(['Bo Chen']);
    const detail = getApplicationDetail(db, application.id, T0);
    expect(detail.followUps[0]).toMatchObject({ recipientId: null, body: 'Dear Ana' });
    expect(detail.due.filter((d) => d.kind === 'thank-you').map((d) => d.recipientName)).toEqual(['Bo Chen']);
  });
});
