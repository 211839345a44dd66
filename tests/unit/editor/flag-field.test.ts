import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src-shared/review/index.ts';
import { dropFlags, flagField, flagsOf, openFlag, setFlags } from '../../../src-renderer/src/editor/core/flag-field.ts';

const flag = (start: number, end: number, ruleId = 'spelling'): Flag => ({
  ruleId,
  category: 'spelling',
  severity: 'error',
  start,
  end,
  line: 1,
  column: start + 1,
  message: 'looks misspelt',
  suggestions: [],
});

function stateWith(doc: string, flags: Flag[]) {
  const state = EditorState.create({ doc, extensions: flagField });
  return state.update({ effects: setFlags.of(flags.map((f) => ({ flag: f, from: f.start, to: f.end, wide: false }))) }).state;
}

describe('flagField', () => {
  it('should follow the text as the user types before a flag', () => {
    const state = stateWith('I recieved it', [flag(2, 10)]).update({ changes: { from: 0, insert: 'Oh, ' } }).state;
    expect(flagsOf(state).map((p) => state.doc.sliceString(p.from, p.to))).toEqual(['recieved']);
  });

  it('should open the card when the cursor is moved onto a flag, and not while typing', () => {
    let state = stateWith('I recieved it', [flag(2, 10)]);
    state = state.update({ selection: EditorSelection.cursor(4) }).state;
    expect(openFlag(state)?.flag.start).toBe(2);
    state = state.update({ changes: { from: 13, insert: '.' }, selection: EditorSelection.cursor(14) }).state;
    expect(openFlag(state)).toBeUndefined();
  });

  it('should drop the flags a quick fix made obsolete', () => {
    const state = stateWith('I recieved it, recieved', [flag(2, 10), flag(15, 23), flag(3, 5, 'other')]).update({
      effects: dropFlags.of((f, text) => f.ruleId === 'spelling' && text === 'recieved'),
    }).state;
    expect(flagsOf(state).map((p) => p.flag.ruleId)).toEqual(['other']);
  });
});
