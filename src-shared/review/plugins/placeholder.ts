/** Placeholders such as `[[Say what you discussed about …]]` left in a generated first draft. */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report } from '../report.ts';

export const placeholderPattern = /\[\[([^\]]*)\]\]/g;

export default function retextAfterwordPlaceholder() {
  return function (_tree: Root, file: VFile): undefined {
    for (const match of String(file).matchAll(placeholderPattern)) {
      const start = match.index ?? 0;
      const hint = (match[1] ?? '').trim();
      report(file, `Replace this placeholder${hint ? ` (“${hint}”)` : ''} with your own words before sending.`, {
        start,
        end: start + match[0].length,
        ruleId: 'placeholder',
        category: 'reference',
        severity: 'error',
        actual: match[0],
      });
    }
  };
}
