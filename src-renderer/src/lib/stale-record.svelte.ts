/**
 * Forms send the revision they loaded; the journal refuses a save made from an older copy with `conflict`. The
 * guard keeps that revision, tells such a refusal apart from other conflicts by reading the record again, and
 * holds the saved version until the user keeps theirs (saved over it) or loads it into the form.
 */
import type { ApiError, Result } from '../../../src-shared/api/result.ts';

export class RevisionGuard<T extends { id: number; revision: number }> {
  /** The revision the form's fields were loaded from; undefined for a new record. */
  base: number | undefined;
  /** The version saved elsewhere, while the form shows the choice. */
  saved = $state<T | null>(null);
  #id: number | undefined;
  #read: (id: number) => Promise<Result<T>>;

  constructor(loaded: T | null, read: (id: number) => Promise<Result<T>>) {
    this.#read = read;
    this.track(loaded);
  }

  /** The form (re)loaded its fields from `loaded`. */
  track(loaded: T | null): void {
    this.#id = loaded?.id;
    this.base = loaded?.revision;
  }

  /** After a refused save: true when it was refused for a change made elsewhere (then `saved` holds that version). */
  async stale(error: ApiError): Promise<boolean> {
    if (error.code !== 'conflict' || this.base === undefined || this.#id === undefined) return false;
    const current = await this.#read(this.#id);
    this.saved = current.ok && current.value.revision !== this.base ? current.value : null;
    return this.saved !== null;
  }

  /** The user chose: the form now builds on the saved version's revision. Answers that version. */
  adopt(): T | null {
    const saved = this.saved;
    if (saved) this.base = saved.revision;
    this.saved = null;
    return saved;
  }

  /** "Keep mine": the form's fields are saved again, over the version saved elsewhere. */
  keepMine(submit: () => Promise<void>): void {
    if (this.adopt()) void submit();
  }

  /** "Load the saved version": the fields show it, and the next save builds on it. */
  loadSaved(fill: (saved: T) => void): void {
    const saved = this.adopt();
    if (saved) fill(saved);
  }
}
