/**
 * One spell checker per dialect: nspell over that dialect's hunspell dictionary plus the workplace words.
 * Checking a word is fast and cached. Suggestions are ranked by `rank.ts` from one- and two-edit candidates, the
 * table of common misspellings and word frequency, and kept once computed; `cachedSuggestions` lets a fast path
 * use them without waiting.
 */
import nspell from 'nspell';
import { defaultDialect, type Dialect } from '../dialects.ts';
import { openPreparedSpeller } from './prepared.ts';
import { rankSuggestionsWithWork, type RankedSuggestions } from './rank.ts';
import { workplaceWords } from './workplace-words.ts';
import { frequentWordTable, tabledCorrection } from './word-tables.ts';

export interface DictionaryFiles {
  aff: string;
  /** The `.dic` file's text, or the dictionary prepared from it at build time (`prepared.ts`), which opens at once. */
  dic: string | Uint8Array;
}

export interface SpellChecker {
  readonly dialect: Dialect;
  isCorrect(word: string): boolean;
  /** Suggestions, best first, computed now if not known yet (never more than a few tens of milliseconds). */
  suggest(word: string): string[];
  /** Suggestions worked out afresh, with the work that took (what the bench and the budget's tests look at). */
  suggestWithWork(word: string): RankedSuggestions;
  /** Suggestions only if they were computed before; never slow. */
  cachedSuggestions(word: string): string[] | undefined;
  /** Milliseconds it took to load the dictionary. */
  loadMilliseconds: number;
}

export interface SpellCheckerOptions {
  /** The misspelling table (lower-case misspelling → correction); the generated one unless given. */
  misspellings?: ReadonlyMap<string, string>;
  /** Look two edits away when one edit finds nothing convincing (on unless told otherwise). */
  twoEdits?: boolean;
}

// Oxford spelling (-ize with British spellings otherwise) is standard British English: the -ise dictionary
// accepts "organization" when it knows "organisation".
const oxfordIze = /iz(e|es|ed|ing|er|ers|ation|ations|able)$/;

export function createSpellChecker(dictionary: DictionaryFiles, dialect: Dialect = defaultDialect, options: SpellCheckerOptions = {}): SpellChecker {
  const started = performance.now();
  const prepared = typeof dictionary.dic === 'string' ? undefined : openPreparedSpeller(dictionary.aff, dictionary.dic);
  const speller = prepared ?? nspell(dictionary.aff, String(dictionary.dic));
  speller.personal(workplaceWords);
  const loadMilliseconds = performance.now() - started;
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();

  // A prepared dictionary can rule most words out without nspell (see `couldAccept`); a dictionary read from its
  // text (the command line) cannot.
  const correct = (word: string) => (prepared ? prepared.couldAccept(word) : true) && speller.correct(word);

  function accepts(word: string): boolean {
    if (correct(word)) return true;
    return dialect === 'en-GB' && oxfordIze.test(word) && correct(word.replace(oxfordIze, 'is$1'));
  }

  /** As written; a capitalised word (sentence start, title case) may also be a lower-case word. */
  function isCorrect(word: string): boolean {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = accepts(word) || (word !== word.toLowerCase() && accepts(word.toLowerCase()));
      if (verdicts.size > 50_000) verdicts.clear();
      verdicts.set(word, verdict);
    }
    return verdict;
  }

  // The word tables are indexed at the first suggestion, not here: a review needs none, and a worker that is
  // starting has better things to do before the first flags.
  const sources = {
    // Candidates are lower case: only a lower-case word or a name the dictionary writes with a capital counts.
    // Their verdicts are not kept: a candidate is rarely asked about twice, and keeping each would fill the
    // heap with entries that soon need a full garbage collection to clear.
    isCorrect: accepts,
    frequencyRank: (word: string) => frequentWordTable().rank(word),
    misspelling: (word: string) => (options.misspellings ? options.misspellings.get(word) : tabledCorrection(word)),
    frequentWords: (letter: string, length: number) => frequentWordTable().like(letter, length),
  };

  const rank = (word: string) => rankSuggestionsWithWork(word, sources, { twoEdits: options.twoEdits ?? true });

  return {
    dialect,
    loadMilliseconds,
    isCorrect,
    suggest(word) {
      let known = suggestions.get(word);
      if (!known) {
        known = rank(word).suggestions;
        if (suggestions.size > 5_000) suggestions.clear();
        suggestions.set(word, known);
      }
      return known;
    },
    suggestWithWork: rank,
    cachedSuggestions(word) {
      return suggestions.get(word);
    },
  };
}
