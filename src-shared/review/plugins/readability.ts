/**
 * Readability: sentences too hard for the context's reading age, judged by retext-readability's seven formulas.
 * Without a reading age in the context the check is off.
 */
import { daleChall } from 'dale-chall';
import type { Root } from 'nlcst';
import type { Node } from 'unist';
import retextReadability from 'retext-readability';
import { spache } from 'spache';
import { VFile } from 'vfile';
import { messageSpan, report } from '../report.ts';

// retext-readability looks every word up with Array#includes in these two lists of familiar words (about 3,900
// entries); the editor re-checks a sentence on every keystroke, so answer the same question from a Set instead.
// The lists are the very arrays retext-readability imports; the answers are unchanged.
for (const list of [daleChall, spache]) {
  const words = new Set<string>(list);
  Object.defineProperty(list, 'includes', { value: (word: string) => words.has(word), configurable: true });
}

export interface ReadabilityOptions {
  /** Target reading age in years; `undefined` switches the check off. */
  age?: number | undefined;
}

// retext-readability scores only sentences of at least five words (its default `minWords`).
const minWords = 5;

/** Whether the tree holds at least `wanted` words, counted no further than that. */
function hasWords(node: Node, wanted: number): boolean {
  let count = 0;
  const walk = (current: Node): boolean => {
    if (current.type === 'WordNode') return ++count >= wanted;
    return 'children' in current && Array.isArray(current.children) && (current.children as Node[]).some(walk);
  };
  return walk(node);
}

export default function retextAfterwordReadability(options: ReadabilityOptions = {}) {
  const check = options.age === undefined ? undefined : retextReadability({ age: options.age, minWords });
  return function (tree: Root, file: VFile): undefined {
    // A sentence being typed is short for its first few words: nothing to score, so skip the per-word work.
    if (!check || !hasWords(tree, minWords)) return;
    const scratch = new VFile(String(file));
    check(tree, scratch);
    for (const message of scratch.messages) {
      const { start, end } = messageSpan(message);
      report(
        file,
        `This sentence is hard to read for a reading age of ${options.age}. A follow-up note is skimmed: split it or use shorter words.`,
        { start, end, ruleId: 'readability-hard-sentence', category: 'readability', severity: 'info', actual: message.actual ?? undefined },
      );
    }
  };
}
