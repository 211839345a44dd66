import { describe, expect, it } from 'vitest';
import {
  computeInsights,
  createApplication,
  createFollowUp,
  createInterview,
  median,
  moveApplication,
  setFollowUpStatus,
  updateFollowUp,
  weekOf,
} from '../../../src-main/journal/index.ts';
import type Database from 'better-sqlite3';
import { T0, memoryJournal } from '../journal/helpers.ts';

/**
 * Four applications with answers worked out by hand (T0 is Friday 20 November 2026):
 * - A (referral, applied Mon 2 Nov): screen on 6 Nov 00:00–01:00 (a reply after 4 days), an offer on 10 Nov 01:00
 *   (4 days after the screen); a thank-you sent on time, one skipped; two check-ins sent (12 and 16 Nov).
 * - B (job board, applied 3 Nov): a check-in sent on 10 Nov answered on 13 Nov (10 days after applying).
 * - C (job board, applied 4 Nov): rejected on 6 Nov (2 days).
 * - D (referral, applied 9 Nov): technical on 11 Nov 00:00–01:00 (2 days), no answer since; a thank-you sent late,
 *   one still a draft.
 */
function knownJournal(): Database.Database {
  const db = memoryJournal();
  const at = (iso: string) => Date.parse(iso);
  const a = createApplication(db, { company: 'A', source: 'referral', appliedOn: '2026-11-02' }, at('2026-11-02T09:00:00.000Z'));
  const b = createApplication(db, { company: 'B', source: 'job-board', appliedOn: '2026-11-03' }, at('2026-11-03T09:00:00.000Z'));
  const c = createApplication(db, { company: 'C', source: 'job-board', appliedOn: '2026-11-04' }, at('2026-11-04T09:00:00.000Z'));
  const d = createApplication(db, { company: 'D', source: 'referral', appliedOn: '2026-11-09' }, at('2026-11-09T09:00:00.000Z'));
  const interview = (applicationId: number, round: 'screen' | 'technical', day: string) =>
    createInterview(db, { applicationId, round, startsAt: `${day}T00:00:00.000Z`, endsAt: `${day}T01:00:00.000Z`, timeZone: 'UTC', newInterviewers: [{ name: `P${applicationId}` }] }, at(`${day}T02:00:00.000Z`));
  const screen = interview(a.id, 'screen', '2026-11-06');
  const technical = interview(d.id, 'technical', '2026-11-11');
  moveApplication(db, a.id, 'offer', '2026-11-10T01:00:00.000Z', at('2026-11-10T01:00:00.000Z'));
  moveApplication(db, c.id, 'rejected', '2026-11-06T00:00:00.000Z', at('2026-11-06T00:00:00.000Z'));
  const note = (applicationId: number, kind: 'thank-you' | 'status-check', interviewId: number | null, dueAt: string | null) =>
    createFollowUp(db, { applicationId, kind, interviewId, dueAt, body: 'Thank you.' }, T0 - 30 * 86_400_000);
  const sent = (id: number, sentAt: string) => setFollowUpStatus(db, { id, status: 'sent', sentAt }, T0);
  sent(note(a.id, 'thank-you', screen.id, '2026-11-07T01:00:00.000Z').id, '2026-11-06T05:00:00.000Z');
  setFollowUpStatus(db, { id: note(a.id, 'thank-you', screen.id, '2026-11-07T01:00:00.000Z').id, status: 'skipped', reason: 'Said thanks in person' }, T0);
  sent(note(a.id, 'status-check', screen.id, null).id, '2026-11-12T10:00:00.000Z');
  sent(note(a.id, 'status-check', screen.id, null).id, '2026-11-16T10:00:00.000Z');
  const checkB = note(b.id, 'status-check', null, null);
  sent(checkB.id, '2026-11-10T10:00:00.000Z');
  updateFollowUp(db, { id: checkB.id, replyAt: '2026-11-13T00:00:00.000Z' }, T0);
  sent(note(d.id, 'thank-you', technical.id, '2026-11-12T01:00:00.000Z').id, '2026-11-13T10:00:00.000Z');
  note(d.id, 'thank-you', technical.id, '2026-11-12T01:00:00.000Z');
  return db;
}

describe('insights', () => {
  const insights = computeInsights(knownJournal(), T0);

  it('counts the funnel from applying to an offer', () => {
    expect(insights.funnel.map((s) => [s.step, s.count])).toEqual([
      ['applied', 4],
      ['first-reply', 4],
      ['interview', 2],
      ['offer', 1],
    ]);
    expect(insights.funnel[3]!.share).toBe(0.25);
  });

  it('gives the reply rate and the median days to a reply after applying and after each round', () => {
    const stage = Object.fromEntries(insights.byStage.map((s) => [s.key, [s.count, s.replied, s.rate, s.medianDays]]));
    expect(stage.applied).toEqual([4, 4, 1, 3]);
    expect(stage.screen).toEqual([1, 1, 1, 4]);
    // D's technical round is still waiting: no reply, and no median made up for it.
    expect(stage.technical).toEqual([1, 0, 0, null]);
    expect(stage.final).toEqual([0, 0, null, null]);
  });

  it('gives the same by source', () => {
    const source = Object.fromEntries(insights.bySource.map((s) => [s.key, [s.count, s.replied, s.medianDays]]));
    expect(source.referral).toEqual([2, 2, 3]);
    expect(source['job-board']).toEqual([2, 2, 6]);
    expect(source.recruiter).toEqual([0, 0, null]);
  });

  it('tells thank-you notes sent on time from late ones, skipped and unsent', () => {
    expect(insights.thankYous).toEqual({ sent: 2, onTime: 1, late: 1, skipped: 1, unsent: 1 });
  });

  it('counts the check-ins sent per application that had an interview', () => {
    expect(insights.checkIns.average).toBe(1);
    expect(insights.checkIns.distribution).toEqual([
      { checkIns: '0', applications: 1 },
      { checkIns: '1', applications: 0 },
      { checkIns: '2', applications: 1 },
      { checkIns: '3+', applications: 0 },
    ]);
  });

  it('counts activity per week for the last twelve weeks, Monday to Sunday', () => {
    expect(insights.weeks).toHaveLength(12);
    expect(insights.weeks.at(-1)!.week).toBe('2026-11-16');
    const week = Object.fromEntries(insights.weeks.slice(-3).map((w) => [w.week, [w.applied, w.interviews, w.notesSent]]));
    expect(week).toEqual({ '2026-11-02': [3, 1, 1], '2026-11-09': [1, 1, 3], '2026-11-16': [0, 0, 1] });
    expect(insights.weeks.slice(0, -3).every((w) => w.applied + w.interviews + w.notesSent === 0)).toBe(true);
  });

  it('answers an empty journal with zeros and no made-up rates', () => {
    const empty = computeInsights(memoryJournal(), T0);
    expect(empty.funnel.every((s) => s.count === 0 && s.share === 0)).toBe(true);
    expect(empty.byStage.every((s) => s.rate === null && s.medianDays === null)).toBe(true);
    expect(empty.checkIns.average).toBeNull();
  });
});

describe('helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('takes the same median as sorting does, with repeated values and in any order', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let length = 1; length <= 60; length += 1) {
      // Few distinct values, so most of them repeat, as waits counted in whole days do.
      const values = Array.from({ length }, () => next() % 9);
      const sorted = [...values].sort((a, b) => a - b);
      const mid = length >> 1;
      expect(median(values), values.join(' ')).toBe(length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2);
    }
  });

  it('starts weeks on Monday, a Sunday belonging to the week before', () => {
    expect(weekOf(Date.parse('2026-11-22T23:00:00.000Z'))).toBe('2026-11-16');
    expect(weekOf(Date.parse('2026-11-23T00:00:00.000Z'))).toBe('2026-11-23');
  });
});
