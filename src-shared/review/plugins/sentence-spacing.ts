/**
 * Two or more spaces between sentences ("today.  I"): the one grammar check that looks between sentences, so it
 * runs on the whole note (a regular expression over the text, cheap) rather than in the per-sentence pipeline.
 * Double spaces inside a sentence are the grammar plugin's.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

const between = /(?<=[.!?]["”’)]?)[ \u00a0]{2,}(?=\S)/g;

export default function retextAfterwordSentenceSpacing() {
  return function (_tree: Root, file: VFile): undefined {
    for (const match of String(file).matchAll(between)) {
      const start = match.index ?? 0;
      report(file, 'Two spaces between sentences where one will do.', {
        start,
        end: start + match[0].length,
        ruleId: 'grammar-double-space',
        category: 'grammar',
        severity: 'hint',
        suggestions: [' '],
        actual: match[0],
      });
    }
  };
}
