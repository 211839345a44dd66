/**
 * Saves a draft at most a second after a change, even while typing continues, so that at most the last second
 * of typing is at risk if the app dies; `flush` saves at once (leaving the screen, closing the window). Saves
 * never overlap: a change made during a save is saved right after it.
 *
 * A failed save never drops the text: it stays the latest draft, the state says why it was not saved, and a
 * failure that may pass (a busy or locked journal, a full disk) is tried again after 1 s, 2 s, 4 s … up to 30 s,
 * and at once on the next edit or `retryNow` (the window got the focus back). A save refused because the note
 * changed elsewhere (`conflict`) stops saving until the user has chosen what to keep (`rebase`).
 */
import { isRetryable, type ApiError } from '../../../../src-shared/api/result.ts';

export interface Draft {
  subject: string;
  body: string;
}

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** `retrying`: another attempt is scheduled (or comes with the next edit). */
  | { kind: 'failed'; message: string; retrying: boolean }
  /** The journal refused the save as made from an older copy, or because the note is no longer a draft. */
  | { kind: 'conflict'; message: string };

export type SaveOutcome = { ok: true; at: string; revision: number } | { ok: false; error: ApiError };

export interface AutosaveOptions {
  save(draft: Draft, baseRevision: number): Promise<SaveOutcome>;
  onState(state: SaveState): void;
  /** Longest a change waits before it is saved. */
  delay?: number;
  /** First wait before trying a failed save again; it doubles each time up to `maxRetryDelay`. */
  retryDelay?: number;
  maxRetryDelay?: number;
}

export class Autosave {
  #options: AutosaveOptions;
  #delay: number;
  #latest: Draft;
  #saved: Draft;
  #revision: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #state: SaveState;
  #saving: Promise<void> | null = null;

  constructor(initial: Draft, revision: number, options: AutosaveOptions) {
    this.#options = options;
    this.#delay = options.delay ?? 1000;
    this.#latest = { ...initial };
    this.#saved = { ...initial };
    this.#revision = revision;
    this.#state = { kind: 'saved', at: null };
  }

  /** Text typed that the journal does not have. */
  get dirty(): boolean {
    return this.#latest.subject !== this.#saved.subject || this.#latest.body !== this.#saved.body;
  }

  /** Leaving now would lose something: text not saved, or a conflict not settled. */
  get atRisk(): boolean {
    return this.dirty || this.#state.kind === 'conflict';
  }

  get inConflict(): boolean {
    return this.#state.kind === 'conflict';
  }

  /** The revision the next save is based on. */
  get revision(): number {
    return this.#revision;
  }

  /** The latest draft, as typed. */
  get latest(): Draft {
    return { ...this.#latest };
  }

  #setState(state: SaveState): void {
    this.#state = state;
    this.#options.onState(state);
  }

  change(draft: Draft): void {
    this.#latest = { ...draft };
    if (!this.dirty || this.inConflict) return;
    // After a failure the reason stays in view until an attempt succeeds; the edit itself brings that attempt.
    if (this.#state.kind !== 'failed') this.#setState({ kind: 'unsaved' });
    // Not a debounce: the first unsaved change starts the clock, so steady typing is still saved every second.
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#delay);
  }

  /** Saves now whatever is unsaved; resolves when the journal has it (or refused it). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#saving) await this.#saving;
    if (!this.dirty || this.inConflict) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    const draft = { ...this.#latest };
    // Trying again after a failure: the reason stays in view until an attempt succeeds, instead of flickering.
    if (this.#state.kind !== 'failed') this.#setState({ kind: 'saving' });
    this.#saving = this.#options.save(draft, this.#revision).then((result) => {
      this.#saving = null;
      if (result.ok) this.#succeeded(draft, result);
      else this.#failed(result.error);
    });
    await this.#saving;
  }

  /** Tries a failed save again now, e.g. when the window gets the focus back. */
  retryNow(): void {
    if (this.#state.kind === 'failed' && this.dirty) void this.flush();
  }

  /**
   * After a conflict: the journal holds `stored` at `revision`. Whatever differs from it in the latest draft (the
   * text the user chose to keep) is saved on top of it; if they chose the stored text, nothing is.
   */
  rebase(stored: Draft, revision: number): void {
    this.#saved = { ...stored };
    this.#revision = revision;
    this.#failures = 0;
    this.#setState({ kind: 'saved', at: null });
    if (this.dirty) {
      this.#setState({ kind: 'unsaved' });
      void this.flush();
    }
  }

  /**
   * Runs another change to the same note (a new channel) between saves, so no save overlaps it, and continues from
   * the revision it answers (or the current one, if it answers null because it failed).
   */
  async hold(work: () => Promise<number | null>): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#saving) await this.#saving;
    this.#saving = work().then((revision) => {
      this.#saving = null;
      if (revision !== null) this.#revision = revision;
    });
    await this.#saving;
    if (this.dirty) this.change(this.#latest);
  }

  #succeeded(draft: Draft, result: { at: string; revision: number }): void {
    this.#saved = draft;
    this.#revision = result.revision;
    this.#failures = 0;
    if (this.dirty) {
      this.#setState({ kind: 'unsaved' });
      this.change(this.#latest);
    } else {
      this.#setState({ kind: 'saved', at: result.at });
    }
  }

  #failed(error: ApiError): void {
    if (error.code === 'conflict') {
      this.#setState({ kind: 'conflict', message: error.message });
      return;
    }
    const retrying = isRetryable(error);
    this.#setState({ kind: 'failed', message: error.message, retrying });
    if (!retrying) return;
    this.#failures += 1;
    const first = this.#options.retryDelay ?? 1000;
    const wait = Math.min(first * 2 ** (this.#failures - 1), this.#options.maxRetryDelay ?? 30_000);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.flush();
    }, wait);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#retryTimer);
    this.#timer = undefined;
    this.#retryTimer = undefined;
  }
}
