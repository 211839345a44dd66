/**
 * The note's autosave wired to the journal and the window: saves go to `followups.saveDraft` based on the revision
 * last saved; a failed save is tried again when the window gets the focus back; leaving the page saves what it
 * can and, while text is unsaved or a conflict is open, asks the browser (or the desktop shell) to warn.
 */
import type { FollowUp, FollowUpDetail } from '../../../src-shared/api/journal-types.ts';
import type { ApiError } from '../../../src-shared/api/result.ts';
import { api } from '../lib/api.ts';
import { Autosave, type Draft, type SaveState } from './core/autosave.ts';
import { draftStore, dropStashedDraft, stashDraft, stashedDraft, type DraftStore } from './core/draft-stash.ts';

/**
 * While saves fail or wait on a conflict, the latest text is also stashed in the page's storage (see
 * draft-stash.ts); a save that goes through removes it.
 */
export function draftAutosave(followUp: FollowUp, onState: (state: SaveState) => void, store: DraftStore | null = draftStore()): Autosave {
  const autosave: Autosave = new Autosave({ subject: followUp.subject, body: followUp.body }, followUp.revision, {
    async save(draft, baseRevision) {
      const result = await api.followups.saveDraft({ id: followUp.id, ...draft, baseRevision });
      return result.ok ? { ok: true, at: result.value.updatedAt, revision: result.value.revision } : { ok: false, error: result.error };
    },
    onState(state) {
      if (state.kind === 'failed' || state.kind === 'conflict') stashDraft(store, followUp.id, autosave.latest, autosave.revision);
      else if (state.kind === 'saved' && !autosave.dirty) dropStashedDraft(store, followUp.id);
      onState(state);
    },
  });
  return autosave;
}

/** Leaving the note (another screen, closing the page) while its text is at risk: stash it as it stands now. */
export function stashIfAtRisk(autosave: Autosave, id: number, store: DraftStore | null = draftStore()): void {
  if (autosave.dirty) stashDraft(store, id, autosave.latest, autosave.revision);
}

/** Text left unsaved last time this note was open, if it differs from what the journal holds. */
export function leftUnsaved(followUp: FollowUp, store: DraftStore | null = draftStore()): Draft | null {
  const left = stashedDraft(store, followUp.id);
  if (!left) return null;
  if (followUp.status !== 'draft' || (left.subject === followUp.subject && left.body === followUp.body)) {
    dropStashedDraft(store, followUp.id);
    return null;
  }
  return { subject: left.subject, body: left.body };
}

/** Listens to the window for as long as the note is open; answers the function that stops listening. */
export function watchWindow(autosave: Autosave, id: number): () => void {
  // Closing the window or reloading: save what the last second of typing added, and stash it in case that fails.
  const leave = () => {
    stashIfAtRisk(autosave, id);
    void autosave.flush();
  };
  const warn = (event: BeforeUnloadEvent) => {
    stashIfAtRisk(autosave, id);
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
