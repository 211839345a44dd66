/** The journal's due items and interviews as calendar events: what the exported .ics files hold. */
import type { DueItem, Interview } from '../../src-shared/api/journal-types.ts';
import type { CalendarEvent } from './write-ics.ts';

/** Two hours before a deadline: the same moment the app's own "due soon" notification comes. */
export const ALARM_MINUTES_BEFORE_DEADLINE = 120;
const INTERVIEW_ALARM_MINUTES = 30;
/** A short slot at the deadline, so calendars that hide zero-length events still show it. */
const DEADLINE_SLOT_MS = 15 * 60_000;

const UID_DOMAIN = 'afterword.invalid';

const WHAT: Record<DueItem['kind'], string> = {
  'thank-you': 'Thank-you note',
  'status-check': 'Status check-in',
  'feedback-request': 'Feedback request',
  'recruiter-update': 'Update',
};

const WHY: Record<DueItem['kind'], string> = {
  'thank-you': 'A short, specific thank-you within a day of the interview, one per interviewer.',
  'status-check': 'A polite check-in on the timeline, with something new to say if you can.',
  'feedback-request': 'A brief thank-you and a request for what to improve.',
  'recruiter-update': 'Tell the recruiter how the interview went.',
};

const ROUND: Record<string, string> = { screen: 'Screening', technical: 'Technical', panel: 'Panel', final: 'Final', other: '' };

function inZone(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

const where = (company: string, role: string) => (role ? `${company} (${role})` : company);

/** "Due: Thank-you note to Priya Raman · Northwind Labs": the recipient and the kind of note in the title. */
export function dueItemTitle(item: DueItem): string {
  const sequence = item.sequence === 2 ? ' (second)' : '';
  const to = item.recipientName ? ` to ${item.recipientName}` : '';
  return `Due: ${WHAT[item.kind]}${sequence}${to} · ${item.company}`;
}

export function dueItemEvent(item: DueItem): CalendarEvent {
  return {
    uid: `${item.key}@${UID_DOMAIN}`,
    title: dueItemTitle(item),
    description: [
      `${WHAT[item.kind]}${item.recipientName ? ` to ${item.recipientName}` : ''}, ${where(item.company, item.role)}.`,
      `Due by ${inZone(item.dueAt, item.timeZone)} (${item.timeZone}).`,
      WHY[item.kind],
      'Write it in Afterword, from the Due list.',
    ].join('\n'),
    startsAt: item.dueAt,
    endsAt: new Date(Date.parse(item.dueAt) + DEADLINE_SLOT_MS).toISOString(),
    alarmMinutesBefore: ALARM_MINUTES_BEFORE_DEADLINE,
  };
}

export function interviewEvent(interview: Interview, company: string, role: string): CalendarEvent {
  const round = ROUND[interview.round];
  const people = interview.interviewers.map((p) => p.name).join(', ');
  return {
    uid: `interview-${interview.id}@${UID_DOMAIN}`,
    title: `${round ? `${round} interview` : 'Interview'} · ${where(company, role)}`,
    description: [
      `${inZone(interview.startsAt, interview.timeZone)} (${interview.timeZone}).`,
      people ? `With ${people}.` : '',
      interview.nextStep ? `Next step: ${interview.nextStep}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    location: interview.location,
    alarmMinutesBefore: INTERVIEW_ALARM_MINUTES,
    cancelled: interview.cancelledAt !== null,
  };
}
