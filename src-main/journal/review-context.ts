/** Everything the review engine needs to judge one note, gathered from the journal in one read. */
import type { ReviewContext } from '../../src-shared/api/journal-types.ts';
import { aliasesOf } from './companies.ts';
import { getFollowUp } from './followups.ts';
import { journalDialect } from '../../src-shared/review/dialects.ts';
import { getSettings } from './settings.ts';
import { sql, type Db } from './sql.ts';

interface NamedRow {
  id: number;
  name: string;
  title: string;
}

export function reviewContext(db: Db, followUpId: number): ReviewContext {
  const note = getFollowUp(db, followUpId);
  const app = sql(db, 'SELECT company, role FROM applications WHERE id = ?').get(note.applicationId) as { company: string; role: string };
  const interviewRow =
    note.interviewId === null ? undefined : (sql(db, 'SELECT topics FROM interviews WHERE id = ?').get(note.interviewId) as { topics: string } | undefined);
  const interviewers =
    note.interviewId === null
      ? []
      : (sql(
          db,
          `SELECT p.id, p.name, p.title FROM interview_people ip JOIN people p ON p.id = ip.person_id
           WHERE ip.interview_id = ? ORDER BY ip.position`,
        ).all(note.interviewId) as NamedRow[]);
  const recipient =
    note.recipientId === null ? undefined : (sql(db, 'SELECT id, name, title FROM people WHERE id = ?').get(note.recipientId) as NamedRow | undefined);
  const settings = getSettings(db);
  const postingRow = sql(db, 'SELECT keywords FROM job_postings WHERE application_id = ?').get(note.applicationId) as { keywords: string } | undefined;

  const sameCompany = app.company.toLocaleLowerCase();
  const companyAliases = aliasesOf(db, app.company);
  const otherCompanies = (
    sql(db, 'SELECT DISTINCT company FROM applications WHERE id <> ? ORDER BY company COLLATE NOCASE').all(note.applicationId) as { company: string }[]
  )
    .map((r) => r.company)
    // A short name of this very company (another application spelled it so) is not another company.
    .filter((c) => c.toLocaleLowerCase() !== sameCompany && !companyAliases.some((alias) => alias.toLocaleLowerCase() === c.toLocaleLowerCase()));

  const involved = new Set([...interviewers.map((p) => p.id), ...(recipient ? [recipient.id] : [])]);
  const ownNames = new Set([...interviewers, ...(recipient ? [recipient] : [])].map((p) => p.name.toLocaleLowerCase()));
  const otherNames = [
    ...new Set(
      (sql(db, 'SELECT id, name FROM people ORDER BY name COLLATE NOCASE').all() as NamedRow[])
        .filter((p) => !involved.has(p.id) && !ownNames.has(p.name.toLocaleLowerCase()))
        .map((p) => p.name),
    ),
  ];

  const siblingDrafts =
    note.interviewId === null
      ? []
      : (
          sql(
            db,
            `SELECT coalesce(p.name, '') AS recipient, f.body AS text FROM followups f LEFT JOIN people p ON p.id = f.recipient_id
             WHERE f.interview_id = ? AND f.kind = ? AND f.id <> ? AND f.recipient_id IS NOT ? AND f.body <> ''
             ORDER BY f.id`,
          ).all(note.interviewId, note.kind, note.id, note.recipientId) as { recipient: string; text: string }[]
        ).map((r) => ({ recipient: r.recipient, text: r.text }));

  return {
    followUpId: note.id,
    kind: note.kind,
    channel: note.channel,
    subject: note.subject,
    body: note.body,
    company: app.company,
    companyAliases,
    role: app.role,
    recipient: recipient ? { name: recipient.name, title: recipient.title } : null,
    interviewers: interviewers.map((p) => ({ name: p.name, title: p.title })),
    topics: interviewRow ? (JSON.parse(interviewRow.topics) as string[]) : [],
    references: postingRow ? (JSON.parse(postingRow.keywords) as string[]) : [],
    otherCompanies,
    otherNames,
    siblingDrafts,
    personalWords: settings.personalWords,
    readingGrade: settings.readingGrade,
    dialect: journalDialect(settings),
    userName: settings.userName,
  };
}
