/**
 * The one API contract. Main's IPC handlers, the preload's `window.afterword`, the browser-mode bridge and the
 * renderer's client are all derived from this table, so a method exists everywhere or nowhere.
 *
 * Each entry pairs a zod schema for the payload (checked in the trusted process before any service sees it) with
 * the TypeScript type of the answer. Method names are `area.action`; the client exposes them as
 * `api.area.action(input)`.
 */
import { z } from 'zod';
import { stripControlCharacters } from './clean-text.ts';
import type { Result } from './result.ts';
import type { AppInfo, JournalProblem, RecoveryResult, ShellRequest } from './types.ts';
import * as C from './calendar-schemas.ts';
import type { CalendarFile, InvitationImportResult, InvitationPreview } from './calendar-types.ts';
import * as S from './journal-schemas.ts';
import * as E from './export-schemas.ts';
import * as T from './tracker-schemas.ts';
import type { Board, BoardMove, Company, CompanyDetail, CompanySummary, CsvExport, CsvPreview, Insights, JobPosting, StatusChange } from './tracker-types.ts';
import type { CallSheet, CopyText, EmlFile, ThankYouExport } from './export-types.ts';
import type {
  Application,
  ApplicationDetail,
  ApplicationList,
  BackupInfo,
  BackupSummary,
  DueList,
  FollowUp,
  FollowUpDetail,
  IgnoredFlag,
  Interview,
  JournalExport,
  JournalImportResult,
  Person,
  PersonDetail,
  ImportPreview,
  PersonSummary,
  RestoreResult,
  ReviewContext,
  SearchResult,
  Settings,
} from './journal-types.ts';

/** Declares a method: the output type is given explicitly, the input type comes from the schema. */
function method<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

/** For methods that take nothing: accepts `undefined` or `{}` and nothing else. */
const noInput = z.object({}).strict().optional();

export const contract = {
  'app.info': method<AppInfo>()(noInput),
  /** Shows a desktop notification; answers `false` where the page must use the web Notification API itself. */
  'app.notify': method<boolean>()(
    z.object({ title: z.string().max(200).overwrite(stripControlCharacters).trim().min(1), body: z.string().max(1000).overwrite(stripControlCharacters) }).strict(),
  ),
  /** Copies text to the system clipboard; answers `false` where the page must use the Clipboard API itself. */
  'app.copyText': method<boolean>()(z.object({ text: z.string().max(1_000_000).overwrite(stripControlCharacters) }).strict()),
  /** Desktop: what the shell asked of the page since the last call (files to import, notes to open), oldest first. */
  'app.takeShellRequests': method<ShellRequest[]>()(noInput),

  /** Newest activity first; `text` matches company or role (any part of a word). */
  'applications.list': method<ApplicationList>()(S.applicationList),
  'applications.get': method<ApplicationDetail>()(S.byId),
  'applications.create': method<Application>()(S.applicationCreate),
  /** Fields left out stay as they are. Changing `status` sets `statusChangedAt` to now unless given. */
  'applications.update': method<Application>()(S.applicationUpdate),
  /** Removes its interviews and notes too. */
  'applications.delete': method<{ id: number }>()(S.byId),

  'interviews.get': method<Interview>()(S.byId),
  /** Links `interviewerIds` and creates `newInterviewers`, all in one transaction. */
  'interviews.create': method<Interview>()(S.interviewCreate),
  /** `interviewerIds`, when given, replaces the list; `newInterviewers` are created and added. */
  'interviews.update': method<Interview>()(S.interviewUpdate),
  /** Notes written for it are kept, detached from the interview. */
  'interviews.delete': method<{ id: number }>()(S.byId),

  'people.list': method<PersonSummary[]>()(S.personList),
  'people.get': method<PersonDetail>()(S.byId),
  'people.create': method<Person>()(S.personCreate),
  'people.update': method<Person>()(S.personUpdate),
  /** Unlinks them from interviews; notes addressed to them are kept without a recipient. */
  'people.delete': method<{ id: number }>()(S.byId),

  'followups.list': method<FollowUp[]>()(S.followUpList),
  'followups.get': method<FollowUpDetail>()(S.byId),
  'followups.create': method<FollowUp>()(S.followUpCreate),
  'followups.update': method<FollowUp>()(S.followUpUpdate),
  /**
   * Autosave of a draft's subject and text; refused once the note is sent or skipped, and (`conflict`) when
   * `baseRevision` is given and the note changed since. Answers the note's new `revision`.
   */
  'followups.saveDraft': method<{ id: number; updatedAt: string; revision: number }>()(S.followUpSaveDraft),
  /** `sent` (with an editable time), `skipped` (with a reason) or back to `draft` (undo). */
  'followups.setStatus': method<FollowUp>()(S.followUpSetStatus),
  'followups.delete': method<{ id: number }>()(S.byId),
  /** The draft for a due item (by `DueItem.key`): the one already started, or a new empty one. */
  'followups.openDue': method<FollowUp>()(S.followUpOpenDue),
  /** The review engine's input for one note. */
  'followups.reviewContext': method<ReviewContext>()(S.byId),
  /** "Ignore here": the flag stays hidden in this note; answers the note's ignored flags. */
  'followups.ignoreFlag': method<IgnoredFlag[]>()(S.followUpIgnoredFlag),
  /** Shows an ignored flag again; answers the note's ignored flags. */
  'followups.unignoreFlag': method<IgnoredFlag[]>()(S.followUpIgnoredFlag),

  /** Applications in a column per status, with counts, due badges and next steps; filtered by company, source, date. */
  'board.get': method<Board>()(T.boardQuery),
  /** Moves an application to another status, keeping the change in its history; answers the entry to undo. */
  'board.move': method<BoardMove>()(T.boardMove),
  /** Takes back the latest move (by its history entry); answers the history as it is now. */
  'board.undoMove': method<StatusChange[]>()(T.boardUndo),
  /** Every status the application has had, oldest first. */
  'board.history': method<StatusChange[]>()(T.byApplication),

  /** The job posting of an application (empty fields until one is saved). */
  'postings.get': method<JobPosting>()(T.byApplication),
  /** Saves the posting; its key phrases are extracted again when the text changes. Fields left out stay. */
  'postings.save': method<JobPosting>()(T.postingSave),

  'companies.list': method<CompanySummary[]>()(T.companyList),
  'companies.get': method<CompanyDetail>()(S.byId),
  'companies.create': method<Company>()(T.companyCreate),
  /** A name or short name another company already answers to is refused. */
  'companies.update': method<Company>()(T.companyUpdate),
  /** Removes the record only: applications and people keep the company's name. */
  'companies.delete': method<{ id: number }>()(S.byId),

  /** How the search is going: funnel, replies by stage and source, thank-you timing, check-ins, weekly activity. */
  'insights.get': method<Insights>()(T.insightsQuery),

  /**
   * A spreadsheet's CSV of applications: `preview` reads it and guesses the columns, `dry-run` checks every row,
   * `import` writes the readable rows in one transaction. Unreadable rows are listed by row number, never written.
   */
  'csv.importApplications': method<CsvPreview>()(T.csvImport),
  /** Applications, interviews or notes as CSV, safe to open in a spreadsheet (no cell runs as a formula). */
  'csv.export': method<CsvExport>()(T.csvExport),

  /** Open follow-ups at `now` (default: the current time), soonest deadline first. */
  'due.list': method<DueList>()(S.dueList),
  /** Quiet the item's reminders for an hour or until 09:00 tomorrow; its notification comes again after. */
  'due.snooze': method<{ key: string; snoozedUntil: string }>()(C.dueSnooze),
  'due.unsnooze': method<{ key: string }>()(C.dueKeyOnly),
  /** "No note for this one": the item's note is marked skipped with the reason, and the item leaves the list. */
  'due.dismiss': method<FollowUp>()(C.dueDismiss),

  /**
   * What an invitation file (.ics, or an .eml with a text/calendar part) holds and what importing it would do.
   * Writes nothing. A file that is not an invitation is refused (`invalid-input`) with what is wrong.
   */
  'calendar.readInvitation': method<InvitationPreview>()(C.invitationRead),
  /**
   * Creates the interview (and, if asked, its application and new people), updates the one imported from the same
   * UID, or cancels it (METHOD:CANCEL): a cancelled interview keeps its notes but plans no follow-ups.
   */
  'calendar.importInvitation': method<InvitationImportResult>()(C.invitationImport),
  /** One due item as an .ics event at its deadline, with an alarm two hours before. */
  'calendar.exportDue': method<CalendarFile>()(C.dueExport),
  /** Every item on the Due list whose deadline is still ahead, as one .ics file. */
  'calendar.exportUpcoming': method<CalendarFile>()(C.upcomingExport),
  'calendar.exportInterview': method<CalendarFile>()(C.interviewExport),

  /** Full-text search over companies, roles, people, notes, topics and follow-ups, best match first. */
  'search.query': method<SearchResult>()(S.searchQuery),

  'settings.get': method<Settings>()(noInput),
  'settings.update': method<Settings>()(S.settingsUpdate),
  'settings.addPersonalWord': method<Settings>()(S.personalWord),
  'settings.removePersonalWord': method<Settings>()(S.personalWord),

  /** Backups in the data folder's `backups/`, newest first. One is made at each start; the newest 7 are kept. */
  'backups.list': method<BackupInfo[]>()(noInput),
  /** A backup of the journal now (online: the journal stays usable meanwhile). */
  'backups.create': method<BackupInfo>()(noInput),
  /** What a backup holds (counts, its newest note), read from it without changing it. */
  'backups.summary': method<BackupSummary>()(S.backupName),
  /**
   * Replaces the journal with a backup, after checking that it opens, passes SQLite's integrity check and is not
   * from a newer version; the journal as it was is backed up first (`previous`), so the restore can be undone.
   * A refused restore changes nothing. Reload every screen afterwards.
   */
  'backups.restore': method<RestoreResult>()(S.backupName),

  /**
   * Only while the journal cannot be opened (`app.info` → `journalProblem`; every journal method then answers that
   * problem): puts a backup in its place — the one named, or else the newest that opens cleanly — after setting the
   * unusable file aside next to it (`keptAs`), never overwriting or removing it. The app then carries on as usual.
   */
  'recovery.restoreBackup': method<RecoveryResult>()(S.backupName.partial().optional()),
  /** Only while the journal cannot be opened: sets the file aside (`keptAs`) and starts a new, empty journal. */
  'recovery.startNewJournal': method<RecoveryResult>()(noInput),
  /**
   * Only while the journal is locked by another Afterword or its folder is read-only, missing or full: tries to
   * open it again. Answers the problem that is left, or `null` when the journal is open now.
   */
  'recovery.retry': method<JournalProblem | null>()(noInput),

  /**
   * The whole journal as a versioned JSON document (docs/journal-format.md) with a suggested file name. With
   * `save: true` the desktop app asks where to save it and writes it there (`savedTo`).
   */
  'journal.exportJson': method<JournalExport>()(S.journalExport),
  /**
   * Imports such a document into an EMPTY journal, in one transaction, keeping every id and time. A file that is
   * not valid (wrong format, newer version, missing fields, references to records it does not hold) is refused with
   * what is wrong and where (`fields[].path` is the place in the file, e.g. `followUps[3].recipientId`), and the
   * journal is left untouched.
   */
  'journal.importJson': method<JournalImportResult>()(S.journalImport),
  /**
   * What importing the file into this journal would do, without writing anything: the records that are new, those it
   * already holds as they are, and those it holds with other details (a merge keeps the journal's version of these).
   */
  'journal.previewImport': method<ImportPreview>()(S.journalPreviewImport),

  /**
   * The note as an unsent `.eml` draft to the recipient (From and the signature come from Settings). With
   * `save: true` the desktop app asks where to save it (`savedTo`); otherwise, or in browser mode, the bytes come
   * back (`base64`) for the page to download. A note that cannot be a draft (no email address, no subject) is
   * refused with the field to fix: `to`, `from` or `subject`.
   */
  'export.eml': method<EmlFile>()(E.emlExport),
  /** Every interviewer's thank-you note of an interview as drafts, one file each (desktop: into a chosen folder). */
  'export.interviewThankYous': method<ThankYouExport>()(E.thankYouExport),
  /** Opens a draft saved in this session with the system's mail app; refuses any other path. Desktop only. */
  'export.openInMailApp': method<boolean>()(E.openInMailApp),
  /** Copies the body (signed, for an email), the subject or both; `copied: false` asks the page to do it. */
  'export.copy': method<CopyText>()(E.copyText),
  /** A plan for a phone call: the interview's topics as talking points and the next step the employer named. */
  'export.callSheet': method<CallSheet>()(E.byFollowUp),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends. */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a service receives, after validation and defaults. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'];

/** The service side: one function per method. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

type NamespaceOf<M> = M extends `${infer N}.${string}` ? N : never;
export type Namespace = NamespaceOf<MethodName>;
type ArgsOf<M extends MethodName> = undefined extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>];
export type ClientMethod<M extends MethodName> = (...args: ArgsOf<M>) => Promise<Result<OutputOf<M>>>;

/** The caller side: `api.app.info()`, identical over IPC and over the browser-mode bridge. */
export type Client = {
  [N in Namespace]: {
    [M in MethodName as M extends `${N}.${infer F}` ? F : never]: ClientMethod<M>;
  };
};

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
