/** How each category of flag is named and explained in the editor. */
import type { FlagCategory, Severity } from '../../../../src-shared/review/index.ts';

export const categoryOrder: readonly FlagCategory[] = ['spelling', 'grammar', 'reference', 'needy', 'duplicate', 'readability', 'length'];

export const categoryLabels: Record<FlagCategory, string> = {
  spelling: 'Spelling',
  grammar: 'Grammar',
  reference: 'Names and references',
  needy: 'Needy or pushy wording',
  duplicate: 'Too close to another note',
  readability: 'Hard to read',
  length: 'Length',
};

export const severityLabels: Record<Severity, string> = {
  error: 'Fix before sending',
  warning: 'Worth a look',
  info: 'Suggestion',
  hint: 'Hint',
};

/** The category's colour, defined once per theme in editor.css, as the value of a flag's `--flag-colour`. */
export const flagColour = (category: FlagCategory): string => `var(--flag-${category})`;
