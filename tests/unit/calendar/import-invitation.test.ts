/**
 * Invitations into the journal through `dispatch`, as the Import screen calls it: what a preview matches, the
 * interview and thank-you notes an import makes, an update that moves them, a cancellation that withdraws them.
 */
import { describe, expect, it } from 'vitest';
import type { InvitationImportResult, InvitationPreview } from '../../../src-shared/api/calendar-types.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { call, refusal, useTempServices } from '../support/services.ts';
import { appleInvitation, cancellation, googleInvitation, invitationEmail, outlookInvitation } from './invitations.ts';

/** The day after the Google interview (19:00–20:00 UTC on 3 December): its thank-you notes are due. */
const AFTER = Date.parse('2026-12-04T09:00:00.000Z');
const journals = useTempServices();
const b64 = (text: string) => Buffer.from(text).toString('base64');

function start(now = AFTER): { services: Services; setNow: (t: number) => void } {
  let current = now;
  const services = journals.start({ dataDir: journals.dir('afterword-invitations-'), clock: () => current });
  return { services, setNow: (t) => (current = t) };
}

const preview = (services: Services, text: string, fileName = 'invite.ics') =>
  call<InvitationPreview>(services, 'calendar.readInvitation', { fileName, base64: b64(text), timeZone: 'Europe/Berlin' });

describe('previewing an invitation', () => {
  it('should match attendees by address first, then by name, leave the user out, and write nothing', async () => {
    const { services } = start();
    await call(services, 'settings.update', { userEmail: 'Sam.Candidate@gmail.com' });
    const priya = await call(services, 'people.create', { name: 'P. Raman', email: 'priya.raman@northwind-labs.com' });
    const dana = await call(services, 'people.create', { name: 'Dana Whitfield' });
    const seen = await preview(services, googleInvitation());
    expect(seen.attendees.map((a) => [a.email, a.personId, a.matchedBy, a.isYou])).toEqual([
      ['dana.whitfield@northwind-labs.com', dana.id, 'name', false],
      ['priya.raman@northwind-labs.com', priya.id, 'email', false],
      ['sam.candidate@gmail.com', null, null, true],
    ]);
    expect(seen.action).toBe('create');
    expect(seen.application).toBeNull();
    expect((await call(services, 'applications.list', {})).total).toBe(0);
  });

  it('should not match a name two people in the journal share', async () => {
    const { services } = start();
    await call(services, 'people.create', { name: 'Dana Whitfield', company: 'Elsewhere' });
    await call(services, 'people.create', { name: 'Dana Whitfield', company: 'Another' });
    const seen = await preview(services, googleInvitation());
    expect(seen.attendees[0]).toMatchObject({ personId: null, matchedBy: null });
  });

  it('should match the application by company name, or else by the organiser’s domain', async () => {
    const { services } = start();
    const northwind = await call(services, 'applications.create', { company: 'Northwind Labs Inc.', role: 'Data Engineer' });
    const contoso = await call(services, 'applications.create', { company: 'Contoso Energie Deutschland', role: 'Analyst' });
    expect((await preview(services, googleInvitation())).application).toMatchObject({ id: northwind.id, matchedBy: 'company' });
    const outlook = await preview(services, outlookInvitation());
    // Neither the title nor the guessed company is the application's name; "contoso-energie.de" leads to it.
    expect(outlook.application).toMatchObject({ id: contoso.id, matchedBy: 'domain' });
    expect((await preview(services, appleInvitation())).application).toBeNull();
  });
});

describe('importing an invitation', () => {
  it('should create the interview with its interviewers, and plan a thank-you note for each of them', async () => {
    const { services } = start();
    await call(services, 'settings.update', { userEmail: 'sam.candidate@gmail.com' });
    const result = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
      fileName: 'invite.ics',
      base64: b64(googleInvitation()),
      newApplication: { company: 'Northwind Labs', role: 'Data Engineer' },
    });
    expect(result.action).toBe('created');
    const interview = await call(services, 'interviews.get', { id: result.interviewId });
    expect(interview).toMatchObject({
      startsAt: '2026-12-03T19:00:00.000Z',
      endsAt: '2026-12-03T20:00:00.000Z',
      timeZone: 'America/New_York',
      round: 'technical',
      format: 'video',
      location: 'https://meet.google.com/kpw-zqxe-rtn',
      calendarUid: '5p3kq0n1c7s8t2v4x6z9b1d3f5@google.com',
      cancelledAt: null,
    });
    expect(interview.interviewers.map((p: { name: string }) => p.name)).toEqual(['Dana Whitfield', 'Priya Raman']);
    const due = await call(services, 'due.list', {});
    const thankYous = due.items.filter((i: { kind: string }) => i.kind === 'thank-you');
    expect(thankYous.map((i: { recipientName: string; dueAt: string }) => [i.recipientName, i.dueAt])).toEqual([
      ['Dana Whitfield', '2026-12-04T20:00:00.000Z'],
      ['Priya Raman', '2026-12-04T20:00:00.000Z'],
    ]);
    // The user's own address is never an interviewer, nor owed a note.
    expect((await call(services, 'people.list', {})).map((p: { email: string }) => p.email)).not.toContain('sam.candidate@gmail.com');
    expect(result.dueKeys).toEqual([...thankYous.map((i: { key: string }) => i.key), `status-check:i${result.interviewId}:n1`]);
  });

  it('should update the same interview when the same UID comes again, moving its due items with the new time', async () => {
    const { services } = start();
    const created = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
      base64: b64(googleInvitation()),
      newApplication: { company: 'Northwind Labs' },
    });
    const again = await preview(services, googleInvitation({ sequence: 1, start: '20261204T090000', end: '20261204T100000' }));
    expect(again).toMatchObject({ action: 'update', existing: { interviewId: created.interviewId }, application: { matchedBy: 'uid' } });
    const updated = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
      base64: b64(googleInvitation({ sequence: 1, start: '20261204T090000', end: '20261204T100000' })),
    });
    expect(updated).toMatchObject({ action: 'updated', interviewId: created.interviewId, applicationId: created.applicationId });
    expect((await call(services, 'applications.get', { id: created.applicationId })).interviews).toHaveLength(1);
    const interview = await call(services, 'interviews.get', { id: created.interviewId });
    expect(interview.startsAt).toBe('2026-12-04T14:00:00.000Z');
    // A form opened on the interview before the update is told it changed, rather than saving over it.
    expect(await refusal(services, 'interviews.update', { id: created.interviewId, notes: 'x', baseRevision: interview.revision - 1 })).toMatchObject({ code: 'conflict' });
    // Interviewers are not added twice.
    expect(interview.interviewers).toHaveLength(3);
    const later = await call(services, 'due.list', { now: '2026-12-04T16:00:00.000Z' });
    expect(new Set(later.items.filter((i: { kind: string }) => i.kind === 'thank-you').map((i: { dueAt: string }) => i.dueAt))).toEqual(
      new Set(['2026-12-05T15:00:00.000Z']),
    );
  });

  it('should refuse an invitation older than the one already imported, changing nothing', async () => {
    const { services } = start();
    const created = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
      base64: b64(googleInvitation({ sequence: 3 })),
      newApplication: { company: 'Northwind Labs' },
    });
    const refused = await refusal(services, 'calendar.importInvitation', { base64: b64(googleInvitation({ sequence: 1, start: '20261210T090000', end: '20261210T100000' })) });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('older than the one already imported');
    expect((await call(services, 'interviews.get', { id: created.interviewId })).startsAt).toBe('2026-12-03T19:00:00.000Z');
  });

  it('should mark the interview cancelled on METHOD:CANCEL and withdraw its due items, keeping it and its notes', async () => {
    const { services } = start();
    const created = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
      base64: b64(googleInvitation()),
      newApplication: { company: 'Northwind Labs' },
    });
    const draft = await call(services, 'followups.openDue', { key: created.dueKeys[0] });
    expect((await preview(services, cancellation())).action).toBe('cancel');
    const cancelled = await call<InvitationImportResult>(services, 'calendar.importInvitation', { base64: b64(cancellation()) });
    expect(cancelled).toEqual({ action: 'cancelled', interviewId: created.interviewId, applicationId: created.applicationId, dueKeys: [] });
    expect((await call(services, 'interviews.get', { id: created.interviewId })).cancelledAt).toBe(new Date(AFTER).toISOString());
    expect((await call(services, 'due.list', {})).items).toEqual([]);
    expect((await call(services, 'followups.get', { id: draft.id })).followUp.id).toBe(draft.id);
    // A new invitation for the same UID (the interview is back on) undoes the cancellation.
    await call(services, 'calendar.importInvitation', { base64: b64(googleInvitation({ sequence: 3 })) });
    expect((await call(services, 'interviews.get', { id: created.interviewId })).cancelledAt).toBeNull();
    expect((await call(services, 'due.list', {})).items.length).toBeGreaterThan(0);
  });

  it('should refuse a cancellation of an interview it never imported', async () => {
    const { services } = start();
    expect(await refusal(services, 'calendar.importInvitation', { base64: b64(cancellation()) })).toEqual({
      code: 'not-found',
      message: 'This cancellation is for an interview that is not in the journal, so there is nothing to cancel.',
    });
  });

  it('should use chosen people and the chosen application, and import from an email', async () => {
    const { services } = start(Date.parse('2026-12-09T09:00:00.000Z'));
    const app = await call(services, 'applications.create', { company: 'Contoso Energie AG' });
    const jonas = await call(services, 'people.create', { name: 'J. Müller' });
    const result = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
      fileName: 'Einladung.eml',
      base64: b64(invitationEmail(outlookInvitation())),
      applicationId: app.id,
      attendees: [{ index: 0, personId: jonas.id }],
      round: 'final',
    });
    const interview = await call(services, 'interviews.get', { id: result.interviewId });
    expect(interview).toMatchObject({ applicationId: app.id, round: 'final', timeZone: 'Europe/Berlin', startsAt: '2026-12-08T09:00:00.000Z' });
    expect(interview.interviewers.map((p: { id: number }) => p.id)).toEqual([jonas.id]);
  });

  it('should refuse an import with no application, a bad file, or an attendee that is not there, writing nothing', async () => {
    const { services } = start();
    expect((await refusal(services, 'calendar.importInvitation', { base64: b64(googleInvitation()) })).message).toBe(
      'Choose the application this interview belongs to, or name the company for a new one.',
    );
    expect(await refusal(services, 'calendar.importInvitation', { fileName: 'x.ics', base64: b64('not a calendar'), newApplication: { company: 'X' } })).toMatchObject({
      code: 'invalid-input',
      message: 'x.ics is neither a calendar file (.ics) nor an invitation email (.eml).',
    });
    expect(
      (await refusal(services, 'calendar.importInvitation', { base64: b64(googleInvitation()), newApplication: { company: 'X' }, attendees: [{ index: 9, personId: null }] }))
        .message,
    ).toBe('The invitation has no such attendee.');
    expect((await refusal(services, 'calendar.readInvitation', { base64: '!!!' })).code).toBe('invalid-input');
    expect((await call(services, 'applications.list', {})).total).toBe(0);
    expect(await call(services, 'people.list', {})).toEqual([]);
  });
});

describe('an imported interview in the journal file', () => {
  it('should keep its invitation and its cancellation through export and import, so a later update still finds it', async () => {
    const { services } = start();
    await call(services, 'calendar.importInvitation', { base64: b64(googleInvitation({ sequence: 1 })), newApplication: { company: 'Northwind Labs' } });
    await call(services, 'calendar.importInvitation', { base64: b64(cancellation()) });
    const exported = await call<{ text: string }>(services, 'journal.exportJson', {});
    const copy = start().services;
    await call(copy, 'journal.importJson', { text: exported.text, mode: 'replace-empty' });
    const [interview] = (await call(copy, 'applications.get', { id: 1 })).interviews;
    expect(interview).toMatchObject({ calendarUid: '5p3kq0n1c7s8t2v4x6z9b1d3f5@google.com', cancelledAt: new Date(AFTER).toISOString() });
    expect((await preview(copy, googleInvitation({ sequence: 3 }))).action).toBe('update');
    // The sequence came along too: the first invitation is older than what the journal holds.
    expect((await refusal(copy, 'calendar.importInvitation', { base64: b64(googleInvitation()) })).code).toBe('conflict');
  });
});
