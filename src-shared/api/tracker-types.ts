/**
 * Shapes of the tracker's parts as they travel through the API: the board and its status history, job postings,
 * companies, insights and CSV in and out. Plain data only, like journal-types.ts.
 */
import type { Application, ApplicationSource, ApplicationStatus, FollowUpKind, InterviewRound } from './journal-types.ts';

export const WORKPLACES = ['on-site', 'hybrid', 'remote', 'unknown'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export const SALARY_PERIODS = ['year', 'month', 'day', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** One status an application had, from `changedAt` until the next change. */
export interface StatusChange {
  id: number;
  applicationId: number;
  status: ApplicationStatus;
  changedAt: string;
}

/** One card of the board. */
export interface BoardCard {
  id: number;
  company: string;
  role: string;
  source: ApplicationSource;
  status: ApplicationStatus;
  appliedOn: string | null;
  statusChangedAt: string;
  interviewCount: number;
  /** The next step the employer named at the latest interview that named one, with its date. */
  nextStep: { text: string; by: string | null } | null;
  /** Reminders open now: how many, how many past their deadline, and the soonest deadline. */
  due: { open: number; overdue: number; nextDueAt: string | null };
}

export interface BoardColumn {
  status: ApplicationStatus;
  /** Every application of this status that the filter keeps. */
  count: number;
  /** Most recent activity first (a move counts), as in the list; at most `limit` of them. */
  cards: BoardCard[];
}

export interface Board {
  columns: BoardColumn[];
  /** Companies and sources present in the journal, for the filters. */
  companies: string[];
}

export interface BoardMove {
  application: Application;
  /** The history entry the move added; give its id to `applications.undoMove`. */
  change: StatusChange;
}

export interface JobPosting {
  applicationId: number;
  text: string;
  /** The application's job link. */
  url: string;
  salaryMin: number | null;
  salaryMax: number | null;
  /** ISO 4217 code such as EUR, or empty. */
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  location: string;
  workplace: Workplace;
  /** The last day to apply, if the posting names one. */
  closesOn: string | null;
  /** Key phrases of the posting's text, most telling first; offered as interview topics. */
  keywords: string[];
  /** `null` while nothing was saved for this application. */
  updatedAt: string | null;
}

export interface Company {
  id: number;
  name: string;
  /** Short names and other spellings, e.g. "Brightline" for "Brightline Health". */
  aliases: string[];
  /** Website domain such as brightline.example, or empty. */
  domain: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface CompanySummary extends Company {
  applicationCount: number;
  peopleCount: number;
}

export interface CompanyDetail {
  company: Company;
  /** The roles applied for there. */
  applications: { id: number; role: string; status: ApplicationStatus; appliedOn: string | null }[];
  people: { id: number; name: string; title: string; isRecruiter: boolean }[];
}

// ------------------------------------------------------------------------------------------------------ insights

export interface FunnelStep {
  step: 'applied' | 'first-reply' | 'interview' | 'offer';
  count: number;
  /** Share of the applications, 0–1. */
  share: number;
}

/** How often, and how fast, an answer came after a step. */
export interface ReplyFigures {
  /** The stage (`applied` or an interview round) or the source. */
  key: string;
  count: number;
  replied: number;
  /** `replied / count`, or `null` when count is 0. */
  rate: number | null;
  /** Median whole days from the step to the reply, or `null` without replies. */
  medianDays: number | null;
}

export interface WeekActivity {
  /** Monday of the week, `YYYY-MM-DD` (UTC). */
  week: string;
  applied: number;
  interviews: number;
  notesSent: number;
}

export interface Insights {
  applications: number;
  funnel: FunnelStep[];
  byStage: ReplyFigures[];
  bySource: ReplyFigures[];
  thankYous: { sent: number; onTime: number; late: number; skipped: number; unsent: number };
  checkIns: {
    /** Sent status check-ins per application that had an interview. */
    average: number | null;
    /** How many such applications had 0, 1, 2 and 3 or more. */
    distribution: { checkIns: '0' | '1' | '2' | '3+'; applications: number }[];
  };
  /** The last 12 weeks up to `now`, oldest first. */
  weeks: WeekActivity[];
}

// ----------------------------------------------------------------------------------------------------------- CSV

/** What a CSV column can be read as. */
export const CSV_FIELDS = ['company', 'role', 'status', 'source', 'appliedOn', 'jobUrl', 'notes', 'location', 'salary', 'ignore'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface CsvProblem {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  column: string | null;
  message: string;
}

export interface CsvPreviewRow {
  row: number;
  company: string;
  role: string;
  status: ApplicationStatus;
  source: ApplicationSource;
  appliedOn: string | null;
  /** The journal already has a company of this name or alias: the row joins it. */
  knownCompany: string | null;
}

export interface CsvPreview {
  /** The header as read, in order. */
  columns: string[];
  /** `,`, `;` or a tab: what the file is separated by. */
  delimiter: string;
  /** The first value of each column that has one, to tell the columns apart while mapping them. */
  samples: Record<string, string>;
  /** The mapping in force: the one given, or the one guessed from the header. */
  mapping: Record<string, CsvField>;
  /** The first rows as they would be imported. */
  rows: CsvPreviewRow[];
  /** Rows that would be imported. */
  readable: number;
  problems: CsvProblem[];
  /** True when the rows were written (import confirmed); false for a preview or a dry run. */
  written: boolean;
}

export const CSV_EXPORTS = ['applications', 'interviews', 'notes'] as const;
export type CsvExportKind = (typeof CSV_EXPORTS)[number];

export interface CsvExport {
  fileName: string;
  text: string;
  rows: number;
  savedTo?: string | null;
}

export type { FollowUpKind, InterviewRound };
