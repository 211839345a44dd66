/**
 * Turning a spreadsheet's words into the journal's: which column is which, statuses and sources as trackers and
 * people write them, and dates in the forms spreadsheets export.
 */
import type { ApplicationSource, ApplicationStatus } from '../../src-shared/api/journal-types.ts';
import type { CsvField } from '../../src-shared/api/tracker-types.ts';

const HEADER_GUESSES: [CsvField, RegExp][] = [
  ['company', /^(company|employer|organi[sz]ation|company name|business)$/i],
  ['role', /^(role|job title|title|position|job|job position)$/i],
  ['status', /^(status|stage|state|application status)$/i],
  ['source', /^(source|found (via|through|on)|channel|where found|referral source)$/i],
  ['appliedOn', /^(date applied|applied( on| date)?|application date|date)$/i],
  ['jobUrl', /^(url|link|job (url|link|posting)|posting( url)?)$/i],
  ['notes', /^(notes?|comments?|description)$/i],
  ['location', /^(location|city|place|where)$/i],
  ['salary', /^(salary|pay|compensation|salary range)$/i],
];

/** One field per column, from the header's words; anything unknown is ignored until the user says otherwise. */
export function guessMapping(columns: readonly string[]): Record<string, CsvField> {
  const taken = new Set<CsvField>();
  const mapping: Record<string, CsvField> = {};
  for (const column of columns) {
    const guess = HEADER_GUESSES.find(([field, pattern]) => !taken.has(field) && pattern.test(column.trim()))?.[0];
    mapping[column] = guess ?? 'ignore';
    if (guess) taken.add(guess);
  }
  return mapping;
}

const STATUS_WORDS: [ApplicationStatus, RegExp][] = [
  ['offer', /^(offer(ed)?|accepted|hired|offer (received|accepted))$/i],
  ['rejected', /^(rejected|rejection|declined|not selected|no|turned down|closed|ghosted|no response)$/i],
  ['withdrawn', /^(withdrawn|withdrew|withdraw|cancel(l)?ed|not interested|declined offer)$/i],
  ['active', /^(active|applied|applying|open|in progress|interview(ing|s)?|screen(ing)?|phone screen|on ?site|waiting|pending|saved|wishlist|bookmarked|to apply|submitted|assessment|final round)$/i],
];

/** A status as written; empty means still active. `null` when the word is not one we know. */
export function recogniseStatus(value: string): ApplicationStatus | null {
  const word = value.trim().replace(/\s+/g, ' ');
  if (!word) return 'active';
  return STATUS_WORDS.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
}

const SOURCE_WORDS: [ApplicationSource, RegExp][] = [
  ['referral', /refer/i],
  ['recruiter', /recruit|agency|headhunt/i],
  ['job-board', /board|linkedin|indeed|glassdoor|monster|stepstone|welcome to the jungle|otta|wellfound|angel|dice|ziprecruiter|hired/i],
  ['company-site', /company|career|website|site|direct/i],
  ['network', /network|friend|meetup|conference|event|contact/i],
];

/** Any source word we do not know is `other`: the source is a detail, not a reason to refuse a row. */
export function recogniseSource(value: string): ApplicationSource {
  const word = value.trim();
  if (!word) return 'other';
  return SOURCE_WORDS.find(([, pattern]) => pattern.test(word))?.[0] ?? 'other';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Which way a column's numeric dates run (3/4/2026 is 3 April or 4 March): decided by the column as a whole, from
 * any value whose first or second number is over 12. A column with no such value is read month first, as the US
 * trackers most CSVs come from write it.
 */
export function dateOrder(values: readonly string[]): 'day-first' | 'month-first' {
  for (const value of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'day-first';
    if (Number(m[2]) > 12) return 'month-first';
  }
  return 'month-first';
}

/** A day as `YYYY-MM-DD`, `null` for an empty cell, `undefined` when it cannot be read. */
export function recogniseDate(value: string, order: 'day-first' | 'month-first'): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?$/i.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return (order === 'day-first' ? isoDay(Number(m[3]), b, a) : isoDay(Number(m[3]), a, b)) ?? undefined;
  }
  // "20 Nov 2026", "20 November 2026", "Nov 20, 2026", "November 20 2026"
  m = /^(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    return month ? (isoDay(Number(m[3]), month, Number(m[1])) ?? undefined) : undefined;
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    return month ? (isoDay(Number(m[3]), month, Number(m[2])) ?? undefined) : undefined;
  }
  return undefined;
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', CHF: 'CHF' };

export interface Salary {
  min: number | null;
  max: number | null;
  currency: string;
}

/** "$120,000 – $140,000", "80k-95k EUR", "€75k", "65.000 €": `undefined` when it is not a salary. */
export function recogniseSalary(value: string): Salary | null | undefined {
  const text = value.trim();
  if (!text) return null;
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1] ?? Object.entries(CURRENCY_SIGNS).find(([sign]) => text.includes(sign))?.[1] ?? '';
  const amounts = [...text.matchAll(/(\d[\d,.' ]*\d|\d)\s*([kK])?/g)].map((match) => {
    // Thousands separators of either kind: "120,000", "120.000", "120 000"; a decimal part only before a "k".
    const digits = match[1]!.replace(/[,.' ](?=\d{3}\b)/g, '');
    const number = Number(digits.replace(',', '.'));
    return match[2] ? Math.round(number * 1000) : number;
  });
  if (amounts.length === 0 || amounts.length > 2 || amounts.some((n) => !Number.isFinite(n))) return undefined;
  const [low, high = low] = amounts as [number, number?];
  if (high! < low) return undefined;
  return { min: low, max: high!, currency: code };
}
