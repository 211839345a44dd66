/**
 * Every API method, called through `dispatch` (the path the preload's IPC handlers and the browser-mode bridge both
 * use) with payloads a hostile or broken caller could send. A refused call answers a typed error with a readable
 * message and leaves the journal file byte-for-byte as it was; an odd but well-formed call never fails as `internal`.
 *
 * Values that only structured clone can carry (NaN, Infinity, BigInt, Date) are sent too: IPC delivers them even
 * though JSON cannot.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../src-shared/api/contract.ts';
import type { Result } from '../../../src-shared/api/result.ts';
import { awkwardText, buildHugeText, hugeTextRecipe, INVALID_DATES, INVALID_INSTANTS, invalidValueFor, oddValueFor } from './support/hostile-values.ts';
import { journalFingerprint, KNOWN_ERROR_CODES, tempJournal, type TempJournal } from './support/journal.ts';
import {
  acceptedKeysOf,
  DATE_FIELDS,
  fullSamples,
  INSTANT_FIELDS,
  hasSamples,
  minimalSamples,
  seedJournal,
  UNBOUNDED_TEXT_FIELDS,
  validSamples,
} from './support/samples.ts';

let journal: TempJournal;
let tried = 0;

async function call(name: string, payload: unknown): Promise<Result<unknown>> {
  tried += 1;
  return journal.services.dispatch(name, payload);
}

/** A refusal the renderer can show: a known code, a human sentence, and (for invalid input) the offending field. */
function expectRefused(result: Result<unknown>, codes: readonly string[] = ['invalid-input'], what = ''): void {
  expect(result.ok, `${what} ${JSON.stringify(result).slice(0, 300)}`).toBe(false);
  if (result.ok) return;
  expect(KNOWN_ERROR_CODES).toContain(result.error.code);
  expect(codes, `${what} ${result.error.message.slice(0, 300)}`).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.trim().length).toBeGreaterThan(0);
  // Never echoes a megabyte of input back.
  expect(result.error.message.length).toBeLessThan(2_000);
}

/** `sample` with `field` set to `value`, as an own property even for names like `__proto__` (as JSON.parse does). */
function withField(sample: Record<string, unknown> | undefined, field: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...sample };
  Object.defineProperty(copy, field, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function without(sample: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...sample };
  delete copy[field];
  return copy;
}

/** The full sample, or `{}` for a method that has none yet (its generic payloads still run). */
const base = (name: MethodName): Record<string, unknown> => fullSamples[name] ?? {};

beforeAll(async () => {
  journal = tempJournal();
  await seedJournal(journal.services.dispatch);
});

afterAll(() => {
  console.log(`hostile API calls: ${tried}`);
  journal.dispose();
});

describe('the samples the hostile payloads are made from', () => {
  it.each(methodNames)('%s has samples naming every accepted field, and every sample is valid', (name) => {
    expect(hasSamples(name), `Add a minimal and a full sample for ${name} to tests/unit/hardening/support/samples.ts`).toBe(true);
    const named = new Set(validSamples(name).flatMap((sample) => Object.keys(sample)));
    expect([...named].sort()).toEqual([...acceptedKeysOf(name)].sort());
    for (const sample of [minimalSamples[name], ...validSamples(name)]) expect(contract[name].input.safeParse(sample).success).toBe(true);
  });
});

describe('refused payloads leave the journal untouched', () => {
  let before: string;
  beforeEach(() => {
    before = journalFingerprint(journal.services);
  });
  afterEach(() => {
    expect(journalFingerprint(journal.services)).toBe(before);
    expect(journal.log).toEqual([]);
  });

  it('refuses a payload of the wrong type for every method', async () => {
    const wrongPayload = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string({ maxLength: 20 }),
      fc.boolean(),
      fc.constant(null),
      fc.bigInt(),
      fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
    );
    for (const name of methodNames) {
      await fc.assert(
        fc.asyncProperty(wrongPayload, async (payload) => expectRefused(await call(name, payload))),
        { numRuns: 15 },
      );
    }
  });

  it('refuses an unknown field, including names that mean something to JavaScript', async () => {
    for (const name of methodNames) {
      const accepted = acceptedKeysOf(name);
      const unknownField = fc
        .oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then', 'ID', 'id '), fc.string({ maxLength: 12 }))
        .filter((field) => !accepted.has(field));
      await fc.assert(
        fc.asyncProperty(unknownField, fc.anything({ maxDepth: 2 }), async (field, value) => {
          expectRefused(await call(name, withField(base(name), field, value)));
        }),
        { numRuns: 8 },
      );
    }
  });

  it('refuses a payload with any required field left out', async () => {
    for (const name of methodNames.filter(hasSamples)) {
      const minimal = minimalSamples[name];
      for (const field of Object.keys(minimal ?? {})) {
        expectRefused(await call(name, without(minimal ?? {}, field)));
        expectRefused(await call(name, without(base(name), field)));
      }
    }
  });

  it('refuses a field of the wrong type or out of range, in every field of every method', async () => {
    for (const name of methodNames) {
      for (const valid of validSamples(name)) {
        for (const [field, sample] of Object.entries(valid)) {
          await fc.assert(
            fc.asyncProperty(invalidValueFor(field, sample), async (value) => {
              expectRefused(await call(name, withField(valid, field, value)), ['invalid-input'], `${name} ${field}`);
            }),
            { numRuns: 6 },
          );
        }
      }
    }
  });

  it('refuses NaN, Infinity and unsafe integers in every number field (structured clone carries them)', async () => {
    for (const name of methodNames) {
      for (const [field, sample] of Object.entries(base(name))) {
        if (typeof sample !== 'number') continue;
        for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, -1, 1.5]) {
          expectRefused(await call(name, withField(base(name), field, value)));
        }
      }
    }
  });

  it('refuses every invalid date and time in every date field', async () => {
    for (const name of methodNames) {
      for (const field of Object.keys(base(name))) {
        const invalid = INSTANT_FIELDS.has(field) ? INVALID_INSTANTS : DATE_FIELDS.has(field) ? INVALID_DATES : [];
        for (const value of invalid) expectRefused(await call(name, withField(base(name), field, value)));
      }
    }
    for (const name of ['interviews.create', 'interviews.update'] as const) {
      expectRefused(await call(name, { ...base(name), endsAt: base(name).startsAt }));
    }
  });

  it('refuses text of one to two million characters in every text field, whatever the characters', async () => {
    for (const name of methodNames) {
      for (const [field, sample] of Object.entries(base(name))) {
        if (typeof sample !== 'string' || UNBOUNDED_TEXT_FIELDS.has(`${name}:${field}`)) continue;
        await fc.assert(
          fc.asyncProperty(hugeTextRecipe, async (recipe) => {
            expectRefused(await call(name, withField(base(name), field, buildHugeText(recipe))), ['invalid-input'], `${name} ${field}`);
          }),
          { numRuns: 2 },
        );
      }
    }
  });

  it('refuses a name that is not a method, however it is spelt', async () => {
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app', 'app.', '.info', 'APP.INFO', 'app.info ', 'journal.sql', ''),
      fc.string({ maxLength: 30 }),
      fc.constant('app.info'.repeat(200_000)),
    );
    await fc.assert(
      fc.asyncProperty(
        names.filter((name) => !(methodNames as string[]).includes(name)),
        async (name) => expectRefused(await call(name, base('app.info'))),
      ),
      { numRuns: 60 },
    );
  });

  it('answers not-found for records that do not exist, and changes nothing', async () => {
    for (const name of methodNames) {
      if ('id' in base(name)) expectRefused(await call(name, { ...base(name), id: 987_654_321 }), ['not-found'], name);
      // A reference from the record being written is a problem with that field of the form.
      for (const field of ['applicationId', 'recruiterId', 'interviewId', 'recipientId']) {
        if (!(field in base(name)) || !/\.(create|update)$/.test(name)) continue;
        expectRefused(await call(name, { ...base(name), [field]: 987_654_321 }), ['not-found', 'invalid-input'], `${name} ${field}`);
      }
    }
    expectRefused(await call('backups.restore', { name: 'journal-19991231-235959.sqlite3' }), ['not-found']);
  });
});

describe('a payload that throws while it is read', () => {
  it('answers an internal error instead of rejecting, for every method', async () => {
    for (const name of methodNames) {
      const booby = Object.defineProperty({}, 'id', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const result = await call(name, booby);
      // Methods without an `id` refuse it as an unknown field without reading it; the others read it and fail.
      expectRefused(result, ['invalid-input', 'internal'], name);
    }
    journal.log.length = 0;
  });
});

describe('text full of control characters and broken surrogates', () => {
  /**
   * What the journal should keep of a text field: lone surrogates as U+FFFD, line ends as \n, no control
   * characters but tab and newline (a NUL would cut an exported note short), then NFC, then trimmed.
   */
  // eslint-disable-next-line no-control-regex
  const clean = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
  const kept = (text: string) => clean(text).normalize('NFC');

  it('reads back as it was saved but for control characters, with U+FFFD for half a character', async () => {
    const created = await call('people.create', { name: 'Round Trip' });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    await fc.assert(
      fc.asyncProperty(awkwardText, awkwardText, async (subject, body) => {
        const saved = await call('followups.saveDraft', { id: 1, subject: `Re ${subject} x`, body });
        expect(saved.ok, JSON.stringify(saved)).toBe(true);
        const note = await call('followups.get', { id: 1 });
        expect(note).toMatchObject({ ok: true, value: { followUp: { subject: kept(`Re ${subject} x`), body: clean(body) } } });

        const person = await call('people.update', { id, name: `N ${subject} x`, notes: body });
        const expectedNotes = kept(body).trim();
        expect(person).toMatchObject({ ok: true, value: { name: kept(`N ${subject} x`), notes: expectedNotes } });
        expect(await call('people.get', { id })).toMatchObject({ ok: true, value: { person: { name: kept(`N ${subject} x`), notes: expectedNotes } } });
      }),
      { numRuns: 40 },
    );
  });
});

/** Typed refusals that are the right answer for a well-formed call of these methods, besides the usual three. */
const alsoAcceptable: Readonly<Record<string, readonly string[]>> = {
  // Desktop only, and only for drafts saved in this session.
  'export.openInMailApp': ['unsupported', 'forbidden'],
};

describe('odd but well-formed payloads', () => {
  it('never fail as internal: only invalid-input, not-found or conflict', async () => {
    for (const name of methodNames) {
      const acceptable = ['invalid-input', 'not-found', 'conflict', ...(alsoAcceptable[name] ?? [])];
      const sample = base(name);
      const payload = fc.record(Object.fromEntries(Object.entries(sample).map(([field, value]) => [field, oddValueFor(field, value)])));
      await fc.assert(
        fc.asyncProperty(payload, async (value) => {
          const result = await call(name, value);
          if (!result.ok) expectRefused(result, acceptable, name);
        }),
        { numRuns: 12 },
      );
    }
    expect(journal.log).toEqual([]);
    expect(journal.services.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
