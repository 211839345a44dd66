/**
 * Deletes that can be undone for a while. Before deleting, the journal is exported (the snapshot stays in memory
 * only); Undo merges it back, which brings the deleted records back with their own ids and relinks what pointed at
 * them, while keeping anything changed since. One offer at a time: a new delete replaces the previous offer.
 */
import type { Result } from '../../../src-shared/api/result.ts';
import { api } from './api.ts';
import { router } from './router.svelte.ts';

export const UNDO_SECONDS = 20;

class UndoOffer {
  message = $state('');
  /** Shown while the offer stands. */
  open = $state(false);
  busy = $state(false);
  #snapshot: string | null = null;
  #backTo = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  offer(message: string, snapshot: string, backTo: string): void {
    clearTimeout(this.#timer);
    this.message = message;
    this.#snapshot = snapshot;
    this.#backTo = backTo;
    this.open = true;
    this.#timer = setTimeout(() => this.dismiss(), UNDO_SECONDS * 1000);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.open = false;
    this.#snapshot = null;
  }

  get canUndo(): boolean {
    return this.open && this.#snapshot !== null;
  }

  async undo(): Promise<void> {
    if (!this.#snapshot || this.busy) return;
    clearTimeout(this.#timer);
    this.busy = true;
    const result = await api.journal.importJson({ text: this.#snapshot, mode: 'merge' });
    this.busy = false;
    this.#snapshot = null;
    this.message = result.ok ? 'Brought back as it was.' : `Could not undo: ${result.error.message}`;
    this.#timer = setTimeout(() => (this.open = false), 6000);
    if (result.ok) router.go(this.#backTo);
  }
}

export const undoOffer = new UndoOffer();

/**
 * Deletes with `remove` after taking a snapshot, then offers Undo; answers the refusal, if the delete was refused.
 * `backTo` is where Undo returns to (the record's own page).
 */
export async function deleteWithUndo(what: string, remove: () => Promise<Result<unknown>>, backTo: string): Promise<Result<unknown>> {
  const snapshot = await api.journal.exportJson({});
  if (!snapshot.ok) return snapshot;
  const result = await remove();
  if (result.ok) undoOffer.offer(`Deleted ${what}.`, snapshot.value.text, backTo);
  return result;
}
