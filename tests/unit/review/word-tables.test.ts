// The suggestion tables read in place must answer exactly what maps built by splitting the data strings answer.
import { describe, expect, it } from 'vitest';
import { commonMisspellings } from '../../../src-shared/review/spelling/data/common-misspellings.ts';
import { frequentWords } from '../../../src-shared/review/spelling/data/frequent-words.ts';
import { FrequentWords, frequentWordTable, tabledCorrection } from '../../../src-shared/review/spelling/word-tables.ts';

describe('the frequent-word table', () => {
  const words = frequentWords.split(' ');
  const table = frequentWordTable();

  it('gives every frequent word its rank, most frequent first', () => {
    expect(table.size).toBe(words.length);
    const wrong = words.filter((word, rank) => table.rank(word) !== rank);
    expect(wrong).toEqual([]);
    expect(table.rank('the')).toBeLessThan(table.rank('interview')!);
  });

  it('knows no word that is not in the list, nor a part or an extension of one', () => {
    for (const word of ['', 'th', 'thee ', 'interviewx', 'zzzyzx', ' the', 'the the']) expect(table.rank(word), word).toBe(words.indexOf(word) < 0 ? undefined : words.indexOf(word));
    expect(table.rank('Kubernetesificationator')).toBeUndefined();
  });

  it('groups the words by first letter and length, most frequent first', () => {
    const expected = words.filter((word) => word.startsWith('t') && word.length === 4);
    expect(table.like('t', 4)).toEqual(expected);
    expect(table.like('t', 4).slice(0, 2)).toEqual(['that', 'this']);
    expect(table.like('q', 40)).toEqual([]);
    const sizes = new Map<string, number>();
    for (const word of words) sizes.set(`${word.charAt(0)}${word.length}`, (sizes.get(`${word.charAt(0)}${word.length}`) ?? 0) + 1);
    for (const [key, size] of sizes) expect(table.like(key.charAt(0), Number(key.slice(1))).length, key).toBe(size);
  });

  it('reads any list the same way, the last word and a one-word list included', () => {
    const small = new FrequentWords('alpha beta alps be');
    expect([small.rank('alpha'), small.rank('beta'), small.rank('alps'), small.rank('be'), small.rank('b')]).toEqual([0, 1, 2, 3, undefined]);
    expect(small.like('a', 4)).toEqual(['alps']);
    expect(small.like('a', 5)).toEqual(['alpha']);
    expect(new FrequentWords('solo').rank('solo')).toBe(0);
    expect(new FrequentWords('').size).toBe(0);
  });
});

describe('the misspelling table', () => {
  const pairs = commonMisspellings.split('\n').filter(Boolean).map((line) => line.split('>') as [string, string]);

  it('corrects every misspelling it lists, the first and the last included', () => {
    expect(pairs.length).toBeGreaterThan(5000);
    const wrong = pairs.filter(([typo, correction]) => tabledCorrection(typo) !== correction);
    expect(wrong).toEqual([]);
    expect(tabledCorrection('aaded')).toBe('added');
    expect(tabledCorrection('abadonded')).toBe('abandoned');
  });

  it('does not correct a correct word, a part of a listed misspelling, or text that could match across lines', () => {
    for (const word of ['added', 'aade', 'aded', '', '>', 'aaded>added', 'added\nabadonded']) expect(tabledCorrection(word), word).toBeUndefined();
  });
});
