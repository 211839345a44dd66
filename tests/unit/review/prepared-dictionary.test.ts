// A dictionary prepared at build time must check and suggest exactly as nspell does over the original files, for
// every word form the dictionary knows and for words it does not; and the engine must review the same with either.
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReviewEngine, type DictionaryFiles } from '../../../src-shared/review/index.ts';
import { isPreparedDictionary, openPreparedSpeller, prepareDictionary } from '../../../src-shared/review/spelling/prepared.ts';
import { loadEnglishDictionary } from '../../../src-main/review/node-engine.ts';

let files: { aff: string; dic: string };
let prepared: Uint8Array;

beforeAll(async () => {
  const loaded = await loadEnglishDictionary();
  files = { aff: loaded.aff, dic: String(loaded.dic) };
  prepared = prepareDictionary(files.aff, files.dic);
}, 60_000);

/** The forms a writer produces from a known word: as written, capitalised, shouted, one letter more or fewer. */
const variants = (word: string) => [word, word.toUpperCase(), `${word.charAt(0).toUpperCase()}${word.slice(1)}`, `${word}x`, word.slice(1)];

describe('a prepared dictionary', () => {
  it('accepts and refuses exactly what the original dictionary does, for every word form it holds', () => {
    const original = nspell(files.aff, files.dic);
    const fast = openPreparedSpeller(files.aff, prepared);
    const forms = Object.keys((original as unknown as { data: Record<string, unknown> }).data);
    expect(forms.length).toBeGreaterThan(100_000);
    const disagreements: string[] = [];
    for (const form of forms) for (const word of variants(form)) if (fast.correct(word) !== original.correct(word)) disagreements.push(word);
    expect(disagreements).toEqual([]);
    // The quick test that rules words out before nspell looks them up must never rule out a word nspell accepts.
    const ruledOut = forms.flatMap(variants).filter((word) => original.correct(word) && !fast.couldAccept(word));
    expect(ruledOut).toEqual([]);
  }, 120_000);

  it('knows affixed forms, ordinal numbers and refuses misspellings and forbidden forms as the original does', () => {
    const original = nspell(files.aff, files.dic);
    const fast = openPreparedSpeller(files.aff, prepared);
    const words = ['interviewed', 'rescheduling', "company's", '21st', '13th', '11st', 'recieved', 'definately', 'teh', 'Kubernetes', 'NASA', 'nasa', ''];
    expect(words.map((word) => fast.correct(word))).toEqual(words.map((word) => original.correct(word)));
    expect(fast.correct('interviewed')).toBe(true);
    expect(fast.correct('21st')).toBe(true);
    expect(fast.correct('recieved')).toBe(false);
    expect(words.filter((word) => original.correct(word) && !fast.couldAccept(word))).toEqual([]);
    // …and it rules out what no dictionary form matches, which is what saves the look-up.
    expect(['recieved', 'definately', 'teh', 'nasa', 'xqzv'].map((word) => fast.couldAccept(word))).toEqual([false, false, false, false, false]);
  });

  it('suggests the same corrections', () => {
    const original = nspell(files.aff, files.dic);
    const fast = openPreparedSpeller(files.aff, prepared);
    for (const word of ['recieved', 'definately', 'acommodate', 'thougthful', 'experiance']) expect(fast.suggest(word)).toEqual(original.suggest(word));
    expect(fast.suggest('recieved')).toContain('received');
  });

  it('takes personal words and removals on top of the prepared ones, without changing the words that share their flags', () => {
    const fast = openPreparedSpeller(files.aff, prepared);
    expect(fast.correct('Zorblat')).toBe(false);
    expect(fast.couldAccept('Zorblat')).toBe(false);
    fast.personal('Zorblat\ninterview');
    expect(fast.correct('Zorblat')).toBe(true);
    expect(fast.couldAccept('Zorblat')).toBe(true);
    // nspell's `remove` (not in our type declaration of it: the app never removes a word).
    (fast as unknown as { remove(word: string): void }).remove('interview');
    expect(fast.correct('interview')).toBe(false);
    expect(fast.couldAccept('interview')).toBe(false);
    // A second checker over the same file is untouched by the first one's words.
    const other = openPreparedSpeller(files.aff, prepared);
    expect(other.correct('Zorblat')).toBe(false);
    expect(other.correct('interview')).toBe(true);
    expect(other.correct('interviews')).toBe(true);
  });

  it('refuses a file that is not a prepared dictionary, with a reason', () => {
    const text = new TextEncoder().encode(files.dic.slice(0, 1000));
    expect(isPreparedDictionary(text)).toBe(false);
    expect(() => openPreparedSpeller(files.aff, text)).toThrow(/not a prepared dictionary/);
  });

  it('refuses a prepared dictionary cut short or with bytes added, with a reason, instead of reading past its end', () => {
    expect(isPreparedDictionary(prepared)).toBe(true);
    for (const damaged of [prepared.subarray(0, prepared.byteLength - 1), prepared.subarray(0, 1000), new Uint8Array([...prepared.subarray(0, 64), 0])]) {
      expect(isPreparedDictionary(damaged)).toBe(false);
      expect(() => openPreparedSpeller(files.aff, damaged)).toThrow(/not a prepared dictionary/);
    }
    const longer = new Uint8Array(prepared.byteLength + 4);
    longer.set(prepared);
    expect(isPreparedDictionary(longer)).toBe(false);
  });

  it('opens from a file read into any place of a larger buffer', () => {
    const padded = new Uint8Array(prepared.byteLength + 3);
    padded.set(prepared, 3);
    expect(openPreparedSpeller(files.aff, padded.subarray(3)).correct('interviewed')).toBe(true);
  });

  it('gives the engine the same review as the original files', () => {
    const note = 'Dear Priya,\n\nThank you for meeting me yesterday. I recieved the schedule and definately want to continue.\n\nBest regards,\nAlex';
    const fromText = createReviewEngine(files as DictionaryFiles).review(note);
    const fromPrepared = createReviewEngine({ aff: files.aff, dic: prepared }).review(note);
    expect(fromPrepared.flags).toEqual(fromText.flags);
    expect(fromPrepared.flags.map((flag) => flag.actual)).toEqual(expect.arrayContaining(['recieved', 'definately']));
  });
});
