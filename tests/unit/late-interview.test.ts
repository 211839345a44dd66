// An interview entered late says why nothing is due, and offers what still makes sense, by the due rules themselves.
import { describe, expect, it } from 'vitest';
import { lateness } from '../../src-renderer/src/lib/late-interview.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const DAY = 86_400_000;
const ended = (daysAgo: number) => ({
  startsAt: new Date(NOW - daysAgo * DAY - 3_600_000).toISOString(),
  endsAt: new Date(NOW - daysAgo * DAY).toISOString(),
  timeZone: 'Europe/London',
  nextStepBy: null,
  interviewerCount: 3,
});
const active = { status: 'active' as const, hasRecruiter: false };

describe('a late interview', () => {
  it('should say nothing for an interview whose thank-you notes are still listed, even overdue ones, or one still ahead', () => {
    expect(lateness(ended(0), active, NOW)).toBeNull();
    expect(lateness(ended(10), active, NOW)).toBeNull();
    expect(lateness(ended(-2), active, NOW)).toBeNull();
  });

  it('should explain a month-old interview and offer a check-in, and a recruiter update when a recruiter runs it', () => {
    const late = lateness(ended(40), { status: 'active', hasRecruiter: true }, NOW);
    expect(late?.daysAgo).toBe(40);
    expect(late?.explanation).toMatch(/^This interview ended 40 days ago\. Thank-you notes are listed for 14 days after they fall due/);
    expect(late?.offers).toEqual(['status-check', 'recruiter-update']);
  });

  it('should say a check-in will still be listed when the interview is late for thanks but not for that', () => {
    const late = lateness(ended(16), active, NOW);
    expect(late?.explanation).toContain('A status check-in will still be listed when it falls due.');
    expect(late?.offers).toEqual([]);
  });

  it('should offer nothing for an application that is over', () => {
    const late = lateness(ended(40), { status: 'rejected', hasRecruiter: true }, NOW);
    expect(late?.offers).toEqual([]);
    expect(late?.explanation).toContain('no longer active');
  });
});
