/**
 * Spelling suggestions ranked the way people mistype. Candidates come from, in order of trust:
 * 1. a contraction typed without its apostrophe ("Im" → "I'm");
 * 2. the table of common misspellings ("definately" → "definitely");
 * 3. every dictionary word one edit away, scored by the kind of edit (swapped letters, a doubled or dropped double
 *    letter, a neighbouring key, a vowel for a vowel, a dropped or extra letter, two words run together); any
 *    other letter for a letter only among frequent words, in 4;
 * 4. frequent words up to two edits away, found by a weighted edit distance over the frequent words that start
 *    with the same letter and are about as long (a few hundred comparisons, well under a millisecond);
 * then by how common each word is (SUBTLEXus frequency). nspell's own suggestions are not used: they take up to
 * half a second on a long word.
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

interface Candidate {
  word: string;
  score: number;
}

function frequencyBonus(rank: number | undefined): number {
  if (rank === undefined) return -0.45;
  return 0.9 * (1 - Math.log(rank + 1) / Math.log(frequentWordCount));
}

/** Every string one edit from `word`, with the kind of edit. */
function* edits(word: string): Generator<[string, Kind]> {
  for (let i = 0; i < word.length; i++) {
    const before = word.slice(0, i);
    const here = word[i]!;
    const after = word.slice(i + 1);
    // Deleting a letter of the typed word: it was typed twice, or by accident.
    yield [before + after, here === word[i - 1] || here === word[i + 1] ? 'double' : 'extra'];
    if (i + 1 < word.length) yield [before + word[i + 1] + here + word.slice(i + 2), 'swap'];
    for (const letter of letters) {
      if (letter === here) continue;
      const kind: Kind = areNeighbours(here, letter) ? 'neighbour' : vowels.has(here) && vowels.has(letter) ? 'vowel' : 'other';
      // Any other letter for a letter is left to the frequent-word search below: checking each against the
      // dictionary would double the work for the least likely kind of slip.
      if (kind !== 'other') yield [before + letter + after, kind];
    }
  }
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    for (const letter of letters) yield [before + letter + after, letter === word[i] || letter === word[i - 1] ? 'double' : 'dropped'];
  }
  for (let i = 1; i < word.length; i++) yield [`${word.slice(0, i)} ${word.slice(i)}`, 'split'];
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

/** Frequent words within two edits of `word` that start with its first letter, with their distance. */
function nearFrequentWords(word: string, sources: RankerSources): Array<[string, number]> {
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
  for (let length = Math.max(1, word.length - 2); length <= word.length + 2; length++) {
    for (const candidate of sources.frequentWords(first, length)) {
      if (candidate === word) continue;
      other.set(bag);
      let differ = 0;
      for (let i = 0; i < candidate.length; i++) {
        const letter = (candidate.charCodeAt(i) - 97) & 31;
        other[letter] = (other[letter] ?? 0) - 1;
      }
      for (let i = 0; i < 26; i++) differ += Math.abs(other[i]!);
      if (differ > 4) continue;
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

export function rankSuggestions(typed: string, sources: RankerSources, { twoEdits = true } = {}): string[] {
  const word = typed.toLowerCase().replace(/’/g, "'");
  const found = new Map<string, number>();
  const offer = (candidate: string, score: number) => {
    const previous = found.get(candidate);
    if (previous === undefined || score < previous) found.set(candidate, score);
  };
  // The dictionary's own form of a lower-case candidate: "english" is only right as "English", "i" as "I".
  const accepted = (candidate: string): string | undefined => {
    if (candidate.split(' ').every((part) => sources.isCorrect(part))) return candidate;
    const capital = candidate.charAt(0).toUpperCase() + candidate.slice(1);
    return !candidate.includes(' ') && sources.isCorrect(capital) ? capital : undefined;
  };
  const frequency = (candidate: string) => {
    const parts = candidate.toLowerCase().split(' ');
    return frequencyBonus(parts.length === 1 ? sources.frequencyRank(parts[0]!) : Math.max(...parts.map((part) => sources.frequencyRank(part) ?? frequentWordCount)));
  };

  // A word the dictionary only knows with a capital ("monday", "english").
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  if (capitalised !== typed && sources.isCorrect(capitalised)) offer(capitalised, 0);
  const contraction = contractionFor.get(word.replace(/'/g, ''));
  if (contraction) offer(contraction, 0);
  const tabled = sources.misspelling(word);
  if (tabled) offer(tabled, 0.1);
  // The right letters without the apostrophe, or with it in the wrong place ("dont", "do'nt").
  const bare = word.replace(/'/g, '');
  for (let i = 1; i < bare.length; i++) {
    const withApostrophe = `${bare.slice(0, i)}'${bare.slice(i)}`;
    if (withApostrophe !== word && accepted(withApostrophe)) offer(accepted(withApostrophe)!, 0.5);
  }

  const judged = new Map<string, string | undefined>();
  for (const [candidate, kind] of edits(word)) {
    if (candidate === word) continue;
    // Two words run together only when both are common words ("thankyou"), not "absorbs ion".
    if (kind === 'split' && !candidate.split(' ').every((part) => part === 'a' || (part.length > 1 && (sources.frequencyRank(part) ?? Infinity) < 20_000))) continue;
    let form = judged.get(candidate);
    if (!judged.has(candidate)) judged.set(candidate, (form = accepted(candidate)));
    // "alot", "abit": the article run into its word is the commonest of these slips.
    if (form) offer(form, (kind === 'split' && form.startsWith('a ') ? cost.swap : cost[kind]) - frequency(form));
  }

  // Up to two edits away, among frequent words.
  if (twoEdits) for (const [candidate, distance] of nearFrequentWords(word, sources)) {
    const form = accepted(candidate);
    if (form) offer(form, distance - frequency(form));
  }

  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, maxSuggestions)
    .map(([candidate]) => inCaseOf(typed, candidate));
}
