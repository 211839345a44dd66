/**
 * Saves a draft at most a second after a change, even while typing continues, so that at most the last second
 * of typing is at risk if the app dies; `flush` saves at once (leaving the screen, closing the window). Saves
 * never overlap: a change made during a save is saved right after it.
 */

export interface Draft {
  subject: string;
  body: string;
}

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export interface AutosaveOptions {
  save(draft: Draft): Promise<{ ok: true; at: string } | { ok: false; message: string }>;
  onState(state: SaveState): void;
  /** Longest a change waits before it is saved. */
  delay?: number;
}

export class Autosave {
  #options: AutosaveOptions;
  #delay: number;
  #latest: Draft;
  #saved: Draft;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> | null = null;

  constructor(initial: Draft, options: AutosaveOptions) {
    this.#options = options;
    this.#delay = options.delay ?? 1000;
    this.#latest = { ...initial };
    this.#saved = { ...initial };
  }

  get dirty(): boolean {
    return this.#latest.subject !== this.#saved.subject || this.#latest.body !== this.#saved.body;
  }

  change(draft: Draft): void {
    this.#latest = { ...draft };
    if (!this.dirty) return;
    this.#options.onState({ kind: 'unsaved' });
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
    if (!this.dirty) return;
    const draft = { ...this.#latest };
    this.#options.onState({ kind: 'saving' });
    this.#saving = this.#options.save(draft).then((result) => {
      this.#saving = null;
      if (result.ok) {
        this.#saved = draft;
        this.#options.onState(this.dirty ? { kind: 'unsaved' } : { kind: 'saved', at: result.at });
        if (this.dirty) this.change(this.#latest);
      } else {
        this.#options.onState({ kind: 'failed', message: result.message });
      }
    });
    await this.#saving;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
