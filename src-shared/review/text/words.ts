/**
 * A light word tokenizer for rules that compare words rather than walk the syntax tree: it keeps offsets, folds
 * curly apostrophes and letter case, and expands contractions so "haven’t" and "have not" look alike to a rule.
 */
import { stem } from './stem.ts';

export interface Token {
  /** The word as normalised for matching: lower case, straight apostrophe, contraction expanded. */
  norm: string;
  stem: string;
  /** Offsets of the written word (expanded contractions share their word's span). */
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const irregularContractions: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "cannot": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['am', 'not'],
  "let's": ['let', 'us'],
  "i'm": ['i', 'am'],
};

const contractionEndings: Array<[string, string]> = [
  ["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'d", 'would'], ["'s", 's'],
];

/** Splits one written word into the words it stands for ("haven't" → have not; "Priya's" → priya 's). */
function expand(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const irregular = irregularContractions[lower];
  if (irregular) return irregular;
  for (const [ending, meaning] of contractionEndings) {
    if (lower.endsWith(ending) && lower.length > ending.length) {
      const head = lower.slice(0, -ending.length);
      if (meaning === 's') {
        // "it's" and "that's" mean "it is"; otherwise treat 's as a possessive and keep the owner.
        return head === 'it' || head === 'that' || head === 'there' || head === 'what' || head === 'he' || head === 'she'
          ? [head, 'is']
          : [head];
      }
      return [head, meaning];
    }
  }
  return [lower];
}

export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = base + (match.index ?? 0);
    const end = start + match[0].length;
    for (const norm of expand(match[0])) tokens.push({ norm, stem: stem(norm), start, end });
  }
  return tokens;
}

const folded = new Map<string, string>();

/** Lower case without diacritics, so "José" and "Jose" match the way a reader would match them. */
export function fold(text: string): string {
  // Called for every word of every checked sentence: the same few thousand words, so remember them.
  let result = folded.get(text);
  if (result === undefined) {
    result = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/’/g, "'");
    if (folded.size > 20_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/**
 * A text cut after each sentence mark and at each line break. No word spans white space, so figures about words
 * can be kept per piece by the whole-note rules, which run on every keystroke: only the piece being edited changes.
 */
let lastText: string | undefined;
let lastPieces: string[] = [];

function piecesOf(text: string): string[] {
  // Several rules ask about the same note in one review.
  if (text !== lastText) {
    lastPieces = text.split(/(?<=[.!?])\s+|\n/);
    lastText = text;
  }
  return lastPieces;
}

function remembered<T>(cache: Map<string, T>, piece: string, compute: (piece: string) => T): T {
  let value = cache.get(piece);
  if (value === undefined) {
    value = compute(piece);
    if (cache.size > 5_000) cache.clear();
    cache.set(piece, value);
  }
  return value;
}

const pieceStems = new Map<string, ReadonlySet<string>>();
const pieceWords = new Map<string, number>();

/** Which stems a text's words have (as `tokenize` finds them). */
export interface StemIndex {
  has(stem: string): boolean;
}

/** The stems of the words of `text`. */
export function stemsIn(text: string): StemIndex {
  const pieces: Array<ReadonlySet<string>> = [];
  for (const piece of piecesOf(text)) {
    const found = remembered(pieceStems, piece, (value) => new Set(tokenize(value).map((token) => token.stem)));
    if (found.size > 0) pieces.push(found);
  }
  return { has: (stem) => pieces.some((stems) => stems.has(stem)) };
}

const pieceNorms = new Map<string, readonly string[]>();

/** `tokenize(text).map((token) => token.norm)`, from the words kept per piece. */
export function normsIn(text: string): string[] {
  const norms: string[] = [];
  for (const piece of piecesOf(text)) norms.push(...remembered(pieceNorms, piece, (value) => tokenize(value).map((token) => token.norm)));
  return norms;
}

/** `wordCount(text)`, from counts kept per piece. */
export function wordCountKept(text: string): number {
  let count = 0;
  for (const piece of piecesOf(text)) count += remembered(pieceWords, piece, wordCount);
  return count;
}

const stopWords = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its me my ' +
    'of on or our so than that the their them then there these they this those to us was we were what when where ' +
    'which who why will with would you your about also any some such very more most much other just via per all ' +
    'not no yes we\'re it\'s discussed discuss talked talk mentioned mention conversation'
  ).split(' '),
);

/** Whether a word carries meaning worth matching on (not a function word, long enough to mean something). */
export function isMeaningBearing(norm: string): boolean {
  return norm.length >= 2 && !stopWords.has(norm);
}

/** Words as a reader counts them ("don't" is one word). */
export function wordCount(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(wordPattern)) count++;
  return count;
}

/** A copy of `text` in lower case without diacritics that keeps every offset ("José" → "jose", same length). */
export function foldKeepingOffsets(text: string): string {
  // Most notes are plain ASCII: fold those in one go and only decompose the rest character by character.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let folded = '';
  for (const char of text) {
    const plain = char.charCodeAt(0) < 128 ? char.toLowerCase() : char.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace('’', "'");
    folded += plain.length === char.length ? plain : char;
  }
  return folded;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const phrasePatterns = new Map<string, RegExp | null>();

/** The pattern for a phrase, compiled once: the same names are looked for on every keystroke. */
function phrasePattern(phrase: string): RegExp | null {
  let pattern = phrasePatterns.get(phrase);
  if (pattern === undefined) {
    const needle = fold(phrase).trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    pattern = needle ? new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'gu') : null;
    if (phrasePatterns.size > 1_000) phrasePatterns.clear();
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}

/** Every whole-word occurrence of `phrase` in `text`, ignoring case and diacritics (possessives count). */
export function findPhrase(text: string, phrase: string, foldedText = foldKeepingOffsets(text)): Array<{ start: number; end: number }> {
  const pattern = phrasePattern(phrase);
  if (!pattern) return [];
  return [...foldedText.matchAll(pattern)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** The first non-blank line, trimmed: where a note greets its reader and where whole-note flags are shown. */
export function firstLineSpan(text: string): { start: number; end: number } {
  const match = /\S[^\n]*/.exec(text);
  if (!match) return { start: 0, end: 0 };
  const start = match.index;
  return { start, end: start + match[0].trimEnd().length };
}
