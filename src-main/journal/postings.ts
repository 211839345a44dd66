/** The job posting of an application: its text, pay, place and closing date, and the key phrases of its text. */
import type { z } from 'zod';
import type { JobPosting, SalaryPeriod, Workplace } from '../../src-shared/api/tracker-types.ts';
import type { postingSave } from '../../src-shared/api/tracker-schemas.ts';
import { getApplication } from './applications.ts';
import { postingKeywords } from './posting-keywords.ts';
import { inTransaction, isoNow, sql, type Db } from './sql.ts';

export type PostingInput = z.output<typeof postingSave>;

export interface PostingRow {
  application_id: number;
  text: string;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string;
  salary_period: string;
  location: string;
  workplace: string;
  closes_on: string | null;
  keywords: string;
  updated_at: string;
}

export function getPosting(db: Db, applicationId: number): JobPosting {
  const application = getApplication(db, applicationId);
  const row = sql(db, 'SELECT * FROM job_postings WHERE application_id = ?').get(applicationId) as PostingRow | undefined;
  return {
    applicationId,
    text: row?.text ?? '',
    url: application.jobUrl,
    salaryMin: row?.salary_min ?? null,
    salaryMax: row?.salary_max ?? null,
    salaryCurrency: row?.salary_currency ?? '',
    salaryPeriod: (row?.salary_period ?? 'year') as SalaryPeriod,
    location: row?.location ?? '',
    workplace: (row?.workplace ?? 'unknown') as Workplace,
    closesOn: row?.closes_on ?? null,
    keywords: row ? (JSON.parse(row.keywords) as string[]) : [],
    updatedAt: row?.updated_at ?? null,
  };
}

/** Fields left out stay as they are. The key phrases are worked out again whenever the text changes. */
export function savePosting(db: Db, input: PostingInput, now: number = Date.now()): JobPosting {
  const current = getPosting(db, input.applicationId);
  const text = input.text ?? current.text;
  // Outside the transaction: extracting phrases takes milliseconds and needs nothing from the journal.
  const keywords = text === current.text && current.updatedAt !== null ? current.keywords : postingKeywords(text);
  return inTransaction(db, () => {
    const at = isoNow(now);
    sql(
      db,
      `INSERT INTO job_postings (application_id, text, salary_min, salary_max, salary_currency, salary_period, location, workplace, closes_on, keywords, updated_at)
       VALUES (@applicationId, @text, @salaryMin, @salaryMax, @salaryCurrency, @salaryPeriod, @location, @workplace, @closesOn, @keywords, @at)
       ON CONFLICT (application_id) DO UPDATE SET text = excluded.text, salary_min = excluded.salary_min, salary_max = excluded.salary_max,
         salary_currency = excluded.salary_currency, salary_period = excluded.salary_period, location = excluded.location,
         workplace = excluded.workplace, closes_on = excluded.closes_on, keywords = excluded.keywords, updated_at = excluded.updated_at`,
    ).run({
      applicationId: input.applicationId,
      text,
      salaryMin: input.salaryMin === undefined ? current.salaryMin : input.salaryMin,
      salaryMax: input.salaryMax === undefined ? current.salaryMax : input.salaryMax,
      salaryCurrency: (input.salaryCurrency ?? current.salaryCurrency).toUpperCase(),
      salaryPeriod: input.salaryPeriod ?? current.salaryPeriod,
      location: input.location ?? current.location,
      workplace: input.workplace ?? current.workplace,
      closesOn: input.closesOn === undefined ? current.closesOn : input.closesOn,
      keywords: JSON.stringify(keywords),
      at,
    });
    if (input.url !== undefined && input.url !== current.url) {
      sql(db, 'UPDATE applications SET job_url = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(input.url, at, input.applicationId);
    }
    return getPosting(db, input.applicationId);
  });
}
