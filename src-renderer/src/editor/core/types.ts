/** Shapes the editor's components pass to each other. */
import type { Flag } from '../../../../src-shared/review/index.ts';

export interface PanelFlag {
  flag: Flag;
  field: 'subject' | 'body';
  /** The flagged words, as they read when the review ran. */
  text: string;
  /** About the note as a whole (its length, a near-copy) or a part it lacks: listed as "Whole note". */
  wholeNote: boolean;
}

export interface Sibling {
  name: string;
  /** The note's address, or null when it has not been started yet. */
  href: string | null;
  current: boolean;
  start?: () => void;
}
