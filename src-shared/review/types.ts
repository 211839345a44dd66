/** What the review engine reports. Offsets are UTF-16 code units into the reviewed text, as editors expect. */

export type FlagCategory = 'spelling' | 'grammar' | 'readability' | 'needy' | 'reference' | 'duplicate' | 'length';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Flag {
  ruleId: string;
  category: FlagCategory;
  severity: Severity;
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
  message: string;
  /** Replacements for `text.slice(start, end)`; may be empty (spelling suggestions are filled lazily). */
  suggestions: string[];
  /** The flagged text as written, when the rule is about a word or phrase. */
  actual?: string;
}

export interface ReviewStats {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade level of the whole note (0 for an empty note). */
  grade: number;
  /** SMS segments the note would take as a text message. */
  smsSegments: number;
}

export interface ReviewResult {
  flags: Flag[];
  stats: ReviewStats;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
