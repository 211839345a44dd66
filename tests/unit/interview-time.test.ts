import { describe, expect, it } from 'vitest';
import { buildInterviewPayload, type InterviewFields } from '../../src-renderer/src/lib/interview-form.ts';
import { checkDate, utcToZoned, zonedToUtc } from '../../src-renderer/src/lib/time.ts';

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
});
