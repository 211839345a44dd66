/**
 * The note's autosave wired to the journal and the window: saves go to `followups.saveDraft` based on the revision
 * last saved; a failed save is tried again when the window gets the focus back; leaving the page saves what it
 * can and, while text is unsaved or a conflict is open, asks the browser (or the desktop shell) to warn.
 */
import type { FollowUp, FollowUpDetail } from '../../../src-shared/api/journal-types.ts';
import type { ApiError } from '../../../src-shared/api/result.ts';
import { api } from '../lib/api.ts';
import { Autosave, type SaveState } from './core/autosave.ts';

export function draftAutosave(followUp: FollowUp, onState: (state: SaveState) => void): Autosave {
  return new Autosave({ subject: followUp.subject, body: followUp.body }, followUp.revision, {
    async save(draft, baseRevision) {
      const result = await api.followups.saveDraft({ id: followUp.id, ...draft, baseRevision });
      return result.ok ? { ok: true, at: result.value.updatedAt, revision: result.value.revision } : { ok: false, error: result.error };
    },
    onState,
  });
}

/** Listens to the window for as long as the note is open; answers the function that stops listening. */
export function watchWindow(autosave: Autosave): () => void {
  // Closing the window or reloading: save what the last second of typing added.
  const leave = () => void autosave.flush();
  const warn = (event: BeforeUnloadEvent) => {
    void autosave.flush();
    if (!autosave.atRisk) return;
    // Both spellings: the standard one, and `returnValue` for browsers (and Electron) that still look at it.
    event.preventDefault();
    event.returnValue = '';
  };
  const retry = () => autosave.retryNow();
  window.addEventListener('pagehide', leave);
  window.addEventListener('beforeunload', warn);
  window.addEventListener('focus', retry);
  return () => {
    window.removeEventListener('pagehide', leave);
    window.removeEventListener('beforeunload', warn);
    window.removeEventListener('focus', retry);
  };
}

/** What a refused save (`conflict`) was about: the note changed elsewhere, or it is no longer a draft. */
export type ConflictCause = { kind: 'changed'; theirs: FollowUpDetail['followUp'] } | { kind: 'final'; message: string } | { kind: 'unknown'; error: ApiError };

export async function conflictCause(id: number, message: string): Promise<ConflictCause> {
  const current = await api.followups.get({ id });
  if (!current.ok) return { kind: 'unknown', error: current.error };
  const theirs = current.value.followUp;
  return theirs.status === 'draft' ? { kind: 'changed', theirs } : { kind: 'final', message };
}
