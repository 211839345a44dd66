/**
 * Flags the user chose to ignore in one note, remembered by rule and flagged words (so the same words flagged by the
 * same rule stay ignored after edits elsewhere and after a reload). Kept in the journal with the note; the editor
 * hides them at once and saves in the background.
 */
import type { IgnoredFlag } from '../../../../src-shared/api/journal-types.ts';
import type { Flag } from '../../../../src-shared/review/index.ts';
import { isWholeNoteFlag } from './placed-flags.ts';

/** Why the journal did not keep a flag: `code` as the API answers it (`invalid-input`: it never will). */
export interface SaveError {
  code: string;
  message: string;
}

/** How the journal is told; answers null once it has the flag. */
export type SaveIgnoredFlag = (flag: IgnoredFlag) => Promise<SaveError | null>;

/** The part of `localStorage` that held ignored flags before the journal did. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  removeItem(key: string): void;
}

/**
 * The pair the journal keeps for a flag, with the words as the journal's schema stores them (NFC, trimmed, lower
 * case). A flag about the whole note has the whole note for words, which change with every edit: ignoring one
 * ignores its rule in this note.
 */
export function ignoredFlagOf(flag: Pick<Flag, 'ruleId' | 'category'>, text: string): IgnoredFlag {
  const words = isWholeNoteFlag(flag) ? '' : text.normalize('NFC').trim().toLowerCase();
  return { ruleId: flag.ruleId, text: words };
}

const keyOf = ({ ruleId, text }: IgnoredFlag) => `${ruleId}\u0000${text}`;

export class IgnoredFlags {
  #ignored: Set<string>;
  #save: SaveIgnoredFlag;

  constructor(stored: readonly IgnoredFlag[], save: SaveIgnoredFlag) {
    this.#ignored = new Set(stored.map(keyOf));
    this.#save = save;
  }

  has(flag: Pick<Flag, 'ruleId' | 'category'>, text: string): boolean {
    return this.#ignored.has(keyOf(ignoredFlagOf(flag, text)));
  }

  /** Hides the flag now; answers once the journal has it (null) or with why it could not be kept. */
  add(flag: Pick<Flag, 'ruleId' | 'category'>, text: string): Promise<SaveError | null> {
    return this.#add(ignoredFlagOf(flag, text));
  }

  #add(flag: IgnoredFlag): Promise<SaveError | null> {
    this.#ignored.add(keyOf(flag));
    return this.#save(flag);
  }

  /**
   * Moves the flags an earlier version kept in the page's storage for this note (`ruleId`, NUL, words) into the
   * journal, then forgets them there. If the journal could not be reached they stay, to be tried at the next
   * opening; an entry the journal refuses (words past its limit) would be refused again, and is let go.
   */
  async adoptStored(followUpId: number, store: KeyValueStore): Promise<void> {
    const key = `afterword.ignoredFlags.${followUpId}`;
    let entries: unknown;
    try {
      entries = JSON.parse(store.getItem(key) ?? 'null');
    } catch {
      entries = [];
    }
    if (entries === null) return;
    const flags = (Array.isArray(entries) ? entries : [])
      .filter((entry): entry is string => typeof entry === 'string' && entry.includes('\u0000'))
      .map((entry) => {
        const [ruleId = '', text = ''] = entry.split('\u0000');
        return { ruleId, text: text.normalize('NFC').trim().toLowerCase() };
      });
    const answers = await Promise.all(flags.filter((flag) => !this.#ignored.has(keyOf(flag))).map((flag) => this.#add(flag)));
    if (answers.every((error) => error === null || error.code === 'invalid-input')) {
      try {
        store.removeItem(key);
      } catch {
        // An unavailable store: the entries are in the journal, and adopting them again changes nothing.
      }
    }
  }
}
