import { history, undo } from '@codemirror/commands';
import { EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { wordUndoSteps } from '../../../src-renderer/src/editor/core/word-undo.ts';

/** Types `text` one key at a time, as fast as a transaction can follow another, and answers the state. */
function typeFast(text: string, doc = ''): EditorState {
  let state = EditorState.create({ doc, selection: { anchor: doc.length }, extensions: [history(), wordUndoSteps] });
  for (const key of text) {
    const at = state.selection.main.head;
    state = state.update({ changes: { from: at, insert: key }, selection: { anchor: at + key.length }, userEvent: 'input.type' }).state;
  }
  return state;
}

/** The text after each of `count` presses of Ctrl+Z. */
function afterEachUndo(state: EditorState, count: number): string[] {
  const texts: string[] = [];
  for (let step = 0; step < count; step++) {
    undo({ state, dispatch: (tr: Transaction) => (state = tr.state) });
    texts.push(state.doc.toString());
  }
  return texts;
}

describe('wordUndoSteps', () => {
  it('should undo fast typing one word at a time', () => {
    expect(afterEachUndo(typeFast('one two three'), 3)).toEqual(['one two ', 'one ', '']);
  });

  it('should end a step at punctuation and at a line break, but not inside a contraction', () => {
    expect(afterEachUndo(typeFast("Thanks,Ana.\nI didn't", 'Hi '), 4)).toEqual(['Hi Thanks,Ana.\nI ', 'Hi Thanks,Ana.\n', 'Hi Thanks,', 'Hi ']);
  });

  it('should leave changes that are not typing (a pasted paragraph, a quick fix) as one step each', () => {
    let state = EditorState.create({ doc: 'Dear Ana,', extensions: [history(), wordUndoSteps] });
    state = state.update({ changes: { from: 9, insert: ' thank you for the talk' }, userEvent: 'input.paste' }).state;
    expect(afterEachUndo(state, 1)).toEqual(['Dear Ana,']);
  });
});
