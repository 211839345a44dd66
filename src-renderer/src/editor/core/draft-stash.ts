/**
 * The last line of defence for typing the journal refused: while a save is failing (or waiting on a conflict) the
 * latest text is also kept in this browser's storage, so leaving the screen, a reload or a crash of the page does
 * not lose it. Opening the note again offers it back next to the saved text. A successful save removes it.
 */
import type { Draft } from './autosave.ts';

export interface StashedDraft extends Draft {
  /** The revision the text was written on. */
  baseRevision: number;
}

const key = (id: number) => `afterword.unsaved-note.${id}`;

/** The part of the Web Storage API this uses (so it runs, and is tested, outside a browser too). */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The page's `localStorage`, or null where it is not available (storage disabled, opaque origin). */
export function draftStore(): DraftStore | null {
  try {
    return (globalThis as { localStorage?: DraftStore }).localStorage ?? null;
  } catch {
    return null;
  }
}

export function stashDraft(store: DraftStore | null, id: number, draft: Draft, baseRevision: number): void {
  try {
    store?.setItem(key(id), JSON.stringify({ subject: draft.subject, body: draft.body, baseRevision }));
  } catch {
    // Storage full or refused: the text is still in the editor, and the status still says it is not saved.
  }
}

export function stashedDraft(store: DraftStore | null, id: number): StashedDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(store?.getItem(key(id)) ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { subject, body, baseRevision } = value as Record<string, unknown>;
  if (typeof subject !== 'string' || typeof body !== 'string' || typeof baseRevision !== 'number') return null;
  return { subject, body, baseRevision };
}

export function dropStashedDraft(store: DraftStore | null, id: number): void {
  try {
    store?.removeItem(key(id));
  } catch {
    // Nothing to do: a stash that stays is offered once more, and matches the saved text by then.
  }
}
