/**
 * Payload schemas of the journal's methods. Messages are written for the person filling in the form: the
 * dispatcher passes them through unchanged as `{ path, message }` per field.
 */
import { stripControlCharacters } from './clean-text.ts';
import { z } from 'zod';
import { dialects } from '../review/dialects.ts';
import { emailAddressProblem } from '../address/email-address.ts';
import { localDate } from '../due/zoned-time.ts';
import {
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_KINDS,
  INTERVIEW_FORMATS,
  INTERVIEW_ROUNDS,
} from './journal-types.ts';
import { LIMITS } from './limits.ts';

export { LIMITS };

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A lone UTF-16 surrogate (half an emoji, cut off somewhere) becomes U+FFFD. Stored as is, SQLite would hold invalid
 * UTF-8 and the text would read back as three replacement characters instead of what was saved.
 */
const wellFormed = (value: string) => value.replace(/\p{Cs}/gu, '\uFFFD');

/** What every text field stores: well-formed, without control characters (see clean-text.ts). */
const cleanText = (value: string) => stripControlCharacters(wellFormed(value));

function text(label: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`) })
    // Checked as sent: a huge payload is refused before any work on it (cleaning only ever shortens it).
    .max(max, `${label} can be at most ${count(max)} characters.`)
    .overwrite(cleanText)
    .normalize('NFC')
    .trim();
}

/** A text that may not be blank once trimmed. */
export function requiredText(label: string, max: number) {
  return text(label, max).min(1, `${label} is required.`);
}

/** A text that may be left out; stored as the empty string. */
export function optionalText(label: string, max: number) {
  return text(label, max).optional();
}

export const id = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a number.`) })
    .int(`${label} must be a whole number.`)
    .positive(`${label} must be a positive number.`)
    .max(Number.MAX_SAFE_INTEGER, `${label} is too large.`);

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDateExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An instant, as ISO 8601 with `Z` or an offset; answered back normalised to UTC with milliseconds. */
export function instant(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a date and time.`) })
    .trim()
    .superRefine((value, ctx) => {
      const m = INSTANT.exec(value);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a date and time such as 2026-11-20T15:00:00Z.` });
        return;
      }
      const [, y, mo, d, h, mi, s, , zone] = m;
      // An offset such as +24:00 or +00:60 passes the pattern but is no offset at all (and `Date` rejects it).
      const offsetExists = zone === 'Z' || (Number(zone?.slice(1, 3)) <= 23 && Number(zone?.slice(4, 6)) <= 59);
      if (!calendarDateExists(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59 || !offsetExists) {
        ctx.addIssue({ code: 'custom', message: `${label}: ${value.slice(0, 16)} is not a real date and time.` });
      }
    })
    .transform((value) => new Date(value).toISOString());
}

/** A calendar day, `YYYY-MM-DD`, that exists (no 30 February). */
export function calendarDate(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a date.`) })
    .trim()
    .superRefine((value, ctx) => {
      const m = DATE.exec(value);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a date such as 2026-11-20.` });
        return;
      }
      if (!calendarDateExists(Number(m[1]), Number(m[2]), Number(m[3]))) {
        ctx.addIssue({ code: 'custom', message: `${label}: ${value} is not a real date.` });
      }
    });
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const timeZone = z
  .string({ error: (issue) => (issue.input === undefined ? 'Time zone is required.' : 'Time zone must be text.') })
  .trim()
  .refine(isTimeZone, { message: 'Time zone must be a place name such as Europe/Berlin or America/New_York.' });

export function choice<T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: () => `${label} must be one of: ${values.join(', ')}.` });
}

export const applicationStatus = choice('Status', APPLICATION_STATUSES);
export const applicationSource = choice('Source', APPLICATION_SOURCES);
const round = choice('Round', INTERVIEW_ROUNDS);
const format = choice('Format', INTERVIEW_FORMATS);
const kind = choice('Kind', FOLLOW_UP_KINDS);
const channel = choice('Channel', FOLLOW_UP_CHANNELS);

const jobUrl = optionalText('Job link', LIMITS.url).refine((value) => !value || /^https?:\/\/\S+$/i.test(value), {
  message: 'Job link must start with http:// or https://.',
});

export const byId = z.strictObject({ id: id('Id') });

/**
 * The record's `revision` as the screen loaded it. When given and the record has changed since, the update is
 * refused with `conflict` and nothing is changed; left out, the update applies whatever changed meanwhile.
 */
const baseRevision = z
  .number({ error: 'Base revision must be a number.' })
  .int('Base revision must be a whole number.')
  .min(0, 'Base revision cannot be negative.')
  .max(Number.MAX_SAFE_INTEGER, 'Base revision is too large.')
  .optional();

// ---------------------------------------------------------------------------------------------------- people

const personFields = {
  name: requiredText('Name', LIMITS.name),
  title: optionalText('Title', LIMITS.name),
  company: optionalText('Company', LIMITS.name),
  // The export's own rule, so an address saved here can always be put on a draft.
  email: optionalText('Email', LIMITS.name).superRefine((value, ctx) => {
    const problem = emailAddressProblem(value ?? '');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  phone: optionalText('Phone', 50),
  isRecruiter: z.boolean({ error: 'Recruiter must be yes or no.' }).optional(),
  notes: optionalText('Notes', LIMITS.notes),
};

export const personCreate = z.strictObject(personFields);
export const personUpdate = z.strictObject({ id: id('Id'), baseRevision, ...personFields, name: personFields.name.optional() });
export const personList = z
  .strictObject({
    text: optionalText('Search text', LIMITS.name),
    recruitersOnly: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .optional();

// ------------------------------------------------------------------------------------------------ applications

const applicationFields = {
  company: requiredText('Company', LIMITS.name),
  role: optionalText('Role', LIMITS.name),
  jobUrl,
  source: applicationSource.optional(),
  status: applicationStatus.optional(),
  appliedOn: calendarDate('Applied on').nullable().optional(),
  /** When the status changed; defaults to now whenever the status changes. */
  statusChangedAt: instant('Status changed at').optional(),
  recruiterId: id('Recruiter').nullable().optional(),
  referrerId: id('Referrer').nullable().optional(),
  /** A recruiter or referrer added to People in the same transaction (replaces `recruiterId` / `referrerId`). */
  newRecruiter: personCreate.optional(),
  newReferrer: personCreate.optional(),
  notes: optionalText('Notes', LIMITS.notes),
};

export const applicationCreate = z.strictObject(applicationFields);
export const applicationUpdate = z.strictObject({
  id: id('Id'),
  baseRevision,
  ...applicationFields,
  company: applicationFields.company.optional(),
});
export const applicationList = z
  .strictObject({
    status: z.union([applicationStatus, z.array(applicationStatus).max(APPLICATION_STATUSES.length)]).optional(),
    text: optionalText('Search text', LIMITS.name),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();

// -------------------------------------------------------------------------------------------------- interviews

const topics = z
  .array(requiredText('Topic', LIMITS.name), { error: 'Topics must be a list of short phrases.' })
  .max(LIMITS.topics, `At most ${LIMITS.topics} topics per interview.`);

const interviewFields = {
  round: round,
  format: format,
  startsAt: instant('Start'),
  endsAt: instant('End'),
  timeZone,
  location: optionalText('Location', LIMITS.shortText),
  nextStep: optionalText('Next step', LIMITS.shortText),
  nextStepBy: calendarDate('Next step by').nullable().optional(),
  notes: optionalText('Notes', LIMITS.notes),
  topics: topics.optional(),
  /** Existing people who took part. On update, when given, it replaces the list (plus any `newInterviewers`). */
  interviewerIds: z.array(id('Interviewer')).max(50).optional(),
  /** People to add to the journal and link to this interview, in the same transaction. */
  newInterviewers: z.array(personCreate).max(50).optional(),
};

function endAfterStart(
  value: { startsAt?: string | undefined; endsAt?: string | undefined; timeZone?: string | undefined; nextStepBy?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'End must be after the start.' });
  }
  // An answer promised before the interview took place is a typo in one of the two dates.
  // Refinements also run over fields that failed their own checks: only judge two dates that are both real.
  const start = value.startsAt && INSTANT.test(value.startsAt) ? Date.parse(value.startsAt) : NaN;
  // Years a calendar shows: far-off ones are refused by their own field, and the zone arithmetic cannot take them.
  const year = new Date(start).getUTCFullYear();
  if (Number.isFinite(start) && year >= 1000 && year <= 9999 && value.timeZone && isTimeZone(value.timeZone) && value.nextStepBy && DATE.test(value.nextStepBy)) {
    const day = localDate(start, value.timeZone);
    if (value.nextStepBy < day) {
      ctx.addIssue({ code: 'custom', path: ['nextStepBy'], message: `The answer cannot be expected before the interview itself (${day}): check both dates.` });
    }
  }
}

export const interviewCreate = z
  .strictObject({ applicationId: id('Application'), ...interviewFields, round: round.optional(), format: format.optional() })
  .superRefine(endAfterStart);
export const interviewUpdate = z
  .strictObject({
    id: id('Id'),
    baseRevision,
    ...interviewFields,
    round: round.optional(),
    format: format.optional(),
    startsAt: interviewFields.startsAt.optional(),
    endsAt: interviewFields.endsAt.optional(),
    timeZone: timeZone.optional(),
  })
  .superRefine(endAfterStart);

// --------------------------------------------------------------------------------------------------- follow-ups

export const followUpCreate = z.strictObject({
  applicationId: id('Application'),
  interviewId: id('Interview').nullable().optional(),
  recipientId: id('Recipient').nullable().optional(),
  kind,
  channel: channel.optional(),
  subject: optionalText('Subject', LIMITS.shortText),
  body: optionalText('Text', LIMITS.body),
  dueAt: instant('Due').nullable().optional(),
});

export const followUpUpdate = z.strictObject({
  id: id('Id'),
  baseRevision,
  interviewId: id('Interview').nullable().optional(),
  recipientId: id('Recipient').nullable().optional(),
  kind: kind.optional(),
  channel: channel.optional(),
  subject: optionalText('Subject', LIMITS.shortText),
  body: optionalText('Text', LIMITS.body),
  dueAt: instant('Due').nullable().optional(),
  /** When the sent time needs correcting, use `setStatus` with `sent` again. */
  replyAt: instant('Reply received').nullable().optional(),
});

export const followUpSaveDraft = z.strictObject({
  id: id('Id'),
  baseRevision,
  subject: text('Subject', LIMITS.shortText),
  body: z
    .string({ error: 'Text must be text.' })
    .max(LIMITS.body, `Text can be at most ${count(LIMITS.body)} characters.`)
    .overwrite(cleanText),
});

/** One flag to ignore (or stop ignoring) in one note; the words are kept trimmed and in lower case. */
export const followUpIgnoredFlag = z.strictObject({
  id: id('Id'),
  ruleId: z
    .string({ error: (issue) => (issue.input === undefined ? 'Rule is required.' : 'Rule must be text.') })
    .regex(/^[a-z][a-z0-9-]{0,99}$/, 'Rule must be a rule name such as spelling-unknown.'),
  text: text('Flagged words', LIMITS.ignoredFlagText).toLowerCase(),
});

export const followUpSetStatus = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ id: id('Id'), status: z.literal('sent'), sentAt: instant('Sent at').optional() }),
    z.strictObject({
      id: id('Id'),
      status: z.literal('skipped'),
      reason: requiredText('Reason', LIMITS.reason),
    }),
    z.strictObject({ id: id('Id'), status: z.literal('draft') }),
  ],
  { error: 'Status must be one of: draft, sent, skipped.' },
);

export const followUpOpenDue = z.strictObject({
  key: z.string({ error: 'Key is required.' }).max(100, 'Key is not a reminder key.'),
  now: instant('Now').optional(),
});

export const followUpList = z
  .strictObject({ applicationId: id('Application').optional(), status: choice('Status', ['draft', 'sent', 'skipped']).optional() })
  .optional();

// --------------------------------------------------------------------------------------------- due, search, settings

export const dueList = z.strictObject({ now: instant('Now').optional() }).optional();

export const searchQuery = z.strictObject({
  text: text('Search text', LIMITS.name),
  limit: z.number().int().min(1).max(100).optional(),
});

export const settingsUpdate = z.strictObject({
  userName: optionalText('Your name', LIMITS.name),
  userEmail: optionalText('Your email', LIMITS.name).superRefine((value, ctx) => {
    const problem = emailAddressProblem(value ?? '');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  signature: optionalText('Signature', LIMITS.shortText),
  readingGrade: z
    .number({ error: 'Reading grade must be a number.' })
    .int('Reading grade must be a whole number.')
    .min(3, 'Reading grade must be between 3 and 17.')
    .max(17, 'Reading grade must be between 3 and 17.')
    .optional(),
  closeToTray: z.boolean({ error: 'Keep running in the tray must be true or false.' }).optional(),
  trayExplained: z.boolean({ error: 'trayExplained must be true or false.' }).optional(),
  openAtLogin: z.boolean({ error: 'Open at login must be true or false.' }).optional(),
  dialect: z.enum(['', ...dialects], { error: () => `English must be one of: ${dialects.join(', ')} (or empty to follow the system).` }).optional(),
});

export const personalWord = z.strictObject({
  word: requiredText('Word', 100).refine((value) => !/\s/.test(value), { message: 'Add one word at a time (no spaces).' }),
});

// ------------------------------------------------------------------------------------- backups, export, import

/**
 * `journal-YYYYMMDD-HHMMSS.sqlite3` (UTC), with `-2`, `-3`, … for further backups within the same second. Only
 * names of this shape are listed, restored or pruned, so no request can reach another file.
 */
export const BACKUP_NAME = /^journal-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-([2-9]|[1-9]\d{1,2}))?\.sqlite3$/;

export const backupName = z.strictObject({
  name: z
    .string({ error: (issue) => (issue.input === undefined ? 'Backup name is required.' : 'Backup name must be text.') })
    .regex(BACKUP_NAME, 'Backup name must be one from the backups list, such as journal-20261120-120000.sqlite3.'),
});

export const journalExport = z
  .strictObject({
    /** Desktop: ask where to save and write the file there. Browser mode answers without saving. */
    save: z.boolean({ error: 'Save must be yes or no.' }).optional(),
  })
  .optional();

/** Large enough for a journal of many thousands of applications; the browser-mode bridge caps requests at 64 MB. */
export const MAX_IMPORT_CHARACTERS = 200_000_000;

export const journalImport = z.strictObject({
  text: z
    .string({ error: (issue) => (issue.input === undefined ? 'The file’s text is required.' : 'The file’s text must be text.') })
    .max(MAX_IMPORT_CHARACTERS, `The file is too large to import (over ${count(MAX_IMPORT_CHARACTERS)} characters).`),
  /**
   * `replace-empty` fills an empty journal with the file as it is; `merge` adds what the journal does not hold yet
   * and keeps the journal's version of anything that differs (see `journal.previewImport`).
   */
  mode: z.enum(['replace-empty', 'merge'], { error: 'Mode must be replace-empty or merge.' }),
});

export const journalPreviewImport = journalImport.pick({ text: true });

/** Field schemas other areas' payloads reuse (calendar invitations), so each rule is written once. */
export { id as recordId, timeZone as timeZoneName, round as interviewRound, format as interviewFormat };
