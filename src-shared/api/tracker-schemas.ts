/** Payload schemas of the tracker's methods: board, postings, companies, insights and CSV. */
import { z } from 'zod';
import { APPLICATION_SOURCES } from './journal-types.ts';
import { CSV_EXPORTS, CSV_FIELDS, SALARY_PERIODS, WORKPLACES } from './tracker-types.ts';
import { LIMITS, applicationSource, applicationStatus, calendarDate, choice, id, instant, optionalText, requiredText } from './journal-schemas.ts';

export const boardQuery = z
  .strictObject({
    /** Any part of the company's name, or one of its aliases. */
    company: optionalText('Company', LIMITS.name),
    source: z.array(applicationSource).max(APPLICATION_SOURCES.length).optional(),
    /** Applied on or after / on or before these days (an application without a date counts from when it was added). */
    from: calendarDate('From').optional(),
    to: calendarDate('To').optional(),
    /** Cards per column. */
    limit: z.number().int().min(1).max(1000).optional(),
    now: instant('Now').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'To must not be before From.' });
  })
  .optional();

export const boardMove = z.strictObject({ id: id('Application'), status: applicationStatus, at: instant('Changed at').optional() });
export const boardUndo = z.strictObject({ id: id('Application'), changeId: id('Change') });
export const byApplication = z.strictObject({ applicationId: id('Application') });

const money = (label: string) =>
  z.number({ error: `${label} must be a number.` }).int(`${label} must be a whole number.`).min(0, `${label} cannot be negative.`).max(1e12, `${label} is too large.`);

export const postingSave = z
  .strictObject({
    applicationId: id('Application'),
    text: optionalText('Posting', LIMITS.notes),
    url: optionalText('Job link', LIMITS.url).refine((value) => !value || /^https?:\/\/\S+$/i.test(value), {
      message: 'Job link must start with http:// or https://.',
    }),
    salaryMin: money('Lowest salary').nullable().optional(),
    salaryMax: money('Highest salary').nullable().optional(),
    salaryCurrency: optionalText('Currency', 20).refine((value) => !value || /^[A-Za-z]{3}$/.test(value), {
      message: 'Currency must be a three-letter code such as EUR or USD.',
    }),
    salaryPeriod: choice('Salary period', SALARY_PERIODS).optional(),
    location: optionalText('Location', LIMITS.shortText),
    workplace: choice('Workplace', WORKPLACES).optional(),
    closesOn: calendarDate('Closing date').nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.salaryMin != null && value.salaryMax != null && value.salaryMax < value.salaryMin) {
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'Highest salary must not be below the lowest.' });
    }
  });

const domain = optionalText('Website', 253)
  .transform((value) => value?.replace(/^https?:\/\//i, '').replace(/\/.*$/, '').toLowerCase())
  .refine((value) => !value || /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(value), {
    message: 'Website must be a domain such as example.com.',
  });

const aliases = z
  .array(requiredText('Short name', LIMITS.name), { error: 'Short names must be a list.' })
  .max(20, 'At most 20 short names per company.');

const companyFields = { name: requiredText('Name', LIMITS.name), aliases: aliases.optional(), domain: domain.optional(), notes: optionalText('Notes', LIMITS.notes) };
export const companyCreate = z.strictObject(companyFields);
export const companyUpdate = z.strictObject({ id: id('Id'), ...companyFields, name: companyFields.name.optional() });
export const companyList = z.strictObject({ text: optionalText('Search text', LIMITS.name) }).optional();

export const insightsQuery = z.strictObject({ now: instant('Now').optional() }).optional();

/** A CSV file's text; 20 MB is far beyond any spreadsheet of job applications. */
const csvText = z.string({ error: 'The file must be text.' }).max(20_000_000, 'The file is larger than 20 MB.');
export const csvMapping = z.record(z.string().max(LIMITS.name), choice('Column', CSV_FIELDS));
export const csvImport = z.strictObject({
  text: csvText,
  /** Column name → field; left out, it is guessed from the header. */
  mapping: csvMapping.optional(),
  /** `preview` reads and answers; `dry-run` checks every row as the import would; `import` writes. */
  mode: z.enum(['preview', 'dry-run', 'import']),
});
export const csvExport = z.strictObject({ kind: choice('Export', CSV_EXPORTS), save: z.boolean().optional() });
