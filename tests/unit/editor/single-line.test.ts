import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { singleLine } from '../../../src-renderer/src/editor/core/single-line.ts';

describe('singleLine', () => {
  it('should turn pasted line breaks into spaces, keeping the subject on one line', () => {
    const state = EditorState.create({ doc: 'Thank you', extensions: singleLine });
    const after = state.update({ changes: { from: 9, insert: ' for\n  the\r\ninterview' } }).state;
    expect(after.doc.toString()).toBe('Thank you for the interview');
    expect(after.doc.lines).toBe(1);
  });
});
