/**
 * Reads what a note needs to leave Afterword (recipient, sender, subject, signed body, talking points) from the
 * journal, and words every reason it cannot as an error on the field the user must fix.
 */
import { stripControlCharacters } from '../../src-shared/api/clean-text.ts';
import type { FollowUp, FollowUpDetail, Person, Settings } from '../../src-shared/api/journal-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { EmlInputError, withSignature, type CallSheetInput, type EmlDraft, type Mailbox } from '../export/index.ts';
import * as journal from '../journal/index.ts';
import type { Db } from '../journal/sql.ts';

/** The fields the user can correct: the recipient (`to`), their own address in Settings (`from`), the subject. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('invalid-input', message, [{ path: field, message }]);
}

/** A draft the mail library refused, as an API error on the same field. */
export function fromEmlError(error: unknown): never {
  if (!(error instanceof EmlInputError)) throw error;
  const where = error.field === 'from' ? 'Your email address in Settings: ' : '';
  throw invalidField(error.field, `${where}${error.message}`);
}

/**
 * The same, for all of an interview's notes at once. The user's own address is on every note, so that message
 * names no interviewer and says where to fix it and what to do next.
 */
export function fromThankYouFilesError(error: unknown): never {
  if (!(error instanceof EmlInputError) || error.field !== 'from') return fromEmlError(error);
  const reason = error.message.charAt(0).toLowerCase() + error.message.slice(1);
  throw invalidField('from', `Your email address in Settings cannot be used: ${reason} Fix it in Settings, then export again.`);
}

/** The user as sender, when Settings holds an address; without one the mail app fills in its own account. */
export function senderOf(settings: Settings): Mailbox | undefined {
  return settings.userEmail ? { name: settings.userName, address: settings.userEmail } : undefined;
}

/** The "-- " signature is a mail convention: texts, calls and letters go out as written. */
export function sendableBody(note: Pick<FollowUp, 'channel' | 'body'>, settings: Settings): string {
  // Journals written before control characters were stripped on the way in may still hold some.
  const body = stripControlCharacters(note.body);
  return note.channel === 'email' ? withSignature(body, stripControlCharacters(settings.signature)) : body;
}

function mailboxOf(recipient: Person | null): Mailbox {
  if (!recipient) throw invalidField('to', 'This note has no recipient yet: choose who it is for before making a mail draft.');
  if (!recipient.email.trim()) {
    throw invalidField('to', `${recipient.name} has no email address in your journal. Add it on their page, then make the draft again.`);
  }
  return { name: recipient.name, address: recipient.email };
}

export interface NoteDraft {
  detail: FollowUpDetail;
  draft: EmlDraft;
}

/** One note as a mail draft, signed and addressed from Settings. */
export function noteDraft(db: Db, followUpId: number, date: Date): NoteDraft {
  const detail = journal.getFollowUpDetail(db, followUpId);
  const settings = journal.getSettings(db);
  return {
    detail,
    draft: {
      to: mailboxOf(detail.recipient),
      from: senderOf(settings),
      subject: detail.followUp.subject,
      body: sendableBody(detail.followUp, settings),
      date,
    },
  };
}

const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** What the employer said comes next, as the interview timeline shows it ("a decision, by Friday, November 27"). */
function nextStepOf(interview: { nextStep: string; nextStepBy: string | null }): string | undefined {
  if (!interview.nextStep && !interview.nextStepBy) return undefined;
  const by = interview.nextStepBy ? `, by ${dayFormat.format(new Date(`${interview.nextStepBy}T12:00:00Z`))}` : '';
  return `${interview.nextStep || 'an answer'}${by}`;
}

/** A phone call's plan: whom to call, about what, and what to ask about the next step. */
export function callSheetInput(db: Db, followUpId: number): CallSheetInput {
  const detail = journal.getFollowUpDetail(db, followUpId);
  const recipient = detail.recipient;
  if (!recipient) throw invalidField('recipient', 'This note has no recipient yet: choose whom you are calling first.');
  const interview = detail.followUp.interviewId === null ? null : journal.getInterview(db, detail.followUp.interviewId);
  return {
    recipient: { name: recipient.name, title: recipient.title, phone: recipient.phone },
    company: detail.company,
    role: detail.role,
    topics: interview?.topics ?? [],
    nextStep: interview ? nextStepOf(interview) : undefined,
  };
}

const channelWords: Record<FollowUp['channel'], string> = {
  email: 'email',
  text: 'text message',
  phone: 'phone call',
  letter: 'letter',
};

export interface InterviewNotes {
  company: string;
  role: string;
  from: Mailbox | undefined;
  signature: string;
  /** The note to each interviewer who can get a mail draft, in the interview's order of interviewers. */
  notes: { followUpId: number; to: Mailbox; subject: string; body: string }[];
  left: { recipient: string; reason: string }[];
}

/**
 * Each interviewer's thank-you note for an interview: the newest one not skipped. Interviewers without one, or
 * whose note goes by another channel or who have no address, are listed in `left` with the reason, never dropped.
 */
export function interviewNotes(db: Db, interviewId: number): InterviewNotes {
  const interview = journal.getInterview(db, interviewId);
  const application = journal.getApplication(db, interview.applicationId);
  const settings = journal.getSettings(db);
  // Newest first, so the first match per person is the note they are most likely to get.
  const thankYous = journal
    .listFollowUps(db, { applicationId: interview.applicationId })
    .filter((note) => note.interviewId === interview.id && note.kind === 'thank-you');
  const result: InterviewNotes = { company: application.company, role: application.role, from: senderOf(settings), signature: settings.signature, notes: [], left: [] };
  for (const interviewer of interview.interviewers) {
    const theirs = thankYous.filter((note) => note.recipientId === interviewer.id);
    const note = theirs.find((candidate) => candidate.status !== 'skipped');
    const leave = (reason: string) => result.left.push({ recipient: interviewer.name, reason });
    if (!note) {
      leave(theirs.length ? 'you decided to skip this note' : 'no thank-you note written yet');
      continue;
    }
    if (note.channel !== 'email') {
      leave(`this note goes by ${channelWords[note.channel]}`);
      continue;
    }
    const person = journal.getPerson(db, interviewer.id);
    if (!person.email.trim()) {
      leave('no email address in your journal');
      continue;
    }
    result.notes.push({ followUpId: note.id, to: { name: person.name, address: person.email }, subject: note.subject, body: note.body });
  }
  return result;
}
