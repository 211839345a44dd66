/**
 * The interview form's fields and how they become the API's payload: a wall-clock date and times in a chosen zone
 * turn into UTC instants, and anything that cannot be converted is reported on its own field before anything is sent.
 */
import type { InterviewFormat, InterviewRound } from '../../../src-shared/api/journal-types.ts';
import type { ApiError, FieldIssue } from '../../../src-shared/api/result.ts';
import { emailAddressProblem } from '../../../src-shared/address/email-address.ts';
import { readSpokenTime } from './spoken-time.ts';
import { checkDate, zonedToUtc } from './time.ts';

/** An interview whose end was not given lasts this long: most do, and the form says so before saving. */
export const DEFAULT_LENGTH_MINUTES = 60;

export interface NewPerson {
  name: string;
  title: string;
  email: string;
}

export interface InterviewFields {
  /** The application's company: people added here work there. */
  company: string;
  round: InterviewRound;
  format: InterviewFormat;
  timeZone: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  nextStep: string;
  nextStepBy: string;
  notes: string;
  topics: string[];
  interviewerIds: number[];
  newPeople: NewPerson[];
}

export interface InterviewPayload {
  round: InterviewRound;
  format: InterviewFormat;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  location: string;
  nextStep: string;
  nextStepBy: string | null;
  notes: string;
  topics: string[];
  interviewerIds: number[];
  newInterviewers: (NewPerson & { company: string })[];
}

/** Where the API's paths show up on this form. */
const FIELD_OF_PATH: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime' };

export function formField(path: string): string {
  return FIELD_OF_PATH[path] ?? path;
}

/** The API's field messages, renamed to the form's fields. */
export function formIssues(error: ApiError | null): FieldIssue[] {
  return (error?.fields ?? []).map((issue) => ({ path: formField(issue.path), message: issue.message }));
}

/** When the interview was, as read from the form: the instants, and whether the end was assumed. */
export interface InterviewTimes {
  startsAt: string;
  endsAt: string;
  /** The day the interview took place on (from the Date field, or from words such as "yesterday"). */
  date: string;
  endAssumed: boolean;
}

/** Reads the date and the two times, reporting every problem on its own field. */
export function readInterviewTimes(
  fields: Pick<InterviewFields, 'date' | 'startTime' | 'endTime' | 'timeZone'>,
  now: Date = new Date(),
): { ok: true; value: InterviewTimes } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const start = readSpokenTime(fields.startTime, 'Starts at', now);
  if (!start.ok) issues.push({ path: 'startTime', message: start.message });
  // A day named in the start ("yesterday 3pm") is the interview's day, whatever the Date field held.
  const day = start.ok && start.value.date ? { ok: true as const, value: start.value.date } : checkDate(fields.date, 'Date');
  if (!day.ok) issues.push({ path: 'date', message: day.message });
  const endAssumed = !fields.endTime.trim();
  const end = endAssumed ? null : readSpokenTime(fields.endTime, 'Ends at', now);
  if (end && !end.ok) issues.push({ path: 'endTime', message: end.message });
  if (issues.length > 0 || !start.ok || !day.ok || (end && !end.ok)) return { ok: false, issues };

  const startsAt = zonedToUtc(day.value, start.value.time, fields.timeZone);
  if (!startsAt.ok) return { ok: false, issues: [{ path: 'startTime', message: startsAt.message }] };
  let endsAt: string;
  if (end?.ok) {
    const instant = zonedToUtc(day.value, end.value.time, fields.timeZone);
    if (!instant.ok) return { ok: false, issues: [{ path: 'endTime', message: instant.message }] };
    endsAt = instant.value;
  } else {
    endsAt = new Date(Date.parse(startsAt.value) + DEFAULT_LENGTH_MINUTES * 60_000).toISOString();
  }
  if (endsAt <= startsAt.value) return { ok: false, issues: [{ path: 'endTime', message: 'End must be after the start.' }] };
  return { ok: true, value: { startsAt: startsAt.value, endsAt, date: day.value, endAssumed } };
}

export function buildInterviewPayload(
  fields: InterviewFields,
  now: Date = new Date(),
): { ok: true; value: InterviewPayload } | { ok: false; issues: FieldIssue[] } {
  const times = readInterviewTimes(fields, now);
  const issues: FieldIssue[] = times.ok ? [] : [...times.issues];
  // The day is known from the date field even when a time could not be read: every problem is reported at once.
  const typedDay = checkDate(fields.date, 'Date');
  const day = times.ok ? times.value.date : typedDay.ok ? typedDay.value : null;
  let nextStepBy: string | null = null;
  if (fields.nextStepBy.trim()) {
    const by = checkDate(fields.nextStepBy, 'Answer expected by');
    if (!by.ok) issues.push({ path: 'nextStepBy', message: by.message });
    else if (day && by.value < day) {
      issues.push({ path: 'nextStepBy', message: `The answer cannot be expected before the interview itself (${day}): check both dates.` });
    } else nextStepBy = by.value;
  }
  fields.newPeople.forEach((person, index) => {
    const problem = emailAddressProblem(person.email);
    if (problem) issues.push({ path: `newInterviewers.${index}.email`, message: problem });
  });
  if (issues.length > 0 || !times.ok) return { ok: false, issues };

  return {
    ok: true,
    value: {
      round: fields.round,
      format: fields.format,
      timeZone: fields.timeZone,
      startsAt: times.value.startsAt,
      endsAt: times.value.endsAt,
      location: fields.location,
      nextStep: fields.nextStep,
      nextStepBy,
      notes: fields.notes,
      topics: fields.topics,
      interviewerIds: fields.interviewerIds,
      newInterviewers: fields.newPeople.map((person) => ({ ...person, company: fields.company })),
    },
  };
}
