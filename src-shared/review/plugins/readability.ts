/**
 * Readability: sentences too hard for the context's reading grade, judged as retext-readability judges them (seven
 * formulas; see `text/hard-sentence.ts`). Without a reading grade in the context the check is off. Placeholders
 * are not the writer's words and are not scored.
 */
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../report.ts';
import { isHardSentence, minWords } from '../text/hard-sentence.ts';
import { ownWords } from '../text/placeholder-words.ts';

export interface ReadabilityOptions {
  /** Target US school grade; `undefined` switches the check off. */
  grade?: number | undefined;
}

/** retext-readability's formulas compare reading ages, which are grades plus five (grade 1 is read at 6). */
const ageOfGrade = (grade: number) => grade + 5;

const isParent = (node: Node): node is Parent => 'children' in node && Array.isArray(node.children);

/** Every sentence of the tree, in document order. */
function sentencesOf(node: Node, found: Sentence[] = []): Sentence[] {
  if (node.type === 'SentenceNode') found.push(node as Sentence);
  else if (isParent(node)) for (const child of node.children) sentencesOf(child, found);
  return found;
}

export default function retextAfterwordReadability(options: ReadabilityOptions = {}) {
  const { grade } = options;
  return function (tree: Root, file: VFile): undefined {
    if (grade === undefined) return;
    for (const sentence of sentencesOf(tree)) {
      const words = ownWords(sentence);
      if (words.length < minWords || !isHardSentence(words, ageOfGrade(grade))) continue;
      const start = sentence.position?.start.offset ?? 0;
      report(
        file,
        `This sentence reads above grade ${grade}, the reading grade you aim for. A follow-up note is skimmed: split it or use shorter words.`,
        { start, end: sentence.position?.end.offset ?? start, ruleId: 'readability-hard-sentence', category: 'readability', severity: 'info', actual: toString(sentence) },
      );
    }
  };
}
