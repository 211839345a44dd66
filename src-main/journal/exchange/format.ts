/**
 * The journal file (`"format": "afterword-journal"`, version 1), documented in docs/journal-format.md. Every
 * record keeps its id and timestamps, so references inside the file and the due list's keys stay valid after an
 * import. The schema checks values without changing them (but for removing control characters from texts): a file
 * either imports as written or not at all.
 * Limits are those of the journal's own forms, so anything the app stored fits and nothing else does.
 */
import { z } from 'zod';
import { stripControlCharacters } from '../../../src-shared/api/clean-text.ts';
import { LIMITS, isTimeZone } from '../../../src-shared/api/journal-schemas.ts';
import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATUSES,
  INTERVIEW_FORMATS,
  INTERVIEW_ROUNDS,
} from '../../../src-shared/api/journal-types.ts';
import { parseDueKey } from '../../../src-shared/due/index.ts';
import { SALARY_PERIODS, WORKPLACES } from '../../../src-shared/api/tracker-types.ts';
import { dialects } from '../../../src-shared/review/dialects.ts';

export const FORMAT_NAME = 'afterword-journal';
export const FORMAT_VERSION = 1;

const missingOr = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`);

function text(max: number) {
  // The one change made to what a file says: control characters never reach the journal (clean-text.ts).
  return z
    .string({ error: missingOr('text') })
    .overwrite(stripControlCharacters)
    .max(max, `is longer than ${max.toLocaleString('en-US')} characters`);
}
const required = (max: number) => text(max).refine((value) => value.trim().length > 0, 'must not be blank');

const id = z
  .number({ error: missingOr('a number') })
  .int('must be a whole number')
  .positive('must be a positive number')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Stored times have exactly this form, which keeps text order equal to time order (the due rules rely on it). */
const instant = z
  .string({ error: missingOr('a time such as 2026-11-20T15:00:00.000Z') })
  .refine(
    (value) => CANONICAL_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
    { error: (issue) => `must be a UTC time such as 2026-11-20T15:00:00.000Z, not "${String(issue.input).slice(0, 40)}"` },
  );

const date = z
  .string({ error: missingOr('a date such as 2026-11-20') })
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value),
    { error: (issue) => `must be a real date such as 2026-11-20, not "${String(issue.input).slice(0, 40)}"` },
  );

const email = text(LIMITS.name).refine((value) => !value || /^[^\s@]+@[^\s@]+$/.test(value), 'must look like name@example.com');

function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => (issue.input === undefined ? 'is missing' : `must be one of: ${values.join(', ')}`) });
}

/** Unknown fields are refused: in a version-1 file they can only be a mistake or another program's data. */
const record = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, { error: missingOr('an object') });

const flag = z.boolean({ error: missingOr('true or false') });

/** How many times the record was changed; absent in files written before it was kept (read as 0). */
const revision = z
  .number({ error: missingOr('a whole number') })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(Number.MAX_SAFE_INTEGER, 'is too large')
  .optional();

export const settingsRecord = record(
  {
    userName: text(LIMITS.name),
    userEmail: email,
    signature: text(LIMITS.shortText),
    // Files from before the reading grade carry a reading age (grade plus five) instead.
    readingAge: z.number({ error: missingOr('a number') }).int('must be a whole number').min(8, 'must be from 8 to 22').max(22, 'must be from 8 to 22').optional(),
    readingGrade: z.number({ error: missingOr('a number') }).int('must be a whole number').min(3, 'must be from 3 to 17').max(17, 'must be from 3 to 17').optional(),
    dialect: z.enum(['', ...dialects], { error: () => `must be one of: ${dialects.join(', ')}, or empty` }).optional(),
  },
);

const personalWord = required(100).refine((value) => !/\s/.test(value), 'must be one word (no spaces)');

export const personRecord = record({
  id,
  name: required(LIMITS.name),
  title: text(LIMITS.name),
  company: text(LIMITS.name),
  email,
  phone: text(50),
  isRecruiter: flag,
  notes: text(LIMITS.notes),
  createdAt: instant,
  updatedAt: instant,
  revision,
});

export const applicationRecord = record({
  id,
  company: required(LIMITS.name),
  role: text(LIMITS.name),
  jobUrl: text(LIMITS.url).refine((value) => !value || /^https?:\/\/\S+$/i.test(value), 'must start with http:// or https://'),
  source: oneOf(APPLICATION_SOURCES),
  status: oneOf(APPLICATION_STATUSES),
  appliedOn: date.nullable(),
  statusChangedAt: instant,
  recruiterId: id.nullable(),
  /** Added with schema 5; a file written before it has no referrers. */
  referrerId: id.nullable().optional(),
  notes: text(LIMITS.notes),
  createdAt: instant,
  updatedAt: instant,
  revision,
});

export const interviewRecord = record({
  id,
  applicationId: id,
  round: oneOf(INTERVIEW_ROUNDS),
  format: oneOf(INTERVIEW_FORMATS),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string({ error: missingOr('a time zone such as Europe/Berlin') }).refine(isTimeZone, 'must be a time zone such as Europe/Berlin'),
  location: text(LIMITS.shortText),
  nextStep: text(LIMITS.shortText),
  nextStepBy: date.nullable(),
  notes: text(LIMITS.notes),
  topics: z.array(required(LIMITS.name), { error: missingOr('a list of phrases') }).max(LIMITS.topics, `has more than ${LIMITS.topics} topics`),
  /** The people who took part, in the order shown. */
  interviewerIds: z.array(id, { error: missingOr('a list of person ids') }).max(50, 'has more than 50 people'),
  createdAt: instant,
  updatedAt: instant,
  revision,
  /** The calendar invitation it was imported from (null or absent for one entered by hand; absent before 0.2). */
  calendarUid: z.string({ error: missingOr('text or null') }).min(1).max(500).nullable().optional(),
  calendarSequence: z.number({ error: missingOr('a whole number') }).int().min(0).optional(),
  /** When the organiser cancelled it; null or absent while it is on. */
  cancelledAt: instant.nullable().optional(),
}).superRefine((interview, ctx) => {
  if (interview.endsAt <= interview.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  const seen = new Set<number>();
  interview.interviewerIds.forEach((personId, index) => {
    if (seen.has(personId)) ctx.addIssue({ code: 'custom', path: ['interviewerIds', index], message: `lists person ${personId} twice` });
    seen.add(personId);
  });
});

export const followUpRecord = record({
  id,
  applicationId: id,
  interviewId: id.nullable(),
  recipientId: id.nullable(),
  kind: oneOf(FOLLOW_UP_KINDS),
  channel: oneOf(FOLLOW_UP_CHANNELS),
  subject: text(LIMITS.shortText),
  body: text(LIMITS.body),
  status: oneOf(FOLLOW_UP_STATUSES),
  /** Why it was skipped: required when `status` is `skipped`, empty otherwise. */
  skipReason: text(LIMITS.reason),
  /** The reminder this note answers, e.g. `thank-you:i12:p40`. */
  dueKey: z.string({ error: missingOr('text or null') }).refine((value) => parseDueKey(value) !== null, 'is not a reminder key').nullable(),
  dueAt: instant.nullable(),
  sentAt: instant.nullable(),
  replyAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
  revision,
  /** Review flags ignored in this note; absent in files written before it was kept (read as none). */
  ignoredFlags: z
    .array(
      record({
        ruleId: text(100).refine((value) => /^[a-z][a-z0-9-]*$/.test(value), 'must be a rule name such as spelling-unknown'),
        text: text(LIMITS.ignoredFlagText).refine((value) => value === value.trim().toLowerCase(), 'must be trimmed and in lower case'),
      }),
      { error: missingOr('a list of ignored flags') },
    )
    .max(LIMITS.ignoredFlags, `has more than ${LIMITS.ignoredFlags} ignored flags`)
    .optional(),
}).superRefine((note, ctx) => {
  if (note.status === 'skipped' && note.skipReason.trim() === '') ctx.addIssue({ code: 'custom', path: ['skipReason'], message: 'is required when status is skipped' });
  if (note.status !== 'skipped' && note.skipReason !== '') ctx.addIssue({ code: 'custom', path: ['skipReason'], message: `must be empty when status is ${note.status}` });
  if (note.status === 'sent' && note.sentAt === null) ctx.addIssue({ code: 'custom', path: ['sentAt'], message: 'is required when status is sent' });
  if (note.status !== 'sent' && note.sentAt !== null) ctx.addIssue({ code: 'custom', path: ['sentAt'], message: `must be null when status is ${note.status}` });
});

const list = <T extends z.ZodType>(item: T) => z.array(item, { error: missingOr('a list') });

export const statusChangeRecord = record({
  id,
  applicationId: id,
  status: oneOf(APPLICATION_STATUSES),
  changedAt: instant,
});

const money = z.number({ error: missingOr('a number or null') }).int('must be a whole number').min(0, 'must not be negative').max(1e12, 'is too large');

export const jobPostingRecord = record({
  applicationId: id,
  text: text(LIMITS.notes),
  salaryMin: money.nullable(),
  salaryMax: money.nullable(),
  salaryCurrency: text(3).refine((value) => !value || /^[A-Z]{3}$/.test(value), 'must be a three-letter code such as EUR, or empty'),
  salaryPeriod: oneOf(SALARY_PERIODS),
  location: text(LIMITS.shortText),
  workplace: oneOf(WORKPLACES),
  closesOn: date.nullable(),
  keywords: z.array(required(LIMITS.name), { error: missingOr('a list of phrases') }).max(LIMITS.topics, `has more than ${LIMITS.topics} phrases`),
  updatedAt: instant,
}).superRefine((posting, ctx) => {
  if (posting.salaryMin !== null && posting.salaryMax !== null && posting.salaryMax < posting.salaryMin) {
    ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'must not be below salaryMin' });
  }
});

export const companyRecord = record({
  id,
  name: required(LIMITS.name),
  aliases: z.array(required(LIMITS.name), { error: missingOr('a list of names') }).max(20, 'has more than 20 short names'),
  domain: text(253),
  notes: text(LIMITS.notes),
  createdAt: instant,
  updatedAt: instant,
});

export const journalFile = record({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: instant,
  app: record({ version: text(50) }),
  settings: settingsRecord,
  personalWords: list(personalWord),
  people: list(personRecord),
  applications: list(applicationRecord),
  interviews: list(interviewRecord),
  followUps: list(followUpRecord),
  /** Absent in files written before they were kept: read as derived from the applications (see import.ts). */
  statusChanges: list(statusChangeRecord).optional(),
  jobPostings: list(jobPostingRecord).optional(),
  companies: list(companyRecord).optional(),
});

export type JournalFile = z.output<typeof journalFile>;
export type PersonRecord = z.output<typeof personRecord>;
export type ApplicationRecord = z.output<typeof applicationRecord>;
export type InterviewRecord = z.output<typeof interviewRecord>;
export type FollowUpRecord = z.output<typeof followUpRecord>;
export type StatusChangeRecord = z.output<typeof statusChangeRecord>;
export type JobPostingRecord = z.output<typeof jobPostingRecord>;
export type CompanyRecord = z.output<typeof companyRecord>;
export type SettingsRecord = z.output<typeof settingsRecord>;
