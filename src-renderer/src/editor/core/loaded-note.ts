/** What the editor loads before it shows a note, and what it derives from it for the side panel. */
import type { ApplicationDetail, FollowUpDetail, ReviewContext } from '../../../../src-shared/api/journal-types.ts';
import type { Sibling } from './types.ts';

export interface LoadedNote {
  detail: FollowUpDetail;
  context: ReviewContext;
  /** For the other interviewers' notes; null until read, or if it could not be (the editor works without it). */
  application: ApplicationDetail | null;
  /** The user's signature, added below an email's text when it is sent. */
  signature: string;
}

/**
 * One entry per interviewer of the same interview for notes of the same kind: their note if it exists, or the due
 * item that would start it.
 */
export function siblingsOf(note: LoadedNote, startDue: (key: string) => void): Sibling[] {
  const { followUp, interview } = note.detail;
  const application = note.application;
  if (!interview || !application) return [];
  const people = application.interviews.find((candidate) => candidate.id === interview.id)?.interviewers ?? [];
  const siblings: Sibling[] = [];
  for (const person of people) {
    const current = person.id === followUp.recipientId;
    const existing = application.followUps.find(
      (other) => other.interviewId === interview.id && other.kind === followUp.kind && other.recipientId === person.id,
    );
    const due = application.due.find((item) => item.interviewId === interview.id && item.kind === followUp.kind && item.recipientId === person.id);
    if (current) siblings.push({ name: person.name, href: null, current: true });
    else if (existing) siblings.push({ name: person.name, href: `#/followup/${existing.id}`, current: false });
    else if (due) siblings.push({ name: person.name, href: null, current: false, start: () => startDue(due.key) });
  }
  return siblings;
}

/** The interview's start in its own time zone, e.g. "12 Mar 2026, 14:00". */
export function interviewDate(note: LoadedNote): string | null {
  const interview = note.detail.interview;
  if (!interview) return null;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: interview.timeZone }).format(new Date(interview.startsAt));
  } catch {
    return new Date(interview.startsAt).toLocaleString();
  }
}
