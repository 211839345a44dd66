/** Whole-note figures: words, sentences, a Flesch–Kincaid grade and SMS segments. */
import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { countSyllables } from './text/syllables.ts';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

export function countTree(tree: Root): TextCounts {
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0 };
  visit(tree, (node) => {
    if (node.type === 'SentenceNode') counts.sentences++;
    if (node.type === 'WordNode') {
      counts.words++;
      counts.syllables += countSyllables(toString(node));
    }
  });
  return counts;
}

export function gradeLevel(counts: TextCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  const grade = 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
