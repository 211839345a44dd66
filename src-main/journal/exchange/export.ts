/**
 * The whole journal as one JSON document. Records come out in id order with their keys in a fixed order, so
 * exporting the same journal twice gives the same text apart from `exportedAt`.
 */
import type { JournalCounts } from '../../../src-shared/api/journal-types.ts';
import { toApplication, toFollowUp, toPerson, type ApplicationRow, type FollowUpRow, type InterviewRow, type PersonRow } from '../rows.ts';
import { ignoredFlagsOf } from '../followups.ts';
import { getSettings } from '../settings.ts';
import { sql, type Db } from '../sql.ts';
import { toCompany, type CompanyRow } from '../companies.ts';
import type { PostingRow } from '../postings.ts';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type CompanyRecord,
  type JobPostingRecord,
  type StatusChangeRecord,
  type ApplicationRecord, type FollowUpRecord, type InterviewRecord, type JournalFile, type PersonRecord } from './format.ts';

/** The tables the file carries; `due_items` and `search` are rebuilt from them on import. */
export const EXPORTED_TABLES = [
  'settings',
  'personal_words',
  'people',
  'applications',
  'interviews',
  'interview_people',
  'followups',
  'status_changes',
  'job_postings',
  'companies',
] as const;

export function journalCounts(db: Db): JournalCounts {
  const n = (table: string) => (sql(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { people: n('people'), applications: n('applications'), interviews: n('interviews'), followUps: n('followups') };
}

function people(db: Db): PersonRecord[] {
  return (sql(db, 'SELECT * FROM people ORDER BY id').all() as PersonRow[]).map((row) => {
    const p = toPerson(row);
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      company: p.company,
      email: p.email,
      phone: p.phone,
      isRecruiter: p.isRecruiter,
      notes: p.notes,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      revision: p.revision,
    };
  });
}

function applications(db: Db): ApplicationRecord[] {
  return (sql(db, 'SELECT * FROM applications ORDER BY id').all() as ApplicationRow[]).map((row) => {
    const a = toApplication(row);
    return {
      id: a.id,
      company: a.company,
      role: a.role,
      jobUrl: a.jobUrl,
      source: a.source,
      status: a.status,
      appliedOn: a.appliedOn,
      statusChangedAt: a.statusChangedAt,
      recruiterId: a.recruiterId,
      referrerId: a.referrerId,
      notes: a.notes,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      revision: a.revision,
    };
  });
}

function interviews(db: Db): InterviewRecord[] {
  const interviewers = new Map<number, number[]>();
  for (const link of sql(db, 'SELECT interview_id, person_id FROM interview_people ORDER BY interview_id, position').all() as {
    interview_id: number;
    person_id: number;
  }[]) {
    let ids = interviewers.get(link.interview_id);
    if (!ids) interviewers.set(link.interview_id, (ids = []));
    ids.push(link.person_id);
  }
  return (sql(db, 'SELECT * FROM interviews ORDER BY id').all() as InterviewRow[]).map((i) => ({
    id: i.id,
    applicationId: i.application_id,
    round: i.round as InterviewRecord['round'],
    format: i.format as InterviewRecord['format'],
    startsAt: i.starts_at,
    endsAt: i.ends_at,
    timeZone: i.time_zone,
    location: i.location,
    nextStep: i.next_step,
    nextStepBy: i.next_step_by,
    notes: i.notes,
    topics: JSON.parse(i.topics) as string[],
    interviewerIds: interviewers.get(i.id) ?? [],
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    revision: i.revision,
    calendarUid: i.calendar_uid,
    calendarSequence: i.calendar_sequence,
    cancelledAt: i.cancelled_at,
  }));
}

function followUps(db: Db): FollowUpRecord[] {
  return (sql(db, 'SELECT * FROM followups ORDER BY id').all() as FollowUpRow[]).map((row) => {
    const f = toFollowUp(row);
    return {
      id: f.id,
      applicationId: f.applicationId,
      interviewId: f.interviewId,
      recipientId: f.recipientId,
      kind: f.kind,
      channel: f.channel,
      subject: f.subject,
      body: f.body,
      status: f.status,
      skipReason: f.skipReason,
      dueKey: f.dueKey,
      dueAt: f.dueAt,
      sentAt: f.sentAt,
      replyAt: f.replyAt,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
      revision: f.revision,
      ignoredFlags: ignoredFlagsOf(row.ignored_flags),
    };
  });
}

function statusChanges(db: Db): StatusChangeRecord[] {
  return (sql(db, 'SELECT * FROM status_changes ORDER BY id').all() as { id: number; application_id: number; status: string; changed_at: string }[]).map((r) => ({
    id: r.id,
    applicationId: r.application_id,
    status: r.status as StatusChangeRecord['status'],
    changedAt: r.changed_at,
  }));
}

function jobPostings(db: Db): JobPostingRecord[] {
  return (sql(db, 'SELECT * FROM job_postings ORDER BY application_id').all() as PostingRow[]).map((r) => ({
    applicationId: r.application_id,
    text: r.text,
    salaryMin: r.salary_min,
    salaryMax: r.salary_max,
    salaryCurrency: r.salary_currency,
    salaryPeriod: r.salary_period as JobPostingRecord['salaryPeriod'],
    location: r.location,
    workplace: r.workplace as JobPostingRecord['workplace'],
    closesOn: r.closes_on,
    keywords: JSON.parse(r.keywords) as string[],
    updatedAt: r.updated_at,
  }));
}

function companies(db: Db): CompanyRecord[] {
  return (sql(db, 'SELECT * FROM companies ORDER BY id').all() as CompanyRow[]).map(toCompany);
}

/** Reads everything in one read transaction, so the file is a consistent snapshot even while the app writes. */
export function exportJournal(db: Db, appVersion: string, now: number = Date.now()): JournalFile {
  return db.transaction((): JournalFile => {
    const settings = getSettings(db);
    return {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      exportedAt: new Date(now).toISOString(),
      app: { version: appVersion },
      settings: {
        userName: settings.userName,
        userEmail: settings.userEmail,
        signature: settings.signature,
        readingGrade: settings.readingGrade,
        // Left out while it follows the system, so the file does not pin the English of the machine it came from.
        ...(settings.dialect ? { dialect: settings.dialect } : {}),
      },
      // Binary order, not the case-blind order of the Settings screen: "Kafka" and "kafka" must not swap places.
      personalWords: (sql(db, 'SELECT word FROM personal_words ORDER BY word').all() as { word: string }[]).map((r) => r.word),
      people: people(db),
      applications: applications(db),
      interviews: interviews(db),
      followUps: followUps(db),
      statusChanges: statusChanges(db),
      jobPostings: jobPostings(db),
      companies: companies(db),
    };
  }).deferred();
}

/** Two-space indented, one field per line: readable, and friendly to `diff` between two exports. */
export function journalText(file: JournalFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportJournalText(db: Db, appVersion: string, now: number = Date.now()): string {
  return journalText(exportJournal(db, appVersion, now));
}

/** `afterword-journal-2026-11-20.json`, the day in UTC like every date the file holds. */
export function exportFileName(now: number = Date.now()): string {
  return `afterword-journal-${new Date(now).toISOString().slice(0, 10)}.json`;
}
