// Point 1 of the review's dialect work: four Englishes, each with its own dictionary, chosen by the context.
import { beforeAll, describe, expect, it } from 'vitest';
import { createReviewEngine, dialectFromLocale, parseDialect, type Dialect, type ReviewEngine } from '../../../src-shared/review/index.ts';
import { engineWithAllDialects } from './helpers.ts';

let engine: ReviewEngine;
beforeAll(async () => {
  engine = await engineWithAllDialects();
}, 60_000);

const misspelt = (text: string, dialect: Dialect) =>
  engine
    .review(text, { dialect })
    .flags.filter((flag) => flag.category === 'spelling')
    .map((flag) => flag.actual);

describe('dialects', () => {
  it('should accept British spellings in British English that US English flags', () => {
    const text = 'I would customise the reports, optimise the queries, answer any enquiry and pay by cheque; the colour scheme of the programme centre is my favourite.';
    expect(misspelt(text, 'en-GB')).toEqual([]);
    expect(misspelt(text, 'en-US')).toEqual(['customise', 'optimise', 'enquiry', 'cheque', 'colour', 'programme', 'centre', 'favourite']);
  });

  it('should accept Oxford -ize spellings in British English, but not American ones that differ otherwise', () => {
    expect(misspelt('The organization will customize and prioritize the work; we realized it.', 'en-GB')).toEqual([]);
    expect(misspelt('The color of the center was gray.', 'en-GB')).toEqual(['color', 'center', 'gray']);
  });

  it('should follow Canadian English: -our and -re with -ize', () => {
    expect(misspelt('The colour of the centre; we will organize the neighbourhood program.', 'en-CA')).toEqual([]);
    expect(misspelt('The color of the center.', 'en-CA')).toEqual(['color', 'center']);
  });

  it('should follow Australian English: -ise, and no Oxford -ize', () => {
    expect(misspelt('We organise the team and analyse the colour data at the centre.', 'en-AU')).toEqual([]);
    expect(misspelt('We organize the program and analyze the color data.', 'en-AU')).toEqual(['organize', 'analyze', 'color']);
  });

  it('should keep flagging real misspellings in every dialect', () => {
    for (const dialect of ['en-US', 'en-GB', 'en-CA', 'en-AU'] as const) expect(misspelt('I recieved your note.', dialect)).toEqual(['recieved']);
  });

  it('should suggest the dialect’s own spelling', () => {
    expect(engine.suggest('colur', 'en-GB')[0]).toBe('colour');
    expect(engine.suggest('colur', 'en-US')[0]).toBe('color');
  });

  it('should say which dictionary is missing instead of reviewing with the wrong one', () => {
    const bare = createReviewEngine();
    expect(() => bare.review('Hello.', { dialect: 'en-AU' })).toThrow('The Australian English dictionary is not loaded yet.');
    expect(bare.hasDictionary('en-AU')).toBe(false);
  });
});

describe('dialect from the system locale', () => {
  it.each([
    ['en-GB', 'en-GB'],
    ['en_GB.UTF-8', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en-CA', 'en-CA'],
    ['fr-CA', 'en-CA'],
    ['en-AU', 'en-AU'],
    ['en-NZ', 'en-AU'],
    ['en-US', 'en-US'],
    ['C.UTF-8', 'en-US'],
    ['', 'en-US'],
    ['de-DE', 'en-US'],
  ] as const)('%j → %s', (locale, dialect) => {
    expect(dialectFromLocale(locale)).toBe(dialect);
  });

  it('should read what people type on the command line, and refuse the rest', () => {
    expect(parseDialect('en-GB')).toBe('en-GB');
    expect(parseDialect('en_gb')).toBe('en-GB');
    expect(parseDialect('UK')).toBe('en-GB');
    expect(parseDialect('au')).toBe('en-AU');
    expect(parseDialect('en-NZ')).toBe('en-AU');
    expect(parseDialect('British')).toBeUndefined();
    expect(parseDialect('fr-FR')).toBeUndefined();
  });
});

describe('each dialect prepared at build time', () => {
  it('accepts and refuses what its original dictionary does, for the words of every dialect', async () => {
    const { default: nspell } = await import('nspell');
    const { openPreparedSpeller, prepareDictionary } = await import('../../../src-shared/review/spelling/prepared.ts');
    const { loadDictionary } = await import('../../../src-main/review/node-engine.ts');
    const words = ['colour', 'color', 'organise', 'organize', 'centre', 'programme', 'cheque', 'enquiry', 'neighbourhood', 'recieved', 'travelled', 'analyse', 'licence', 'Mondays'];
    for (const dialect of ['en-GB', 'en-CA', 'en-AU'] as const) {
      const files = await loadDictionary(dialect);
      const original = nspell(files.aff, String(files.dic));
      const prepared = openPreparedSpeller(files.aff, prepareDictionary(files.aff, String(files.dic)));
      expect(words.map((word) => prepared.correct(word)), dialect).toEqual(words.map((word) => original.correct(word)));
    }
  }, 120_000);
});
