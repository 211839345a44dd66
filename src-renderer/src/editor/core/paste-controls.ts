/**
 * Pasted or dropped text can carry invisible control characters (a NUL from a PDF, a form feed from a terminal,
 * C1 codes from a mis-decoded page). They mean nothing in a note, and some cut a mail draft short where they
 * stand, so they are taken out as the text comes in, and the user is told how many went.
 */
import { EditorState, Transaction, type ChangeSpec, type Extension } from '@codemirror/state';
import { countControlCharacters, stripControlCharacters } from '../../../../src-shared/api/clean-text.ts';

/** "Removed 3 invisible control characters from the pasted text". */
export function removedNotice(removed: number, how: 'paste' | 'drop'): string {
  const what = removed === 1 ? 'invisible control character' : 'invisible control characters';
  return `Removed ${removed.toLocaleString('en-US')} ${what} from the ${how === 'paste' ? 'pasted' : 'dropped'} text.`;
}

/** Strips control characters from pastes and drops; `onRemoved` hears how many, after the edit is made. */
export function stripPastedControls(onRemoved: (removed: number, how: 'paste' | 'drop') => void): Extension {
  return EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged) return tr;
    const how = tr.isUserEvent('input.paste') ? 'paste' : tr.isUserEvent('input.drop') ? 'drop' : null;
    if (!how) return tr;
    let removed = 0;
    const specs: ChangeSpec[] = [];
    tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
      // The same rule as at the journal's boundary, so what is pasted is what will be saved.
      const text = inserted.toString();
      removed += countControlCharacters(text);
      specs.push({ from: fromA, to: toA, insert: stripControlCharacters(text) });
    });
    if (removed === 0) return tr;
    const changes = tr.startState.changes(specs);
    // Reported once the editor has taken the edit: a listener may update the page, which must not happen mid-update.
    queueMicrotask(() => onRemoved(removed, how));
    return {
      changes,
      // The cursor ends after the pasted text, as after any paste.
      selection: tr.startState.selection.map(changes, 1),
      userEvent: tr.annotation(Transaction.userEvent) ?? `input.${how}`,
      scrollIntoView: true,
    };
  });
}
