import { EditorState, type Extension } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { removedNotice, stripPastedControls } from '../../../src-renderer/src/editor/core/paste-controls.ts';
import { singleLine } from '../../../src-renderer/src/editor/core/single-line.ts';

function editor(doc: string, extra: Extension = []) {
  const reports: [number, string][] = [];
  const state = EditorState.create({ doc, selection: { anchor: doc.length }, extensions: [stripPastedControls((n, how) => reports.push([n, how])), extra] });
  return { state, reports };
}

const settle = () => new Promise((resolve) => queueMicrotask(() => resolve(null)));

describe('stripPastedControls', () => {
  it('should take NUL, C0 and C1 controls out of pasted text, keep tabs and line breaks, and say how many went', async () => {
    const { state, reports } = editor('Dear Ana,');
    const pasted = '\nThank\u0000 you\u0007 for\tthe\u001b talk\u0085.\r\nBest,\u007f\u009f\nJo';
    const after = state.update({ changes: { from: state.doc.length, insert: pasted }, userEvent: 'input.paste' }).state;
    expect(after.doc.toString()).toBe('Dear Ana,\nThank you for\tthe talk.\nBest,\nJo');
    await settle();
    expect(reports).toEqual([[6, 'paste']]);
    // The cursor ends after what was pasted.
    expect(after.selection.main.head).toBe(after.doc.length);
  });

  it('should clean dropped text too, and replace a selection as the paste meant to', async () => {
    const { state, reports } = editor('Hello world');
    const after = state.update({ changes: { from: 6, to: 11, insert: 'An\u0000a' }, selection: { anchor: 9 }, userEvent: 'input.drop' }).state;
    expect(after.doc.toString()).toBe('Hello Ana');
    await settle();
    expect(reports).toEqual([[1, 'drop']]);
  });

  it('should leave clean pastes, typing and other edits exactly as they are, without a report', async () => {
    const { state, reports } = editor('Hi');
    const pasted = state.update({ changes: { from: 2, insert: ' Ana,\n\tthanks — “quoted” 👍' }, userEvent: 'input.paste' }).state;
    expect(pasted.doc.toString()).toBe('Hi Ana,\n\tthanks — “quoted” 👍');
    // Not a paste: left to the schemas at the boundary, not rewritten under the user's fingers.
    const typed = state.update({ changes: { from: 2, insert: '\u0001' }, userEvent: 'input.type' }).state;
    expect(typed.doc.toString()).toBe('Hi\u0001');
    await settle();
    expect(reports).toEqual([]);
  });

  it('should work with the subject’s one-line rule', async () => {
    const { state } = editor('Thanks', singleLine);
    const after = state.update({ changes: { from: 6, insert: '\u0000 for\nTuesday\u0085' }, userEvent: 'input.paste' }).state;
    expect(after.doc.toString()).toBe('Thanks for Tuesday');
  });
});

describe('removedNotice', () => {
  it('should count in words a user reads', () => {
    expect(removedNotice(3, 'paste')).toBe('Removed 3 invisible control characters from the pasted text.');
    expect(removedNotice(1, 'drop')).toBe('Removed 1 invisible control character from the dropped text.');
    expect(removedNotice(1200, 'paste')).toBe('Removed 1,200 invisible control characters from the pasted text.');
  });
});
