// Point 3: suggestions ranked by edit kind, word frequency, a table of common misspellings and apostrophe forms.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../../src-shared/review/spelling/checker.ts';
import { prepareDictionary } from '../../../src-shared/review/spelling/prepared.ts';
import { suggestionBudget, weightedDistance, type SuggestionWork } from '../../../src-shared/review/spelling/rank.ts';
import { loadDictionary } from '../../../src-main/review/node-engine.ts';

let checker: SpellChecker;
let withoutTable: SpellChecker;
/** As the app's review worker has it: over the dictionary prepared at build time. */
let inApp: SpellChecker;
beforeAll(async () => {
  const files = await loadDictionary('en-US');
  checker = createSpellChecker(files, 'en-US');
  withoutTable = createSpellChecker(files, 'en-US', { misspellings: new Map() });
  inApp = createSpellChecker({ aff: files.aff, dic: prepareDictionary(files.aff, String(files.dic)) }, 'en-US');
}, 30_000);

const withinBudget = (work: SuggestionWork) =>
  work.lookups <= suggestionBudget.lookups && work.screened <= suggestionBudget.screened && work.compared <= suggestionBudget.compared;

describe('spelling suggestions', () => {
  it.each([
    ['wih', 'with'],
    ['ened', 'need'],
    ['teh', 'the'],
    ['recieve', 'receive'],
    ['converstaion', 'conversation'],
    ['experiance', 'experience'],
    ['untill', 'until'],
    ['ocasion', 'occasion'],
    ['acomodate', 'accommodate'],
    ['definately', 'definitely'],
    ['thougthful', 'thoughtful'],
  ])('should put %j → %j first', (typed, right) => {
    expect(checker.suggest(typed)[0]).toBe(right);
  });

  it('should offer the contraction first for a word typed without its apostrophe', () => {
    expect(checker.suggest('Im')[0]).toBe('I’m'.replace('’', "'"));
    expect(checker.suggest('dont')[0]).toBe("don't");
    expect(checker.suggest('Youre')[0]).toBe("You're");
    expect(checker.suggest('theyre')[0]).toBe("they're");
  });

  it('should split two words run together, and only into common words', () => {
    expect(checker.suggest('thankyou')).toContain('thank you');
    expect(checker.suggest('alot')[0]).toBe('a lot');
    expect(withoutTable.suggest('absorbsion')).not.toContain('absorbs ion');
  });

  it('should keep the case the word was typed in, and give a name its capital', () => {
    expect(checker.suggest('Recieve')[0]).toBe('Receive');
    expect(checker.suggest('RECIEVE')[0]).toBe('RECEIVE');
    expect(checker.suggest('monday')[0]).toBe('Monday');
  });

  it('should prefer the common word of two at the same distance', () => {
    // "wat" is one edit from want, what, was, way, wait…: the most frequent come first.
    expect(checker.suggest('wat').slice(0, 3)).toEqual(expect.arrayContaining(['what']));
  });

  it('should use the table of common misspellings where edits alone rank wrongly', () => {
    const tabled = ['adres', 'aledged', 'artical'].filter((word) => checker.suggest(word)[0] !== withoutTable.suggest(word)[0]);
    expect(tabled.length).toBeGreaterThan(0);
    expect(checker.suggest('artical')[0]).toBe('article');
  });

  it('should score a swap or a doubled letter as closer than an unrelated letter', () => {
    expect(weightedDistance('teh', 'the')).toBeLessThan(weightedDistance('tge', 'the') + 1);
    expect(weightedDistance('untill', 'until')).toBeLessThan(weightedDistance('untilk', 'until'));
    expect(weightedDistance('tge', 'the')).toBeLessThan(weightedDistance('tze', 'the'));
    expect(weightedDistance('abcdef', 'uvwxyz')).toBe(Infinity);
  });

  it('should give nothing rather than nonsense for a long unknown word', () => {
    expect(checker.suggest('Kubernetesificationator')).toEqual([]);
  });
});

describe('the work one suggestion may do', () => {
  // The bench's slowest words before the budget (59–89 ms of CPU, most of it a full garbage collection that the
  // candidates' internalised strings brought on).
  it.each([
    ['diplomancy', 'diplomacy'],
    ['approproximate', 'approximate'],
    ['mchanics', 'mechanics'],
    ['precurser', 'precursor'],
    ['privalege', 'privilege'],
    ['intelectual', 'intellectual'],
    ['millitary', 'military'],
    ['succh', 'such'],
    ['statment', 'statement'],
  ])('should still put %j → %j first, within the budget', (typed, right) => {
    const { suggestions, work } = inApp.suggestWithWork(typed);
    expect(suggestions[0]).toBe(right);
    expect(withinBudget(work)).toBe(true);
    expect(work.exhausted).toBe(false);
  });

  it('should stop at the budget on a long word, with the likeliest edits already tried', () => {
    for (const [typed, right] of [
      ['uncharacteristicaly', 'uncharacteristically'],
      ['enviornmentalist', 'environmentalist'],
      ['acclimitization', 'acclimatization'],
    ] as const) {
      const { suggestions, work } = inApp.suggestWithWork(typed);
      expect(work).toMatchObject({ lookups: suggestionBudget.lookups, exhausted: true });
      expect(withinBudget(work)).toBe(true);
      expect(suggestions[0]).toBe(right);
    }
  });

  it('should ask only the tables about input longer than any English word', () => {
    for (const typed of ['x'.repeat(31), 'qwertyuiopasdfghjklzxcvbnmqwertyuiop', 'a'.repeat(500)]) {
      const { suggestions, work } = inApp.suggestWithWork(typed);
      expect(suggestions).toEqual([]);
      // One look-up: the word with a capital, as a name.
      expect(work).toEqual({ lookups: 1, screened: 0, compared: 0, exhausted: false });
    }
  });

  it('should give a garbled run of keys nothing, within the budget', () => {
    const { suggestions, work } = inApp.suggestWithWork('Kubernetesificationator');
    expect(suggestions).toEqual([]);
    expect(withinBudget(work)).toBe(true);
  });

  it('should suggest the same with the prepared dictionary as with the original one', () => {
    for (const word of ['wih', 'ened', 'Im', 'recieve', 'thankyou', 'converstaion', 'monday', 'RECIEVE']) expect(inApp.suggest(word)).toEqual(checker.suggest(word));
  });
});
