/**
 * What is still unfinished in a note about to leave: the placeholders a first draft left (`[[Your name]]`) and the
 * review's error-level flags ("fix before sending"), minus those the user chose to ignore in this note. The send gate
 * names these before a copy or an export, and lets the user send anyway.
 */
import type { IgnoredFlag } from '../../../src-shared/api/journal-types.ts';
import type { Flag } from '../../../src-shared/review/index.ts';
import { placeholderPattern } from '../../../src-shared/review/plugins/placeholder.ts';
import { ignoredFlagOf } from '../editor/core/ignored-flags.ts';

export interface LeftToFix {
  /** Each placeholder once, as written, e.g. `[[Your name]]`. */
  placeholders: string[];
  /** What the review says must be fixed, once each, with the words it is about. */
  problems: string[];
}

/** Each placeholder once, by the review's own rule for what a placeholder is. */
export function placeholdersIn(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.match(placeholderPattern) ?? []))];
}

/** One field's review, with the text it was made on: a flag's words are read from it. */
export interface ReviewedField {
  text: string;
  flags: readonly Flag[];
}

export function leftToFix(fields: ReviewedField[], ignored: readonly IgnoredFlag[]): LeftToFix {
  const ignoredKeys = new Set(ignored.map((flag) => `${flag.ruleId}\u0000${flag.text}`));
  const problems: string[] = [];
  for (const { text, flags } of fields) {
    for (const flag of flags) {
      // Placeholders are named one by one; the rule's own message would only repeat them.
      if (flag.severity !== 'error' || flag.ruleId === 'placeholder') continue;
      const words = text.slice(flag.start, flag.end);
      const key = ignoredFlagOf(flag, words);
      if (ignoredKeys.has(`${key.ruleId}\u0000${key.text}`)) continue;
      const quoted = words.trim();
      const about = quoted && quoted.length <= 60 && !flag.message.includes(quoted) ? `“${quoted}”: ` : '';
      problems.push(`${about}${flag.message}`);
    }
  }
  return { placeholders: placeholdersIn(...fields.map((field) => field.text)), problems: [...new Set(problems)] };
}

export const isFinished = (left: LeftToFix) => left.placeholders.length === 0 && left.problems.length === 0;
