/**
 * Importing a journal file into an empty journal, in one transaction: every record is written with its own id and
 * timestamps, then the due list is replanned from them. Only an empty journal is filled, so an import can never
 * mix two journals or overwrite anything; a refused file leaves the journal exactly as it was.
 */
import type { JournalCounts, JournalImportResult } from '../../../src-shared/api/journal-types.ts';
import { AppError } from '../../../src-shared/api/result.ts';
import { rebuildDue } from '../due.ts';
import type { Db } from '../sql.ts';
import { journalCounts } from './export.ts';
import type { JournalFile } from './format.ts';
import { parseJournalFile } from './parse.ts';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Refuses with the reason when the journal holds any record or personal word; settings alone do not count. */
export function assertEmptyJournal(db: Db): void {
  const counts = journalCounts(db);
  // A company record without applications is still the user's record (short names, website): it counts too.
  const companies = (db.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n;
  const words = (db.prepare('SELECT count(*) AS n FROM personal_words').get() as { n: number }).n;
  const held = [
    counts.applications && plural(counts.applications, 'application', 'applications'),
    counts.interviews && plural(counts.interviews, 'interview', 'interviews'),
    counts.people && plural(counts.people, 'person', 'people'),
    counts.followUps && plural(counts.followUps, 'note', 'notes'),
    words && plural(words, 'personal word', 'personal words'),
  ].filter(Boolean);
  // Applications bring their companies' records with them; the records are worth naming only on their own.
  if (held.length === 0 && companies) held.push(plural(companies, 'company', 'companies'));
  if (held.length > 0) {
    throw new AppError(
      'conflict',
      `Importing only fills an empty journal, so that nothing is mixed or overwritten, and this one already holds ${held.join(', ')}. ` +
        'Open Afterword with a new, empty data folder and import there. Your journal has not been changed.',
    );
  }
}

function write(db: Db, file: JournalFile): void {
  db.prepare('DELETE FROM settings').run();
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(file.settings)) setting.run(key, JSON.stringify(value));

  const word = db.prepare('INSERT INTO personal_words (word) VALUES (?)');
  for (const w of file.personalWords) word.run(w);

  const person = db.prepare(
    `INSERT INTO people (id, name, title, company, email, phone, is_recruiter, notes, created_at, updated_at, revision)
     VALUES (@id, @name, @title, @company, @email, @phone, @isRecruiter, @notes, @createdAt, @updatedAt, @revision)`,
  );
  for (const p of file.people) person.run({ ...p, isRecruiter: p.isRecruiter ? 1 : 0, revision: p.revision ?? 0 });

  const application = db.prepare(
    `INSERT INTO applications (id, company, role, job_url, source, status, applied_on, status_changed_at, recruiter_id, referrer_id, notes, created_at,
       updated_at, revision)
     VALUES (@id, @company, @role, @jobUrl, @source, @status, @appliedOn, @statusChangedAt, @recruiterId, @referrerId, @notes, @createdAt,
       @updatedAt, @revision)`,
  );
  for (const a of file.applications) application.run({ ...a, referrerId: a.referrerId ?? null, revision: a.revision ?? 0 });

  const interview = db.prepare(
    `INSERT INTO interviews (id, application_id, round, format, starts_at, ends_at, time_zone, location, next_step, next_step_by, notes, topics,
       created_at, updated_at, revision, calendar_uid, calendar_sequence, cancelled_at)
     VALUES (@id, @applicationId, @round, @format, @startsAt, @endsAt, @timeZone, @location, @nextStep, @nextStepBy, @notes, @topics,
       @createdAt, @updatedAt, @revision, @calendarUid, @calendarSequence, @cancelledAt)`,
  );
  const link = db.prepare('INSERT INTO interview_people (interview_id, person_id, position) VALUES (?, ?, ?)');
  for (const { interviewerIds, ...i } of file.interviews) {
    interview.run({
      ...i,
      topics: JSON.stringify(i.topics),
      revision: i.revision ?? 0,
      calendarUid: i.calendarUid ?? null,
      calendarSequence: i.calendarSequence ?? 0,
      cancelledAt: i.cancelledAt ?? null,
    });
    interviewerIds.forEach((personId, position) => link.run(i.id, personId, position));
  }

  const followUp = db.prepare(
    `INSERT INTO followups (id, application_id, interview_id, recipient_id, kind, channel, subject, body, status, skip_reason, due_key, due_at,
       sent_at, reply_at, created_at, updated_at, ignored_flags, revision)
     VALUES (@id, @applicationId, @interviewId, @recipientId, @kind, @channel, @subject, @body, @status, @skipReason, @dueKey, @dueAt,
       @sentAt, @replyAt, @createdAt, @updatedAt, @ignoredFlags, @revision)`,
  );
  for (const f of file.followUps) followUp.run({ ...f, ignoredFlags: JSON.stringify(f.ignoredFlags ?? []), revision: f.revision ?? 0 });

  // A file from before the history was kept starts each history at the application's latest change, as the
  // journal's own migration did; likewise companies from the applications' names.
  const change = db.prepare('INSERT INTO status_changes (id, application_id, status, changed_at) VALUES (@id, @applicationId, @status, @changedAt)');
  if (file.statusChanges) for (const c of file.statusChanges) change.run(c);
  else db.prepare('INSERT INTO status_changes (application_id, status, changed_at) SELECT id, status, status_changed_at FROM applications').run();

  const posting = db.prepare(
    `INSERT INTO job_postings (application_id, text, salary_min, salary_max, salary_currency, salary_period, location, workplace, closes_on, keywords, updated_at)
     VALUES (@applicationId, @text, @salaryMin, @salaryMax, @salaryCurrency, @salaryPeriod, @location, @workplace, @closesOn, @keywords, @updatedAt)`,
  );
  for (const p of file.jobPostings ?? []) posting.run({ ...p, keywords: JSON.stringify(p.keywords) });

  const company = db.prepare('INSERT INTO companies (id, name, aliases, domain, notes, created_at, updated_at) VALUES (@id, @name, @aliases, @domain, @notes, @createdAt, @updatedAt)');
  if (file.companies) for (const c of file.companies) company.run({ ...c, aliases: JSON.stringify(c.aliases) });
  else {
    db.prepare(
      'INSERT INTO companies (name, created_at, updated_at) SELECT company, min(created_at), min(created_at) FROM applications GROUP BY company COLLATE NOCASE',
    ).run();
  }
}

export function importJournal(db: Db, text: string): JournalImportResult {
  // Checked before reading the file, so a journal in use gets the reason that matters first.
  assertEmptyJournal(db);
  const file = parseJournalFile(text);
  db.transaction(() => {
    assertEmptyJournal(db);
    write(db, file);
    rebuildDue(db);
  }).immediate();
  const counts: JournalCounts = journalCounts(db);
  return { counts };
}
