// Point 3: suggestions ranked by edit kind, word frequency, a table of common misspellings and apostrophe forms.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../../src-shared/review/spelling/checker.ts';
import { weightedDistance } from '../../../src-shared/review/spelling/rank.ts';
import { loadDictionary } from '../../../src-main/review/node-engine.ts';

let checker: SpellChecker;
let withoutTable: SpellChecker;
beforeAll(async () => {
  const files = await loadDictionary('en-US');
  checker = createSpellChecker(files, 'en-US');
  withoutTable = createSpellChecker(files, 'en-US', { misspellings: new Map() });
}, 30_000);

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
