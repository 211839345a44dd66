/**
 * The interview form's fields and how they become the API's payload: a wall-clock date and times in a chosen zone
 * turn into UTC instants, and anything that cannot be converted is reported on its own field before anything is sent.
 */
import type { InterviewFormat, InterviewRound } from '../../../src-shared/api/journal-types.ts';
import type { ApiError, FieldIssue } from '../../../src-shared/api/result.ts';
import { checkDate, checkTime, zonedToUtc } from './time.ts';

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

export function buildInterviewPayload(fields: InterviewFields): { ok: true; value: InterviewPayload } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const date = checkDate(fields.date, 'Date');
  if (!date.ok) issues.push({ path: 'date', message: date.message });
  const start = checkTime(fields.startTime, 'Start');
  if (!start.ok) issues.push({ path: 'startTime', message: start.message });
  const end = checkTime(fields.endTime, 'End');
  if (!end.ok) issues.push({ path: 'endTime', message: end.message });
  let nextStepBy: string | null = null;
  if (fields.nextStepBy.trim()) {
    const by = checkDate(fields.nextStepBy, 'Answer expected by');
    if (by.ok) nextStepBy = by.value;
    else issues.push({ path: 'nextStepBy', message: by.message });
  }

  let startsAt = '';
  let endsAt = '';
  if (date.ok && start.ok) {
    const instant = zonedToUtc(date.value, start.value, fields.timeZone);
    if (instant.ok) startsAt = instant.value;
    else issues.push({ path: 'startTime', message: instant.message });
  }
  if (date.ok && end.ok) {
    const instant = zonedToUtc(date.value, end.value, fields.timeZone);
    if (instant.ok) endsAt = instant.value;
    else issues.push({ path: 'endTime', message: instant.message });
  }
  if (startsAt && endsAt && endsAt <= startsAt) issues.push({ path: 'endTime', message: 'End must be after the start.' });
  if (issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    value: {
      round: fields.round,
      format: fields.format,
      timeZone: fields.timeZone,
      startsAt,
      endsAt,
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
