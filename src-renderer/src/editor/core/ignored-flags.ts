/**
 * Flags the user chose to ignore in one note, remembered by rule and flagged text (so the same words flagged by the
 * same rule stay ignored after edits elsewhere and after a reload). Kept per note in the page's local storage.
 */
import type { Flag } from '../../../../src-shared/review/index.ts';

/** The part of `localStorage` used here. */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const keyOf = (flag: Pick<Flag, 'ruleId'>, text: string) => `${flag.ruleId}\u0000${text.trim().toLowerCase()}`;

export class IgnoredFlags {
  #ignored: Set<string>;
  #storageKey: string;
  #store: KeyValueStore;

  constructor(followUpId: number, store: KeyValueStore) {
    this.#store = store;
    this.#storageKey = `afterword.ignoredFlags.${followUpId}`;
    this.#ignored = new Set(this.#read());
  }

  has(flag: Pick<Flag, 'ruleId'>, text: string): boolean {
    return this.#ignored.has(keyOf(flag, text));
  }

  add(flag: Pick<Flag, 'ruleId'>, text: string): void {
    this.#ignored.add(keyOf(flag, text));
    try {
      this.#store.setItem(this.#storageKey, JSON.stringify([...this.#ignored]));
    } catch {
      // A full or unavailable store only means the choice lasts until the page reloads.
    }
  }

  #read(): string[] {
    try {
      const parsed: unknown = JSON.parse(this.#store.getItem(this.#storageKey) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }
}
