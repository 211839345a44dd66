/** Keeps an editor to one line (the subject): pasted line breaks become spaces; Enter moves on instead. */
import { EditorState, Transaction, type ChangeSpec, type Extension } from '@codemirror/state';

export const singleLine: Extension = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || tr.newDoc.lines === 1) return tr;
  const changes: ChangeSpec[] = [];
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    changes.push({ from: fromA, to: toA, insert: inserted.toString().replace(/\s*[\r\n]+\s*/g, ' ') });
  });
  return { changes, userEvent: tr.annotation(Transaction.userEvent) ?? 'input' };
});
