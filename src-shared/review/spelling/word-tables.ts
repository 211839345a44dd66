/**
 * The two tables suggestions are ranked with, read in place from the generated data strings: the frequent words
 * (one string, most frequent first) and the common misspellings (`wrong>right` lines).
 *
 * Splitting them into maps costs a few tens of milliseconds of garbage-making work, which the command line paid on
 * every start that suggested anything. Here the frequent words are indexed by their offsets only, grouped by first
 * letter and length (the ranker asks for "frequent words like this one": a few hundred at most), and a misspelling
 * is found by one search of its string; a word's strings are only made when the ranker asks for them.
 */
import { commonMisspellings } from './data/common-misspellings.ts';
import { frequentWords } from './data/frequent-words.ts';

/** Frequent words in rank order, grouped by first letter and length, read from the data string in place. */
export class FrequentWords {
  readonly #text: string;
  /** Where word N starts; it ends one character (a space) before word N + 1 starts. */
  readonly #starts: Uint32Array;
  /** First letter's code and length → the ranks of the words that have them, most frequent first. */
  readonly #groups = new Map<number, number[]>();
  readonly #words = new Map<number, string[]>();

  constructor(text: string) {
    this.#text = text;
    let count = text.length === 0 ? 0 : 1;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++;
    this.#starts = new Uint32Array(count + 1);
    let start = 0;
    for (let rank = 0; rank < count; rank++) {
      const end = rank + 1 < count ? text.indexOf(' ', start) : text.length;
      this.#starts[rank] = start;
      const key = FrequentWords.#key(text.charCodeAt(start), end - start);
      let group = this.#groups.get(key);
      if (!group) this.#groups.set(key, (group = []));
      group.push(rank);
      start = end + 1;
    }
    this.#starts[count] = text.length + 1;
  }

  static #key(firstCode: number, length: number): number {
    return firstCode * 1024 + Math.min(length, 1023);
  }

  get size(): number {
    return this.#starts.length - 1;
  }

  /** A word's rank (0 = most frequent), or undefined when it is not a frequent word. */
  rank(word: string): number | undefined {
    if (word.length === 0) return undefined;
    const group = this.#groups.get(FrequentWords.#key(word.charCodeAt(0), word.length));
    if (!group) return undefined;
    for (const rank of group) {
      const start = this.#starts[rank]!;
      if (this.#starts[rank + 1]! - 1 - start === word.length && this.#text.startsWith(word, start)) return rank;
    }
    return undefined;
  }

  /** The frequent words that start with `letter` and have `length` letters, most frequent first. */
  like(letter: string, length: number): readonly string[] {
    const key = FrequentWords.#key(letter.charCodeAt(0), length);
    let words = this.#words.get(key);
    if (!words) {
      words = (this.#groups.get(key) ?? []).map((rank) => this.#text.slice(this.#starts[rank], this.#starts[rank + 1]! - 1));
      this.#words.set(key, words);
    }
    return words;
  }
}

let sharedFrequentWords: FrequentWords | undefined;

/** The generated list of frequent words, indexed at first use and shared by every checker. */
export function frequentWordTable(): FrequentWords {
  sharedFrequentWords ??= new FrequentWords(frequentWords);
  return sharedFrequentWords;
}

/** Lines `wrong>right`, with a line break before the first so every entry is found as `\nwrong>`. */
let misspellingLines: string | undefined;

/** The correction of a lower-case misspelling in the generated table, if it has one. */
export function tabledCorrection(word: string): string | undefined {
  if (word.length === 0 || word.includes('\n') || word.includes('>')) return undefined;
  misspellingLines ??= `\n${commonMisspellings}\n`;
  const at = misspellingLines.indexOf(`\n${word}>`);
  if (at < 0) return undefined;
  const start = at + word.length + 2;
  return misspellingLines.slice(start, misspellingLines.indexOf('\n', start));
}
