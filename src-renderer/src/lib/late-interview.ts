/**
 * An interview entered long after it happened makes nothing due: its reminders have already lapsed (see the due
 * rules). Rather than save it in silence, the form says so, and which follow-ups still make sense, using the due
 * rules themselves so the explanation can never disagree with the Due list.
 */
import type { ApplicationStatus, DueKind } from '../../../src-shared/api/journal-types.ts';
import { isListedAt, LAPSE_DAYS, planDueItems, THANK_YOU_HOURS } from '../../../src-shared/due/index.ts';

const DAY = 86_400_000;

export interface Lateness {
  /** Whole days since the interview ended. */
  daysAgo: number;
  /** Why nothing (or less than usual) will be listed, in a sentence or two. */
  explanation: string;
  /** Follow-ups that still make sense to write by hand. */
  offers: DueKind[];
}

/** Null when the interview is not late: its thank-you notes will be listed as usual (or it has not happened yet). */
export function lateness(
  interview: { startsAt: string; endsAt: string; timeZone: string; nextStepBy: string | null; interviewerCount: number },
  application: { status: ApplicationStatus; hasRecruiter: boolean },
  now: number,
): Lateness | null {
  const end = Date.parse(interview.endsAt);
  if (!(end < now)) return null;
  const interviewers = Array.from({ length: Math.max(1, interview.interviewerCount) }, (_, i) => ({ id: i + 1, name: `p${i + 1}` }));
  const planned = planDueItems({
    id: 1,
    company: '',
    role: '',
    status: 'active',
    statusChangedAt: new Date(now).toISOString(),
    recruiter: application.hasRecruiter ? { id: 999_999, name: 'recruiter' } : null,
    interviews: [{ id: 1, round: 'other', startsAt: interview.startsAt, endsAt: interview.endsAt, timeZone: interview.timeZone, nextStepBy: interview.nextStepBy, interviewers }],
    followUps: [],
  });
  const listed = (kind: DueKind) => planned.some((item) => item.kind === kind && isListedAt(item, now));
  if (listed('thank-you')) return null;

  const daysAgo = Math.floor((now - end) / DAY);
  const offers: DueKind[] = [];
  const parts = [
    `This interview ended ${daysAgo} days ago. Thank-you notes are listed for ${LAPSE_DAYS} days after they fall due (${THANK_YOU_HOURS} hours after the interview); later than that, one reads as an afterthought, so none will appear under Due.`,
  ];
  if (application.status !== 'active') {
    parts.push('The application is no longer active, so no check-in will be listed either.');
  } else if (listed('status-check')) {
    parts.push('A status check-in will still be listed when it falls due.');
  } else {
    parts.push('Its status check-in has lapsed too. If you have not heard back, a short check-in can still be worth writing.');
    offers.push('status-check');
  }
  if (application.hasRecruiter && application.status === 'active' && !listed('recruiter-update')) offers.push('recruiter-update');
  return { daysAgo, explanation: parts.join(' '), offers };
}
