/**
 * Shapes of the journal as they travel through the API. Plain data only (they cross IPC and JSON).
 *
 * Times are ISO 8601 instants in UTC (`2026-11-20T15:00:00.000Z`); a date without a time (an employer's "by when",
 * the day an application was sent) is `YYYY-MM-DD`. Interviews carry the IANA time zone they took place in, which
 * is also the zone the due rules count business days in.
 */
import type { Dialect } from '../review/dialects.ts';

export const APPLICATION_STATUSES = ['active', 'offer', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_SOURCES = ['referral', 'job-board', 'recruiter', 'company-site', 'network', 'other'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

export const INTERVIEW_ROUNDS = ['screen', 'technical', 'panel', 'final', 'other'] as const;
export type InterviewRound = (typeof INTERVIEW_ROUNDS)[number];

export const INTERVIEW_FORMATS = ['phone', 'video', 'on-site'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const FOLLOW_UP_KINDS = ['thank-you', 'status-check', 'feedback-request', 'recruiter-update', 'other'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_CHANNELS = ['email', 'text', 'phone', 'letter'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

export const FOLLOW_UP_STATUSES = ['draft', 'sent', 'skipped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface Person {
  id: number;
  name: string;
  title: string;
  company: string;
  email: string;
  phone: string;
  isRecruiter: boolean;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Counts the saved changes to this record. Send it back as `baseRevision` with an update: if the record changed
   * meanwhile (another window or tab), the update is refused with `conflict` instead of overwriting that change.
   */
  revision: number;
}

/** A person as shown next to an interview or a note. */
export interface PersonRef {
  id: number;
  name: string;
  title: string;
  isRecruiter: boolean;
}

export interface Application {
  id: number;
  company: string;
  role: string;
  /** Link to the job posting; empty when none. */
  jobUrl: string;
  source: ApplicationSource;
  status: ApplicationStatus;
  /** The day the application was sent, if known. */
  appliedOn: string | null;
  /** When the status last changed; for a rejection, when it arrived (the feedback request counts from it). */
  statusChangedAt: string;
  /** The recruiter running this process, if any: they get an update after each interview. */
  recruiterId: number | null;
  /** The person who referred the user for this job, if any. */
  referrerId: number | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Counts the saved changes to this record. Send it back as `baseRevision` with an update: if the record changed
   * meanwhile (another window or tab), the update is refused with `conflict` instead of overwriting that change.
   */
  revision: number;
}

/** One row of the application list. */
export interface ApplicationSummary extends Application {
  interviewCount: number;
  /** Start of the most recent interview that has begun, if any. */
  lastInterviewAt: string | null;
  /** Start of the next interview still ahead, if any. */
  nextInterviewAt: string | null;
  /** Follow-ups still in draft. */
  draftCount: number;
}

export interface ApplicationList {
  items: ApplicationSummary[];
  /** How many applications match the filter (the list itself is paged). */
  total: number;
}

export interface Interview {
  id: number;
  applicationId: number;
  round: InterviewRound;
  format: InterviewFormat;
  startsAt: string;
  endsAt: string;
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Address, room or meeting link. */
  location: string;
  /** The next step the employer named, in their words. */
  nextStep: string;
  /** The date the employer said they would answer by. */
  nextStepBy: string | null;
  notes: string;
  /** Short phrases discussed, e.g. "migrating nightly batch jobs to streaming". */
  topics: string[];
  interviewers: PersonRef[];
  /** The UID of the calendar invitation it was imported from, if any: importing it again updates this interview. */
  calendarUid: string | null;
  /** When the organiser cancelled it; a cancelled interview plans no follow-ups. */
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * Counts the saved changes to this record. Send it back as `baseRevision` with an update: if the record changed
   * meanwhile (another window or tab), the update is refused with `conflict` instead of overwriting that change.
   */
  revision: number;
}

export interface FollowUp {
  id: number;
  applicationId: number;
  interviewId: number | null;
  recipientId: number | null;
  kind: FollowUpKind;
  channel: FollowUpChannel;
  subject: string;
  body: string;
  status: FollowUpStatus;
  /** Why it was skipped; empty unless `status` is `skipped`. */
  skipReason: string;
  /** Key of the due item this note answers (see `DueItem.key`), when opened from the due list. */
  dueKey: string | null;
  dueAt: string | null;
  sentAt: string | null;
  replyAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * Counts the saved changes to this record. Send it back as `baseRevision` with an update: if the record changed
   * meanwhile (another window or tab), the update is refused with `conflict` instead of overwriting that change.
   */
  revision: number;
}

export interface ApplicationDetail {
  application: Application;
  recruiter: Person | null;
  referrer: Person | null;
  /** Oldest first. */
  interviews: Interview[];
  /** Everyone linked to this application: its interviewers, its recruiter and its referrer. */
  people: Person[];
  /** Newest first. */
  followUps: FollowUp[];
  /** What is open for this application right now. */
  due: DueItem[];
}

export interface PersonInterview {
  interviewId: number;
  applicationId: number;
  company: string;
  role: string;
  round: InterviewRound;
  startsAt: string;
}

/** The part a person plays in an application. */
export type PersonPart = 'recruiter' | 'referrer' | 'interviewer';

/** One application a person is part of, with every part they play in it and the interviews they sat on. */
export interface PersonApplication {
  applicationId: number;
  company: string;
  role: string;
  status: ApplicationStatus;
  parts: PersonPart[];
  /** Newest first. */
  interviews: PersonInterview[];
}

export interface PersonDetail {
  person: Person;
  /** Newest interview first. */
  interviews: PersonInterview[];
  /** Every application they brought, referred or interviewed for; most recently updated first. */
  applications: PersonApplication[];
  followUps: FollowUp[];
}

export interface PersonSummary extends Person {
  interviewCount: number;
}

export interface FollowUpDetail {
  followUp: FollowUp;
  company: string;
  role: string;
  recipient: Person | null;
  interview: Pick<Interview, 'id' | 'round' | 'format' | 'startsAt' | 'endsAt' | 'timeZone'> | null;
  /** Review flags the user chose to ignore in this note. */
  ignoredFlags: IgnoredFlag[];
}

/**
 * A review flag ignored in one note ("Ignore here"): the rule and the flagged words, trimmed and in lower case, so
 * the same words flagged by the same rule stay ignored after edits elsewhere in the note.
 */
export interface IgnoredFlag {
  ruleId: string;
  text: string;
}

/** Kinds a rule can make due; `other` is only ever written by hand. */
export type DueKind = Exclude<FollowUpKind, 'other'>;

/**
 * One open follow-up. `waiting`: it exists but should not be sent yet (a status check-in before its day);
 * `open`: send it now; `overdue`: its deadline has passed.
 */
export type DueState = 'waiting' | 'open' | 'overdue';

export interface DueItem {
  /** Stable for as long as the item exists, e.g. `thank-you:i12:p40`; `followups.openDue` takes it. */
  key: string;
  kind: DueKind;
  applicationId: number;
  interviewId: number | null;
  recipientId: number | null;
  recipientName: string | null;
  company: string;
  role: string;
  interviewRound: InterviewRound | null;
  interviewEndsAt: string | null;
  /** Zone the deadline was computed in (the interview's). */
  timeZone: string;
  /** For status check-ins: 1 or 2. */
  sequence: number | null;
  /** Earliest moment it makes sense to send. */
  opensAt: string;
  dueAt: string;
  state: DueState;
  overdue: boolean;
  /** The draft already started for this item, if any. */
  draftId: number | null;
  /** Until when the user snoozed its reminders; null when not snoozed (or the snooze has ended). */
  snoozedUntil: string | null;
}

export interface DueList {
  /** The moment the list was computed for. */
  now: string;
  /** Soonest deadline first. */
  items: DueItem[];
}

export type SearchHitKind = 'application' | 'interview' | 'person' | 'followup';

/** A piece of a snippet; `match` pieces are the words the query found (show them highlighted). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchHitKind;
  id: number;
  /** The application to open for this hit; null for a person. */
  applicationId: number | null;
  /** E.g. "Acme — Data engineer", "Ana Ruiz", "Technical interview at Acme". */
  title: string;
  snippet: SnippetPart[];
}

export interface SearchResult {
  items: SearchHit[];
  /**
   * True when the words match so many records (over 2,000) that the hits are the newest matches rather than the
   * best ones: worth suggesting another word to narrow the search.
   */
  broad: boolean;
}

export interface Settings {
  userName: string;
  userEmail: string;
  signature: string;
  /** The US school grade the review aims at: sentences a reader needs a higher grade for are flagged. */
  readingGrade: number;
  /** The English the review checks against; `''` follows the system's language. */
  dialect: Dialect | '';
  /** The system's English, which `dialect: ''` means (read only). */
  systemDialect: Dialect;
  /** Words the spelling check accepts (names, tools, jargon). */
  personalWords: string[];
  /** Desktop: closing the window keeps Afterword in the tray, so reminders still arrive. Off until chosen. */
  closeToTray: boolean;
  /** Desktop: the one-time explanation of `closeToTray` has been answered. */
  trayExplained: boolean;
  /** Desktop: start Afterword (in the tray) when the user logs in. */
  openAtLogin: boolean;
}

/** Everything the review engine needs to judge one note; built by `followups.reviewContext`. */
export interface ReviewContext {
  followUpId: number;
  kind: FollowUpKind;
  channel: FollowUpChannel;
  subject: string;
  body: string;
  company: string;
  /** Other names the company answers to (its record's name and short names), for the review's `company.aliases`. */
  companyAliases: string[];
  role: string;
  recipient: { name: string; title: string } | null;
  interviewers: { name: string; title: string }[];
  topics: string[];
  /** Key phrases of the job posting: things a note may refer to besides the interview's topics. */
  references: string[];
  /** Companies of the user's other applications: naming one of them is the classic mistake. */
  otherCompanies: string[];
  /** People not in this interview (nor the recipient). */
  otherNames: string[];
  /** Notes of the same kind to the other interviewers of the same interview. */
  siblingDrafts: { recipient: string; text: string }[];
  personalWords: string[];
  readingGrade: number;
  /** The journal's English (the system's when Settings leave it open). */
  dialect: Dialect;
  userName: string;
}

/** One backup copy of the journal in the data folder's `backups/`. */
/** What one backup holds, to tell backups apart before restoring one. */
export interface BackupSummary {
  counts: JournalCounts;
  /** The note changed last in it, if it holds any. */
  newestNote: { kind: FollowUpKind; company: string; recipient: string | null; updatedAt: string } | null;
}

export interface BackupInfo {
  /** File name, e.g. `journal-20261120-120000.sqlite3` (the time in the name is UTC). */
  name: string;
  /** When it was made. */
  time: string;
  /** Size in bytes. */
  size: number;
}

export interface RestoreResult {
  /** The backup now in use as the journal. */
  restored: BackupInfo;
  /** The journal as it was just before the restore: restoring this one undoes it. */
  previous: BackupInfo;
}

export interface JournalCounts {
  people: number;
  applications: number;
  interviews: number;
  followUps: number;
}

export interface JournalExport {
  /** A suggested name, e.g. `afterword-journal-2026-11-20.json`. */
  fileName: string;
  /** The whole journal as a versioned JSON document (see docs/journal-format.md). */
  text: string;
  counts: JournalCounts;
  /**
   * Only when asked to save: where the desktop app wrote the file, or `null` if the user cancelled the Save
   * dialog. Left out where the page must offer the download itself (browser mode).
   */
  savedTo?: string | null;
}

export interface JournalImportResult {
  counts: JournalCounts;
  /** What a merge added (a merge into a journal that held records). */
  added?: JournalCounts;
}

/** One record of an import preview, in words. */
export interface MergeEntry {
  kind: 'person' | 'application' | 'interview' | 'note' | 'settings';
  label: string;
  /** For a conflict: the fields where the file and the journal disagree (the journal's are kept). */
  differs: string[];
}

/** What importing a file into this journal would do; nothing has been written. Lists are cut at 50 per kind. */
export interface ImportPreview {
  /** The journal holds nothing yet: the file can be taken as it is (`replace-empty`), settings and all. */
  journalEmpty: boolean;
  counts: { new: JournalCounts; matching: JournalCounts; conflicts: JournalCounts };
  /** Personal words the journal does not have yet. */
  newWords: number;
  new: MergeEntry[];
  matching: MergeEntry[];
  conflicts: MergeEntry[];
}
