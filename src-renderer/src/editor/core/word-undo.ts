/**
 * Undo in word-sized steps. CodeMirror's history joins typing into one step until a pause of half a second, so after
 * a fast sentence Ctrl+Z took the whole sentence. Typing the first letter of a word after a space, a line break or
 * punctuation now starts a new step: Ctrl+Z after "one two three" leaves "one two ". A pause still ends a step.
 */
import { isolateHistory } from '@codemirror/commands';
import { EditorState, type Extension } from '@codemirror/state';

const wordCharacter = /[\p{L}\p{N}]/u;

export const wordUndoSteps: Extension = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged || !tr.isUserEvent('input.type')) return null;
  let startsWord = false;
  tr.changes.iterChanges((fromA, _toA, _fromB, _toB, inserted) => {
    if (startsWord || inserted.length === 0) return;
    const before = fromA > 0 ? tr.startState.doc.sliceString(fromA - 1, fromA) : '';
    const first = inserted.sliceString(0, 1);
    startsWord = wordCharacter.test(first) && before !== '' && !wordCharacter.test(before) && before !== "'" && before !== '’';
  });
  return startsWord ? { annotations: isolateHistory.of('before') } : null;
});
