/**
 * One spell checker per engine: nspell over dictionary-en plus the workplace words. Checking a word is fast and
 * cached; suggestions are slow (tens to hundreds of milliseconds for a long unknown word), so they are only ever
 * computed on request and then kept, and `cachedSuggestions` lets a fast path use them without waiting.
 */
import nspell from 'nspell';
import { openPreparedSpeller } from './prepared.ts';
import { britishSpellings, workplaceWords } from './workplace-words.ts';

export interface DictionaryFiles {
  aff: string;
  /** The `.dic` file's text, or the dictionary prepared from it at build time (`prepared.ts`), which opens at once. */
  dic: string | Uint8Array;
}

export interface SpellChecker {
  isCorrect(word: string): boolean;
  /** Suggestions, computed now if not known yet (slow for long or unusual words). */
  suggest(word: string): string[];
  /** Suggestions only if they were computed before; never slow. */
  cachedSuggestions(word: string): string[] | undefined;
  /** Milliseconds it took to load the dictionary. */
  loadMilliseconds: number;
}

const maxSuggestions = 5;

export function createSpellChecker(dictionary: DictionaryFiles): SpellChecker {
  const started = performance.now();
  const speller = typeof dictionary.dic === 'string' ? nspell(dictionary.aff, dictionary.dic) : openPreparedSpeller(dictionary.aff, dictionary.dic);
  speller.personal(workplaceWords);
  speller.personal(britishSpellings);
  const loadMilliseconds = performance.now() - started;
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();

  return {
    loadMilliseconds,
    isCorrect(word) {
      let verdict = verdicts.get(word);
      if (verdict === undefined) {
        verdict = speller.correct(word) || speller.correct(word.toLowerCase());
        if (verdicts.size > 50_000) verdicts.clear();
        verdicts.set(word, verdict);
      }
      return verdict;
    },
    suggest(word) {
      let known = suggestions.get(word);
      if (!known) {
        known = speller.suggest(word).slice(0, maxSuggestions);
        suggestions.set(word, known);
      }
      return known;
    },
    cachedSuggestions(word) {
      return suggestions.get(word);
    },
  };
}
