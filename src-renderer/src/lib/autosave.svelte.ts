/**
 * Saves a draft about a second after typing stops, and at once when asked (leaving the screen, changing status).
 * Only the latest text is ever sent; a refused save keeps the text on screen and says why.
 */
import type { ApiError } from '../../../src-shared/api/result.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export class Autosave<T> {
  state = $state<SaveState>('saved');
  error = $state<ApiError | null>(null);
  savedAt = $state<string | null>(null);

  #timer: ReturnType<typeof setTimeout> | undefined;
  #latest: T | undefined;
  #running: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (value: T) => Promise<{ ok: true; value: { updatedAt: string } } | { ok: false; error: ApiError }>,
    private readonly delayMs = 1_000,
  ) {}

  /** The user changed something: remember it and save after a pause. */
  changed(value: T): void {
    this.#latest = value;
    this.state = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now if anything is waiting; resolves once the journal has it (or refused it). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#running = this.#running.then(async () => {
      const value = this.#latest;
      if (value === undefined) return;
      this.#latest = undefined;
      this.state = 'saving';
      const result = await this.write(value);
      if (this.#latest !== undefined) return; // typed again meanwhile: the next save carries it
      if (result.ok) {
        this.state = 'saved';
        this.error = null;
        this.savedAt = result.value.updatedAt;
      } else {
        this.state = 'failed';
        this.error = result.error;
        this.#latest = value; // kept, so the next flush tries again
      }
    });
    return this.#running;
  }

  get dirty(): boolean {
    return this.#latest !== undefined;
  }
}
