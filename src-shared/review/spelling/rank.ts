/**
 * Spelling suggestions ranked the way people mistype. Candidates come from, in order of trust:
 * 1. a contraction typed without its apostrophe ("Im" → "I'm");
 * 2. the table of common misspellings ("definately" → "definitely");
 * 3. frequent words up to two edits away, found by a weighted edit distance over the frequent words that start
 *    with the same letter and are about as long (a few hundred comparisons, well under a millisecond);
 * 4. every dictionary word one edit away, scored by the kind of edit (swapped letters, a doubled or dropped double
 *    letter, a neighbouring key, a vowel for a vowel, an extra or dropped letter, two words run together); any
 *    other letter for a letter only among frequent words, in 3;
 * then by how common each word is (SUBTLEXus frequency). nspell's own suggestions are not used: they take up to
 * half a second on a long word.
 *
 * Each call does at most `suggestionBudget` of work, counted rather than timed, so the same word always gets the
 * same suggestions and a long or garbled word cannot hold the review worker up.
 */
import { contractionFor } from './contractions.ts';
import { areNeighbours } from './keyboard.ts';

export interface RankerSources {
  /** Whether the dictionary accepts the word as written (case matters: "english" is not, "English" is). */
  isCorrect(word: string): boolean;
  /** Rank of a lower-case word among frequent words (0 = most frequent), or undefined when it is not one. */
  frequencyRank(word: string): number | undefined;
  /** Correction of a lower-case misspelling, if the table has it. */
  misspelling(word: string): string | undefined;
  /** Frequent words that start with a letter and have a length, most frequent first. */
  frequentWords(letter: string, length: number): readonly string[];
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const vowels = new Set('aeiouy');
const maxSuggestions = 5;
const frequentWordCount = 45_000;

type Kind = 'swap' | 'double' | 'neighbour' | 'vowel' | 'dropped' | 'extra' | 'split' | 'other';

// Costs learnt from the bench's lists (bench/suggestions.ts): lower is likelier.
const cost: Record<Kind, number> = { swap: 1, double: 1, neighbour: 1.25, vowel: 1.3, dropped: 1.4, extra: 1.45, split: 1.6, other: 1.9 };

interface Edit {
  candidate: string;
  kind: Kind;
}

/**
 * The most work one call may do, whatever it is given, so that a suggestion never keeps the review worker busy for
 * long: each figure is well above what real misspellings need (bench/suggestions.ts prints the most any of its
 * 5,771 words used) and, spent in full, is a few milliseconds. Counting work rather than watching a clock keeps the
 * suggestions the same on a busy machine as on a quiet one.
 */
export const suggestionBudget = {
  /** Dictionary look-ups, a few microseconds each; the likeliest edits are tried first. */
  lookups: 1_000,
  /** Frequent words screened by their letters for the two-edit search, nearest lengths first. */
  screened: 6_000,
  /** Of those, the ones compared letter by letter (the weighted distance). */
  compared: 1_500,
  /** Of those within two edits, the likeliest checked against the dictionary (two look-ups at most each). */
  nearChecked: 40,
  /** Longer input (a pasted token, a run of keys) is no misspelt English word: only the tables are asked. */
  longestWord: 30,
} as const;

/** The work one call did, in the budget's units; `exhausted` when a budget ran out before every edit was tried. */
export interface SuggestionWork {
  lookups: number;
  screened: number;
  compared: number;
  exhausted: boolean;
}

export interface RankedSuggestions {
  suggestions: string[];
  work: SuggestionWork;
}

function frequencyBonus(rank: number | undefined): number {
  if (rank === undefined) return -0.45;
  return 0.9 * (1 - Math.log(rank + 1) / Math.log(frequentWordCount));
}

// Letters by how often English uses them: when the budget runs out among the dropped letters, the rarest are
// the ones left untried.
const lettersByUse = 'etaoinsrhldcumfpgwybvkxjqz';

/**
 * Every string one edit from `word`, with the kind of edit, likeliest kinds first: swapped and doubled letters, a
 * neighbouring key, a vowel for a vowel, an extra letter, two words run together, then a dropped letter (the
 * largest group, 25 letters at every place, so the one a spent budget cuts short).
 */
function* edits(word: string): Generator<Edit> {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    if (word[i] === word[i - 1] || word[i] === word[i + 1]) yield { candidate: word.slice(0, i) + word.slice(i + 1), kind: 'double' };
    if (i + 1 < n) yield { candidate: word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), kind: 'swap' };
  }
  for (let i = 0; i <= n; i++) {
    for (const letter of new Set([word[i - 1], word[i]])) if (letter) yield { candidate: word.slice(0, i) + letter + word.slice(i), kind: 'double' };
  }
  for (const wanted of ['neighbour', 'vowel'] as const) {
    for (let i = 0; i < n; i++) {
      const here = word[i]!;
      for (const letter of letters) {
        if (letter === here) continue;
        // Any other letter for a letter is left to the frequent-word search: checking each against the dictionary
        // would double the work for the least likely kind of slip.
        const kind = areNeighbours(here, letter) ? 'neighbour' : vowels.has(here) && vowels.has(letter) ? 'vowel' : 'other';
        if (kind === wanted) yield { candidate: word.slice(0, i) + letter + word.slice(i + 1), kind };
      }
    }
  }
  for (let i = 0; i < n; i++) if (word[i] !== word[i - 1] && word[i] !== word[i + 1]) yield { candidate: word.slice(0, i) + word.slice(i + 1), kind: 'extra' };
  for (let i = 1; i < n; i++) yield { candidate: `${word.slice(0, i)} ${word.slice(i)}`, kind: 'split' };
  for (const letter of lettersByUse) {
    for (let i = 0; i <= n; i++) if (letter !== word[i] && letter !== word[i - 1]) yield { candidate: word.slice(0, i) + letter + word.slice(i), kind: 'dropped' };
  }
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return areNeighbours(a, b) ? cost.neighbour : vowels.has(a) && vowels.has(b) ? cost.vowel : cost.other;
}

/** `substitutionCost` of two lower-case letters, by char code, worked out once. */
const substitutionCosts = new Float64Array(26 * 26);
for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) substitutionCosts[a * 26 + b] = substitutionCost(letters[a]!, letters[b]!);
const costOf = (a: number, b: number) => (a >= 97 && a <= 122 && b >= 97 && b <= 122 ? substitutionCosts[(a - 97) * 26 + b - 97]! : cost.other);

/** Most two edits cost (two substitutions of unrelated letters), the furthest a frequent word may be. */
const maxDistance = 2 * cost.other;

/**
 * The weighted optimal-string-alignment distance from `typed` to `word`, with the costs of `cost` (a doubled
 * letter or a swap costs least), or Infinity once it exceeds `maxDistance`.
 */
export function weightedDistance(typed: string, word: string): number {
  const rows = typed.length + 1;
  const columns = word.length + 1;
  if (table.length < rows * columns) table = new Float64Array(rows * columns * 2);
  const d = table;
  for (let i = 0; i < rows; i++) d[i * columns] = i * cost.extra;
  for (let j = 0; j < columns; j++) d[j] = j * cost.dropped;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    const a = typed.charCodeAt(i - 1);
    const aDoubled = a === typed.charCodeAt(i - 2) || a === typed.charCodeAt(i);
    for (let j = 1; j < columns; j++) {
      const b = word.charCodeAt(j - 1);
      // An extra letter typed: cheap when it doubles its neighbour ("untill"); a dropped letter: cheap when the
      // word has it twice ("ocasion").
      const extra = d[(i - 1) * columns + j]! + (aDoubled ? cost.double : cost.extra);
      const dropped = d[i * columns + j - 1]! + (b === word.charCodeAt(j - 2) || b === word.charCodeAt(j) ? cost.double : cost.dropped);
      const substituted = d[(i - 1) * columns + j - 1]! + (a === b ? 0 : costOf(a, b));
      let best = extra < dropped ? extra : dropped;
      if (substituted < best) best = substituted;
      if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === b) {
        const swapped = d[(i - 2) * columns + j - 2]! + cost.swap;
        if (swapped < best) best = swapped;
      }
      d[i * columns + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxDistance) return Infinity;
  }
  return d[rows * columns - 1]!;
}

let table = new Float64Array(32 * 32);

/**
 * Frequent words within two edits of `word` that start with its first letter, with their distance: words of the
 * same length first, then one letter shorter or longer, then two, until the budget is spent.
 */
function nearFrequentWords(word: string, sources: RankerSources, work: SuggestionWork): Array<[string, number]> {
  const near: Array<[string, number]> = [];
  const first = word.charAt(0);
  if (!/[a-z]/.test(first)) return near;
  // Two edits change at most four letters of the word's bag of letters: a cheap test that rules out most words.
  const bag = new Int8Array(26);
  for (let i = 0; i < word.length; i++) {
    const letter = (word.charCodeAt(i) - 97) & 31;
    bag[letter] = (bag[letter] ?? 0) + 1;
  }
  const other = new Int8Array(26);
  for (const length of [0, -1, 1, -2, 2].map((change) => word.length + change)) {
    if (length < 1) continue;
    for (const candidate of sources.frequentWords(first, length)) {
      if (work.screened >= suggestionBudget.screened || work.compared >= suggestionBudget.compared) {
        work.exhausted = true;
        return near;
      }
      if (candidate === word) continue;
      work.screened++;
      other.set(bag);
      let differ = 0;
      for (let i = 0; i < candidate.length; i++) {
        const letter = (candidate.charCodeAt(i) - 97) & 31;
        other[letter] = (other[letter] ?? 0) - 1;
      }
      for (let i = 0; i < 26; i++) differ += Math.abs(other[i]!);
      if (differ > 4) continue;
      work.compared++;
      const distance = weightedDistance(word, candidate);
      if (distance <= maxDistance) near.push([candidate, distance]);
    }
  }
  return near;
}

/** Writes a suggestion in the case the word was typed in: "Recieve" → "Receive", "RECIEVE" → "RECEIVE". */
function inCaseOf(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(typed)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** Suggestions for `typed`, best first, and the work it took (never more than `suggestionBudget`). */
export function rankSuggestionsWithWork(typed: string, sources: RankerSources, { twoEdits = true } = {}): RankedSuggestions {
  const word = typed.toLowerCase().replace(/’/g, "'");
  const work: SuggestionWork = { lookups: 0, screened: 0, compared: 0, exhausted: false };
  const found = new Map<string, number>();
  const offer = (candidate: string, score: number) => {
    const previous = found.get(candidate);
    if (previous === undefined || score < previous) found.set(candidate, score);
  };
  const lookUp = (candidate: string): boolean => {
    if (work.lookups >= suggestionBudget.lookups) {
      work.exhausted = true;
      return false;
    }
    work.lookups++;
    return sources.isCorrect(candidate);
  };
  // The dictionary's own form of a lower-case candidate: "english" is only right as "English", "i" as "I".
  const accepted = (candidate: string): string | undefined => {
    if (!candidate.includes(' ')) {
      if (lookUp(candidate)) return candidate;
      const capital = candidate.charAt(0).toUpperCase() + candidate.slice(1);
      return capital !== candidate && lookUp(capital) ? capital : undefined;
    }
    return candidate.split(' ').every(lookUp) ? candidate : undefined;
  };
  const frequency = (candidate: string) => {
    const parts = candidate.toLowerCase().split(' ');
    return frequencyBonus(parts.length === 1 ? sources.frequencyRank(parts[0]!) : Math.max(...parts.map((part) => sources.frequencyRank(part) ?? frequentWordCount)));
  };

  // A word the dictionary only knows with a capital ("monday", "english").
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  if (capitalised !== typed && lookUp(capitalised)) offer(capitalised, 0);
  const contraction = contractionFor.get(word.replace(/'/g, ''));
  if (contraction) offer(contraction, 0);
  const tabled = sources.misspelling(word);
  if (tabled) offer(tabled, 0.1);

  if (word.length <= suggestionBudget.longestWord) {
    // The right letters without the apostrophe, or with it in the wrong place ("dont", "do'nt", "companys", "obrien"):
    // an apostrophe sits after a word's first letter or among its last three.
    const bare = word.replace(/'/g, '');
    for (let i = 1; i < bare.length; i++) {
      if (i > 1 && i < bare.length - 3) continue;
      const withApostrophe = `${bare.slice(0, i)}'${bare.slice(i)}`;
      const form = withApostrophe === word ? undefined : accepted(withApostrophe);
      if (form) offer(form, 0.5);
    }

    // Up to two edits away, among frequent words; the likeliest few are checked against the dictionary first, so
    // the edits below cannot spend the look-ups they need.
    if (twoEdits) {
      const near = nearFrequentWords(word, sources, work)
        .map(([candidate, distance]): [string, number] => [candidate, distance - frequency(candidate)])
        .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
      for (const [candidate, score] of near.slice(0, suggestionBudget.nearChecked)) {
        const form = accepted(candidate);
        if (form) offer(form, score);
      }
    }

    const judged = new Set<string>();
    for (const { candidate, kind } of edits(word)) {
      if (work.lookups >= suggestionBudget.lookups) {
        work.exhausted = true;
        break;
      }
      if (candidate === word || judged.has(candidate)) continue;
      judged.add(candidate);
      // Two words run together only when both are common words ("thankyou"), not "absorbs ion".
      if (kind === 'split' && !candidate.split(' ').every((part) => part === 'a' || (part.length > 1 && (sources.frequencyRank(part) ?? Infinity) < 20_000))) continue;
      const form = accepted(candidate);
      // "alot", "abit": the article run into its word is the commonest of these slips.
      if (form) offer(form, (kind === 'split' && form.startsWith('a ') ? cost.swap : cost[kind]) - frequency(form));
    }
  }

  const suggestions = [...found]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, maxSuggestions)
    .map(([candidate]) => inCaseOf(typed, candidate));
  return { suggestions, work };
}

export function rankSuggestions(typed: string, sources: RankerSources, options: { twoEdits?: boolean } = {}): string[] {
  return rankSuggestionsWithWork(typed, sources, options).suggestions;
}
