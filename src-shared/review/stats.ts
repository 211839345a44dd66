/** Whole-note figures: words, sentences, a Flesch–Kincaid grade and SMS segments. */
import type { Sentence } from 'nlcst';
import { ownWords } from './text/placeholder-words.ts';
import { countSyllables } from './text/syllables.ts';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Counts of one sentence node (its words are its direct children); placeholders are left out, and a sentence
 * that is only a placeholder is not counted. */
export function countSentence(sentence: Sentence): TextCounts {
  const words = ownWords(sentence);
  const counts: TextCounts = { words: words.length, sentences: words.length > 0 ? 1 : 0, syllables: 0 };
  for (const word of words) counts.syllables += countSyllables(word);
  return counts;
}

export function gradeLevel(counts: TextCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  const grade = 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
