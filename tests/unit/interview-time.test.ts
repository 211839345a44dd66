import { describe, expect, it } from 'vitest';
import { buildInterviewPayload, type InterviewFields } from '../../src-renderer/src/lib/interview-form.ts';
import { readSpokenTime } from '../../src-renderer/src/lib/spoken-time.ts';
import { checkDate, clockText, openingText, usesTwelveHourClock, utcToZoned, zonedToUtc } from '../../src-renderer/src/lib/time.ts';

describe('zonedToUtc', () => {
  it('should read a wall-clock time on the clocks of the chosen zone', () => {
    expect(zonedToUtc('2026-11-20', '15:00', 'Europe/Berlin')).toEqual({ ok: true, value: '2026-11-20T14:00:00.000Z' });
    expect(zonedToUtc('2026-07-20', '15:00', 'Europe/Berlin')).toEqual({ ok: true, value: '2026-07-20T13:00:00.000Z' });
    expect(zonedToUtc('2026-11-20', '09:30', 'Asia/Kolkata')).toEqual({ ok: true, value: '2026-11-20T04:00:00.000Z' });
  });

  it('should refuse a time the clocks skip when they go forward', () => {
    const skipped = zonedToUtc('2026-03-29', '02:30', 'Europe/Berlin');
    expect(skipped).toEqual({ ok: false, message: '2026-03-29 02:30 does not exist in Europe/Berlin: the clocks skip that hour.' });
    expect(zonedToUtc('2026-03-08', '02:15', 'America/New_York').ok).toBe(false);
    expect(zonedToUtc('2026-03-29', '03:00', 'Europe/Berlin')).toEqual({ ok: true, value: '2026-03-29T01:00:00.000Z' });
  });

  it('should take the first of the two readings of an hour the clocks repeat', () => {
    expect(zonedToUtc('2026-10-25', '02:30', 'Europe/Berlin')).toEqual({ ok: true, value: '2026-10-25T00:30:00.000Z' });
  });

  it('should round-trip through utcToZoned', () => {
    expect(utcToZoned('2026-11-20T14:00:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-11-20', time: '15:00' });
  });
});

describe('checkDate', () => {
  it('should refuse days that do not exist and accept those that do', () => {
    expect(checkDate('2026-02-30', 'Date')).toEqual({ ok: false, message: 'Date: 2026-02-30 is not a real date.' });
    expect(checkDate('2027-02-29', 'Date').ok).toBe(false);
    expect(checkDate('2028-02-29', 'Date')).toEqual({ ok: true, value: '2028-02-29' });
    expect(checkDate('20/11/2026', 'Date')).toEqual({ ok: false, message: 'Date must be a date such as 2026-11-20.' });
  });
});

describe('buildInterviewPayload', () => {
  const fields: InterviewFields = {
    company: 'Acme',
    round: 'technical',
    format: 'video',
    timeZone: 'Europe/Berlin',
    date: '2026-11-20',
    startTime: '14:00',
    endTime: '15:00',
    location: '',
    nextStep: '',
    nextStepBy: '',
    notes: '',
    topics: ['streaming'],
    interviewerIds: [3],
    newPeople: [{ name: 'Ana Ruiz', title: '', email: '' }],
  };

  it('should send UTC instants and file new interviewers under the company', () => {
    const built = buildInterviewPayload(fields);
    expect(built.ok && built.value).toMatchObject({
      startsAt: '2026-11-20T13:00:00.000Z',
      endsAt: '2026-11-20T14:00:00.000Z',
      nextStepBy: null,
      interviewerIds: [3],
      newInterviewers: [{ name: 'Ana Ruiz', company: 'Acme' }],
    });
  });

  it('should put each problem on its own field', () => {
    const built = buildInterviewPayload({ ...fields, date: '2026-02-30', endTime: '25:00', nextStepBy: '2026-13-01' });
    expect(built.ok ? [] : built.issues.map((issue) => issue.path)).toEqual(['date', 'endTime', 'nextStepBy']);
    const backwards = buildInterviewPayload({ ...fields, startTime: '15:00', endTime: '14:00' });
    expect(backwards.ok ? [] : backwards.issues).toEqual([{ path: 'endTime', message: 'End must be after the start.' }]);
  });

  it('should read times as people say them, and take the day from words that name one', () => {
    const now = new Date(2026, 10, 21, 9, 0); // Saturday 21 November 2026, on this computer's clock
    const said = buildInterviewPayload({ ...fields, startTime: 'yesterday 3pm', endTime: '4:30 pm', date: '2026-11-21' }, now);
    expect(said.ok && [said.value.startsAt, said.value.endsAt]).toEqual(['2026-11-20T14:00:00.000Z', '2026-11-20T15:30:00.000Z']);
  });

  it('should assume an hour when no end is given', () => {
    const built = buildInterviewPayload({ ...fields, endTime: '' });
    expect(built.ok && built.value.endsAt).toBe('2026-11-20T14:00:00.000Z');
  });

  it('should refuse an answer expected before the interview, with the reason, but accept the same day', () => {
    const early = buildInterviewPayload({ ...fields, nextStepBy: '2026-11-19' });
    expect(early.ok ? [] : early.issues).toEqual([
      { path: 'nextStepBy', message: 'The answer cannot be expected before the interview itself (2026-11-20): check both dates.' },
    ]);
    expect(buildInterviewPayload({ ...fields, nextStepBy: '2026-11-20' }).ok).toBe(true);
  });

  it('should report every problem at once, a new interviewer’s address included', () => {
    const built = buildInterviewPayload({ ...fields, startTime: 'tea time', nextStepBy: '2026-02-30', newPeople: [{ name: 'Ana Ruiz', title: '', email: 'ana@acme' }] });
    expect(built.ok ? [] : built.issues.map((issue) => issue.path)).toEqual(['startTime', 'nextStepBy', 'newInterviewers.0.email']);
    // The date field alone is enough to see that an answer cannot come before the interview.
    const early = buildInterviewPayload({ ...fields, startTime: 'tea time', nextStepBy: '2026-11-01' });
    expect(early.ok ? [] : early.issues.map((issue) => issue.path)).toEqual(['startTime', 'nextStepBy']);
  });
});


describe('times shown as the computer’s clock reads them', () => {
  it('should write a wall time on a 12- or a 24-hour clock, in a form the time field reads back', () => {
    expect(clockText('17:41', true)).toBe('5:41 pm');
    expect(clockText('00:05', true)).toBe('12:05 am');
    expect(clockText('12:00', true)).toBe('12:00 pm');
    expect(clockText('17:41', false)).toBe('17:41');
    for (const time of ['00:05', '09:30', '12:00', '17:41', '23:59']) {
      const read = readSpokenTime(clockText(time, true), 'Starts at');
      expect(read.ok && read.value.time).toBe(time);
    }
  });

  it('should tell the locales apart', () => {
    expect(usesTwelveHourClock('en-US')).toBe(true);
    expect(usesTwelveHourClock('de-DE')).toBe(false);
  });

  it('should say when a waiting item may be written as a moment, never as a countdown to sending', () => {
    const now = Date.parse('2026-12-01T09:00:00');
    const later = openingText('2026-12-09T09:00:00', now);
    const today = openingText('2026-12-01T15:15:00', now);
    for (const text of [later, today]) expect(text).not.toMatch(/\bin \d|send/i);
    expect(today).toMatch(/3:15|15:15/);
  });
});
