import { afterEach, describe, expect, it } from 'vitest';
import {
  describeDeadline,
  dueItems,
  dueKeys,
  parseDueKey,
  planDueItems,
  wallTimeAt,
  type DueApplication,
  type DueFollowUp,
  type DueInterview,
} from '../../../src-shared/due/index.ts';

const utc = (iso: string) => Date.parse(iso);
const ana = { id: 11, name: 'Ana Ruiz' };
const bo = { id: 12, name: 'Bo Chen' };
const rita = { id: 20, name: 'Rita Recruiter' };

function interview(overrides: Partial<DueInterview> = {}): DueInterview {
  return {
    id: 1,
    round: 'technical',
    startsAt: '2026-11-17T15:00:00.000Z',
    endsAt: '2026-11-17T16:00:00.000Z',
    timeZone: 'America/New_York',
    nextStepBy: null,
    interviewers: [ana, bo],
    ...overrides,
  };
}

function app(overrides: Partial<DueApplication> = {}): DueApplication {
  return {
    id: 7,
    company: 'Acme',
    role: 'Data engineer',
    status: 'active',
    statusChangedAt: '2026-11-01T10:00:00.000Z',
    recruiter: null,
    interviews: [interview()],
    followUps: [],
    ...overrides,
  };
}

let nextNoteId = 100;
function note(overrides: Partial<DueFollowUp>): DueFollowUp {
  return {
    id: nextNoteId++,
    kind: 'thank-you',
    interviewId: 1,
    recipientId: ana.id,
    status: 'sent',
    sentAt: '2026-11-17T20:00:00.000Z',
    replyAt: null,
    dueKey: null,
    ...overrides,
  };
}

const keysAt = (a: DueApplication, now: string) => dueItems([a], utc(now)).map((i) => i.key);
const find = (a: DueApplication, now: string, key: string) => dueItems([a], utc(now)).find((i) => i.key === key);

describe('thank-you notes', () => {
  it('asks for one note per interviewer, due 24 hours after the interview ends', () => {
    const items = dueItems([app()], utc('2026-11-17T18:00:00Z')).filter((i) => i.kind === 'thank-you');
    expect(items.map((i) => [i.recipientName, i.dueAt, i.state])).toEqual([
      ['Ana Ruiz', '2026-11-18T16:00:00.000Z', 'open'],
      ['Bo Chen', '2026-11-18T16:00:00.000Z', 'open'],
    ]);
    expect(items[0]).toMatchObject({ key: 'thank-you:i1:p11', applicationId: 7, interviewId: 1, recipientId: 11, overdue: false });
  });

  it('asks for nothing before the interview has ended', () => {
    expect(keysAt(app(), '2026-11-17T15:30:00Z')).toEqual([]);
  });

  it('marks the note overdue once the 24 hours have passed', () => {
    expect(find(app(), '2026-11-18T16:00:01Z', 'thank-you:i1:p11')).toMatchObject({ state: 'overdue', overdue: true });
  });

  it('is settled per person by a sent note and removed by a skipped one', () => {
    const a = app({
      followUps: [note({ recipientId: ana.id }), note({ recipientId: bo.id, status: 'skipped', sentAt: null })],
    });
    expect(keysAt(a, '2026-11-17T18:00:00Z').filter((k) => k.startsWith('thank-you'))).toEqual([]);
    const onlyAna = app({ followUps: [note({ recipientId: ana.id })] });
    expect(keysAt(onlyAna, '2026-11-17T18:00:00Z').filter((k) => k.startsWith('thank-you'))).toEqual(['thank-you:i1:p12']);
  });

  it('offers a draft already started for the item', () => {
    const a = app({ followUps: [note({ id: 55, recipientId: bo.id, status: 'draft', sentAt: null })] });
    expect(find(a, '2026-11-17T18:00:00Z', 'thank-you:i1:p12')?.draftId).toBe(55);
    expect(find(a, '2026-11-17T18:00:00Z', 'thank-you:i1:p11')?.draftId).toBeNull();
  });

  it('counts 24 real hours across the spring change in New York (due at 15:00 local, not 14:00)', () => {
    // Saturday 7 March 2026, 14:00 EST; clocks go forward that night.
    const a = app({ interviews: [interview({ startsAt: '2026-03-07T18:00:00.000Z', endsAt: '2026-03-07T19:00:00.000Z' })] });
    const item = find(a, '2026-03-08T12:00:00Z', 'thank-you:i1:p11');
    expect(item?.dueAt).toBe('2026-03-08T19:00:00.000Z');
    expect(wallTimeAt(Date.parse(item!.dueAt), 'America/New_York')).toMatchObject({ day: 8, hour: 15 });
  });

  it('asks for nothing once the application is closed', () => {
    for (const status of ['offer', 'withdrawn'] as const) {
      expect(keysAt(app({ status }), '2026-11-17T18:00:00Z')).toEqual([]);
    }
  });
});

describe('status check-ins', () => {
  it('falls 7 business days after the interview when no date was named, from 09:00 to 17:00 in the interview zone', () => {
    // Tuesday 17 November → 7 business days → Thursday 26 November.
    const item = find(app(), '2026-11-20T12:00:00Z', 'status-check:i1:n1');
    expect(item).toMatchObject({ opensAt: '2026-11-26T14:00:00.000Z', dueAt: '2026-11-26T22:00:00.000Z', state: 'waiting', sequence: 1 });
    expect(find(app(), '2026-11-26T15:00:00Z', 'status-check:i1:n1')?.state).toBe('open');
  });

  it('falls 2 business days after the date the employer named, skipping the weekend', () => {
    const a = app({ interviews: [interview({ nextStepBy: '2026-11-20' })] }); // a Friday
    expect(find(a, '2026-11-20T12:00:00Z', 'status-check:i1:n1')).toMatchObject({ opensAt: '2026-11-24T14:00:00.000Z' });
  });

  it('counts business days in Berlin across the autumn change (09:00 CET is 08:00 UTC)', () => {
    // Thursday 22 October 2026, 10:00–11:00 CEST; clocks go back on Sunday 25 October.
    const a = app({
      interviews: [
        interview({ startsAt: '2026-10-22T08:00:00.000Z', endsAt: '2026-10-22T09:00:00.000Z', timeZone: 'Europe/Berlin' }),
      ],
    });
    expect(find(a, '2026-10-23T12:00:00Z', 'status-check:i1:n1')).toMatchObject({
      opensAt: '2026-11-02T08:00:00.000Z',
      dueAt: '2026-11-02T16:00:00.000Z',
      timeZone: 'Europe/Berlin',
    });
  });

  it('uses the named date in New York across the spring change (09:00 EDT is 13:00 UTC)', () => {
    const a = app({
      interviews: [interview({ startsAt: '2026-03-03T15:00:00.000Z', endsAt: '2026-03-03T16:00:00.000Z', nextStepBy: '2026-03-06' })],
    });
    expect(find(a, '2026-03-04T12:00:00Z', 'status-check:i1:n1')).toMatchObject({ opensAt: '2026-03-10T13:00:00.000Z' });
  });

  it('offers a second check-in 5 business days after the first was sent, and never a third', () => {
    const first = note({ kind: 'status-check', recipientId: ana.id, sentAt: '2026-12-02T15:00:00.000Z' }); // Wednesday
    const a = app({ followUps: [first] });
    expect(find(a, '2026-12-03T12:00:00Z', 'status-check:i1:n2')).toMatchObject({ opensAt: '2026-12-09T14:00:00.000Z', sequence: 2 });
    expect(keysAt(a, '2026-12-03T12:00:00Z')).not.toContain('status-check:i1:n1');
    const second = note({ kind: 'status-check', recipientId: ana.id, sentAt: '2026-12-09T15:00:00.000Z' });
    expect(keysAt(app({ followUps: [first, second] }), '2027-02-01T12:00:00Z').filter((k) => k.startsWith('status'))).toEqual([]);
  });

  it('offers no second check-in once the employer replied, nor any after one was skipped', () => {
    const answered = note({ kind: 'status-check', replyAt: '2026-12-03T09:00:00.000Z', sentAt: '2026-12-02T15:00:00.000Z' });
    expect(keysAt(app({ followUps: [answered] }), '2027-01-10T12:00:00Z').filter((k) => k.startsWith('status'))).toEqual([]);
    const skipped = note({ kind: 'status-check', status: 'skipped', sentAt: null });
    expect(keysAt(app({ followUps: [skipped] }), '2027-01-10T12:00:00Z').filter((k) => k.startsWith('status'))).toEqual([]);
  });

  it('follows only the latest interview, and waits while another one is still ahead', () => {
    const second = interview({ id: 2, startsAt: '2026-11-24T15:00:00.000Z', endsAt: '2026-11-24T16:00:00.000Z', interviewers: [bo] });
    const a = app({ interviews: [interview(), second] });
    expect(keysAt(a, '2026-11-20T12:00:00Z').filter((k) => k.startsWith('status'))).toEqual([]);
    expect(keysAt(a, '2026-11-25T12:00:00Z').filter((k) => k.startsWith('status'))).toEqual(['status-check:i2:n1']);
  });
});

describe('feedback requests and recruiter updates', () => {
  it('asks for feedback within 2 days of a rejection, to the recruiter when there is one', () => {
    const a = app({ status: 'rejected', statusChangedAt: '2026-11-20T15:00:00.000Z', recruiter: rita });
    const items = dueItems([a], utc('2026-11-21T12:00:00Z'));
    expect(items.map((i) => i.key)).toEqual(['feedback-request:a7']);
    expect(items[0]).toMatchObject({ recipientName: 'Rita Recruiter', opensAt: '2026-11-20T15:00:00.000Z', dueAt: '2026-11-22T15:00:00.000Z' });
  });

  it('keeps the local time of a rejection across the Berlin autumn change (49 real hours)', () => {
    const a = app({
      status: 'rejected',
      statusChangedAt: '2026-10-24T10:00:00.000Z', // Saturday 12:00 CEST
      interviews: [interview({ timeZone: 'Europe/Berlin' })],
    });
    expect(dueItems([a], utc('2026-10-24T12:00:00Z'))[0]).toMatchObject({ dueAt: '2026-10-26T11:00:00.000Z', recipientName: 'Ana Ruiz' });
  });

  it('asks nothing of a rejection that came before any interview, and stops once the request is sent', () => {
    expect(dueItems([app({ status: 'rejected', interviews: [] })], utc('2026-11-21T12:00:00Z'))).toEqual([]);
    const sent = note({ kind: 'feedback-request', interviewId: null });
    expect(dueItems([app({ status: 'rejected', followUps: [sent] })], utc('2026-11-21T12:00:00Z'))).toEqual([]);
  });

  it('asks for a recruiter update after each interview when a recruiter runs the process', () => {
    const second = interview({ id: 2, startsAt: '2026-11-19T15:00:00.000Z', endsAt: '2026-11-19T16:00:00.000Z', interviewers: [bo] });
    const a = app({ recruiter: rita, interviews: [interview(), second] });
    const updates = dueItems([a], utc('2026-11-19T17:00:00Z')).filter((i) => i.kind === 'recruiter-update');
    expect(updates.map((i) => [i.key, i.recipientName, i.dueAt])).toEqual([
      ['recruiter-update:i1', 'Rita Recruiter', '2026-11-18T16:00:00.000Z'],
      ['recruiter-update:i2', 'Rita Recruiter', '2026-11-20T16:00:00.000Z'],
    ]);
  });

  it('asks for no recruiter update for an interview the recruiter took part in', () => {
    const a = app({ recruiter: rita, interviews: [interview({ round: 'screen', interviewers: [rita] })] });
    expect(keysAt(a, '2026-11-17T18:00:00Z').filter((k) => !k.startsWith('status'))).toEqual(['thank-you:i1:p20']);
  });
});

describe('the due list as a whole', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  it('sorts by deadline across applications', () => {
    const later = app({ id: 8, interviews: [interview({ id: 3, startsAt: '2026-11-17T17:00:00.000Z', endsAt: '2026-11-17T17:30:00.000Z', interviewers: [bo] })] });
    const items = dueItems([later, app()], utc('2026-11-17T18:00:00Z'));
    expect(items.map((i) => i.dueAt)).toEqual([...items.map((i) => i.dueAt)].sort());
    expect(items[0]?.applicationId).toBe(7);
  });

  it('gives the same answer whatever zone the computer itself is set to', () => {
    const a = app({ interviews: [interview({ nextStepBy: '2026-11-20' })] });
    const here = dueItems([a], utc('2026-11-20T12:00:00Z'));
    process.env.TZ = 'Pacific/Kiritimati';
    expect(dueItems([a], utc('2026-11-20T12:00:00Z'))).toEqual(here);
  });

  it('plans every item ahead, with when it is listed and when it lapses, and nothing once all is settled', () => {
    const second = interview({ id: 2, startsAt: '2026-11-24T15:00:00.000Z', endsAt: '2026-11-24T16:00:00.000Z', interviewers: [bo] });
    const planned = planDueItems(app({ interviews: [interview(), second] }));
    expect(planned.map((i) => [i.key, i.listedFrom, i.lapsesAt])).toEqual([
      ['thank-you:i1:p11', '2026-11-17T16:00:00.000Z', '2026-12-02T16:00:00.000Z'],
      ['thank-you:i1:p12', '2026-11-17T16:00:00.000Z', '2026-12-02T16:00:00.000Z'],
      ['thank-you:i2:p12', '2026-11-24T16:00:00.000Z', '2026-12-09T16:00:00.000Z'],
      // Tuesday 24 November + 7 business days = Thursday 3 December, due 17:00 in New York.
      ['status-check:i2:n1', '2026-11-24T16:00:00.000Z', '2026-12-17T22:00:00.000Z'],
    ]);
    const settled = app({
      followUps: [
        note({ recipientId: ana.id }),
        note({ recipientId: bo.id }),
        note({ kind: 'status-check', status: 'skipped', sentAt: null }),
      ],
    });
    expect(planDueItems(settled)).toEqual([]);
    expect(planDueItems(app({ status: 'offer' }))).toEqual([]);
  });

  it('lets an item left alone lapse two weeks after its deadline', () => {
    expect(find(app(), '2026-12-02T15:59:00Z', 'thank-you:i1:p11')?.state).toBe('overdue');
    expect(find(app(), '2026-12-02T16:01:00Z', 'thank-you:i1:p11')).toBeUndefined();
    expect(dueItems([app()], utc('2026-12-02T16:01:00Z'), { includeLapsed: true }).map((i) => i.key)).toContain('thank-you:i1:p11');
  });

  it('reads back every key it makes and refuses anything else', () => {
    expect(parseDueKey(dueKeys.thankYou(4, 9))).toEqual({ kind: 'thank-you', interviewId: 4, personId: 9 });
    expect(parseDueKey(dueKeys.statusCheck(4, 2))).toEqual({ kind: 'status-check', interviewId: 4, sequence: 2 });
    expect(parseDueKey(dueKeys.feedbackRequest(3))).toEqual({ kind: 'feedback-request', applicationId: 3 });
    expect(parseDueKey(dueKeys.recruiterUpdate(5))).toEqual({ kind: 'recruiter-update', interviewId: 5 });
    for (const junk of ['', 'thank-you:i1', "status-check:i1:n3", "feedback-request:a1'; DROP TABLE x"]) expect(parseDueKey(junk)).toBeNull();
  });

  it('words a deadline for the editor', () => {
    const now = utc('2026-11-20T10:00:00Z');
    expect(describeDeadline('2026-11-20T15:00:00.000Z', now)).toBe('due in 5 h');
    expect(describeDeadline('2026-11-23T10:00:00.000Z', now)).toBe('due in 3 days');
    expect(describeDeadline('2026-11-20T07:00:00.000Z', now)).toBe('3 h overdue');
  });
});
