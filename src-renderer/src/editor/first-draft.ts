/** Puts a first draft built from the interview into the note, as one undoable change per field. */
import type { EditorView } from '@codemirror/view';

export function insertFirstDraft(body: EditorView | null, subject: EditorView | null, draft: { body: string; subject?: string | null }): void {
  if (body) {
    // One undoable change: Ctrl+Z brings the old text back.
    body.dispatch({ changes: { from: 0, to: body.state.doc.length, insert: draft.body }, userEvent: 'input.draft' });
    body.focus();
  }
  // A subject the user already wrote is theirs: only an empty one is filled.
  if (subject && draft.subject && subject.state.doc.toString().trim() === '') {
    subject.dispatch({ changes: { from: 0, to: subject.state.doc.length, insert: draft.subject }, userEvent: 'input.draft' });
  }
}
