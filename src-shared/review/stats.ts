/** Whole-note figures: words, sentences, a Flesch–Kincaid grade and SMS segments. */
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { countSyllables } from './text/syllables.ts';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Counts of one sentence node (its words are its direct children). */
export function countSentence(sentence: Sentence): TextCounts {
  const counts: TextCounts = { words: 0, sentences: 1, syllables: 0 };
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    counts.words++;
    counts.syllables += countSyllables(toString(child));
  }
  return counts;
}

export function gradeLevel(counts: TextCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  const grade = 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
