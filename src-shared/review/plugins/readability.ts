/**
 * Readability: sentences too hard for the context's reading age, judged as retext-readability judges them (seven
 * formulas; see `text/hard-sentence.ts`). Without a reading age in the context the check is off.
 */
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../report.ts';
import { isHardSentence, minWords } from '../text/hard-sentence.ts';

export interface ReadabilityOptions {
  /** Target reading age in years; `undefined` switches the check off. */
  age?: number | undefined;
}

const isParent = (node: Node): node is Parent => 'children' in node && Array.isArray(node.children);

/** Every sentence of the tree, in document order. */
function sentencesOf(node: Node, found: Sentence[] = []): Sentence[] {
  if (node.type === 'SentenceNode') found.push(node as Sentence);
  else if (isParent(node)) for (const child of node.children) sentencesOf(child, found);
  return found;
}

/** The words of a sentence as written. */
function wordsOf(node: Node, found: string[] = []): string[] {
  if (node.type === 'WordNode') found.push(toString(node as Sentence['children'][number]));
  else if (isParent(node)) for (const child of node.children) wordsOf(child, found);
  return found;
}

export default function retextAfterwordReadability(options: ReadabilityOptions = {}) {
  const { age } = options;
  return function (tree: Root, file: VFile): undefined {
    if (age === undefined) return;
    for (const sentence of sentencesOf(tree)) {
      const words = wordsOf(sentence);
      if (words.length < minWords || !isHardSentence(words, age)) continue;
      const start = sentence.position?.start.offset ?? 0;
      report(
        file,
        `This sentence is hard to read for a reading age of ${age}. A follow-up note is skimmed: split it or use shorter words.`,
        { start, end: sentence.position?.end.offset ?? start, ruleId: 'readability-hard-sentence', category: 'readability', severity: 'info', actual: toString(sentence) },
      );
    }
  };
}
