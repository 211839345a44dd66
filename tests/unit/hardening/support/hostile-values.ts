/**
 * Values that a field of a given kind must refuse, and odd-but-well-typed values it must survive. Built with
 * fast-check so every run tries new ones; the hand-picked lists hold the cases people actually get wrong.
 */
import fc from 'fast-check';
import { DATE_FIELDS, ENUM_FIELDS, ENUM_WORDS, INSTANT_FIELDS, NULLABLE_FIELDS } from './samples.ts';

/** Dates and times that look almost right. Each is wrong in exactly one way. */
export const INVALID_INSTANTS = [
  '2026-02-30T10:00:00Z',
  '2025-02-29T10:00:00Z',
  '2026-13-01T10:00:00Z',
  '2026-00-10T10:00:00Z',
  '2026-11-31T10:00:00Z',
  '2026-11-20T24:00:00Z',
  '2026-11-20T23:60:00Z',
  '2026-11-20T23:59:60Z',
  '2026-11-20T12:00:00',
  '2026-11-20 12:00:00Z',
  '2026-11-20',
  '2026-11-20T12:00:00+24:00',
  '2026-11-20T12:00+99:99',
  '2026-11-20T12:00:00.000+00:60',
  '2026-11-20T12:00:00.000-25:00',
  '2026-11-20T12:00:00.1234Z',
  '+275760-09-13T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '2026-W47-5T12:00:00Z',
  '20261120T120000Z',
  'tomorrow',
  'NaN',
  'Invalid Date',
  '',
  '   ',
] as const;

export const INVALID_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-11-00',
  '2026-11-31',
  '2026-1-1',
  '20261120',
  '2026/11/20',
  '2026-11-20T00:00:00Z',
  '0000-01-01',
  '9999-99-99',
  'yesterday',
  '',
  ' ',
] as const;

/** Control characters, invisible and direction marks, lone surrogates, and characters that mean something to SQL or FTS5. */
const awkwardCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\ufffd', '\ufffe'),
  fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '😀', 'e\u0301', 'ﬁ', 'İ', 'ß'),
  fc.constantFrom('"', "'", '`', '*', '%', '_', '\\', ';', '(', ')', ':', '^', '-', '+', '{', '}', ' NEAR(', ' OR ', ' AND ', ' NOT '),
  fc.string({ minLength: 1, maxLength: 1 }),
);

/** Text a person could paste: short, full of the characters above. */
export const awkwardText = fc.string({ unit: awkwardCharacter, maxLength: 40 });

/**
 * How to build a string of 1 to 2 million characters (code points, which is how the limits count) that no
 * trimming can empty: larger than every text limit but one. Properties build the string themselves, so a failure report shows the recipe, not two megabytes.
 */
export const hugeTextRecipe = fc.record({
  length: fc.integer({ min: 1_000_001, max: 2_000_000 }),
  unit: fc.constantFrom('a', '\u0000', '\ud800', '😀', 'é', '\u202e', '"'),
});

export function buildHugeText({ length, unit }: { length: number; unit: string }): string {
  return `x${unit.repeat(length)}`;
}

const notText = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant(new Date(0)),
);

const notNumber = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('1', '0x1', '1e3', ' 1 '),
  fc.boolean(),
  fc.bigInt({ min: 1n, max: 10n }),
  fc.double().filter((n) => !Number.isInteger(n)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, Number.MAX_VALUE),
  fc.integer({ max: -1 }),
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }),
  fc.constant({ id: 1 }),
);

const notBoolean = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('true', 'false', 0, 1), fc.integer(), fc.constant([true]));

function withNull<T>(field: string, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return NULLABLE_FIELDS.has(field) ? arbitrary : fc.oneof(arbitrary, fc.constant(null));
}

/** A value of the wrong type, or of the right type but not valid, for a field whose valid value is `sample`. */
export function invalidValueFor(field: string, sample: unknown): fc.Arbitrary<unknown> {
  if (typeof sample === 'number') return withNull(field, notNumber);
  if (typeof sample === 'boolean') return withNull(field, notBoolean);
  if (Array.isArray(sample)) {
    const element: unknown = sample[0];
    const wrongElement = typeof element === 'string' ? notText : typeof element === 'number' ? notNumber : fc.oneof(fc.string(), fc.integer(), fc.constant({}));
    return withNull(
      field,
      fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant({ 0: element }),
        fc.array(wrongElement, { minLength: 1, maxLength: 3 }),
        // Longer than any list the API takes.
        fc.integer({ min: 51, max: 80 }).map((length) => Array.from({ length }, () => element)),
      ),
    );
  }
  if (typeof sample === 'string') {
    if (INSTANT_FIELDS.has(field)) return withNull(field, fc.oneof(notText, fc.constantFrom(...INVALID_INSTANTS)));
    if (DATE_FIELDS.has(field)) return withNull(field, fc.oneof(notText, fc.constantFrom(...INVALID_DATES)));
    if (ENUM_FIELDS.has(field)) return withNull(field, fc.oneof(notText, fc.string({ maxLength: 12 }).filter((word) => !ENUM_WORDS.includes(word))));
    return withNull(field, notText);
  }
  if (sample !== null && typeof sample === 'object') return withNull(field, fc.oneof(notText.filter((v) => typeof v !== 'object'), fc.constant([])));
  throw new Error(`No invalid values known for ${field} = ${String(sample)}`);
}

/**
 * A well-typed value for a field whose valid value is `sample`: the sample itself, or something odd of the same
 * kind (any record id, any instant, text full of control characters and lone surrogates).
 */
export function oddValueFor(field: string, sample: unknown): fc.Arbitrary<unknown> {
  if (typeof sample === 'number') {
    return /id$|Id$/.test(field) || field === 'id'
      ? fc.oneof(fc.constant(sample), fc.integer({ min: 1, max: 8 }), fc.constant(Number.MAX_SAFE_INTEGER))
      : fc.oneof(fc.constant(sample), fc.integer({ min: 0, max: 600 }));
  }
  if (typeof sample === 'boolean') return fc.boolean();
  if (Array.isArray(sample)) return fc.oneof(fc.constant(sample), fc.array(oddValueFor(field, sample[0]), { maxLength: 3 }));
  if (sample !== null && typeof sample === 'object') {
    const record = sample as Record<string, unknown>;
    return fc.record(Object.fromEntries(Object.entries(record).map(([key, value]) => [key, oddValueFor(key, value)])));
  }
  const instants = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  if (INSTANT_FIELDS.has(field)) return fc.oneof(fc.constant(sample), instants);
  if (DATE_FIELDS.has(field)) return fc.oneof(fc.constant(sample), instants.map((iso) => iso.slice(0, 10)));
  if (ENUM_FIELDS.has(field)) return fc.constantFrom(sample, ...ENUM_WORDS);
  if (field === 'timeZone') return fc.constantFrom(sample, 'UTC', 'Etc/GMT+12', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'America/Argentina/ComodRivadavia');
  if (field === 'key') {
    return fc.oneof(
      fc.constantFrom(sample, 'thank-you:i1:p999', 'recruiter-update:i1', 'status-check:i1:n2', 'feedback-request:a1', 'thank-you:i999999999999999:p1'),
      awkwardText,
    );
  }
  if (field === 'name' && typeof sample === 'string' && sample.startsWith('journal-')) {
    return fc.integer({ min: 2, max: 999 }).map((n) => `journal-20261120-120000-${n}.sqlite3`);
  }
  return fc.oneof(fc.constant(sample), awkwardText, awkwardText.map((text) => `${String(sample)} ${text}`));
}
