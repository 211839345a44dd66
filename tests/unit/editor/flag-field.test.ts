import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src-shared/review/index.ts';
import { drawnFlags, dropFlags, flagDecorations, flagField, flagsOf, openFlag, openFlagCard, setFlags } from '../../../src-renderer/src/editor/core/flag-field.ts';

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

  it('should open the card of the flag picked at the cursor, also one about the whole note that starts there', () => {
    const word = flag(0, 8);
    const wholeNote: Flag = { ...flag(0, 13, 'length-long'), category: 'length' };
    let state = EditorState.create({ doc: 'Recieved it.', extensions: flagField });
    state = state.update({
      effects: setFlags.of([
        { flag: wholeNote, from: 0, to: 12, wide: true },
        { flag: word, from: 0, to: 8, wide: false },
      ]),
    }).state;
    state = state.update({ selection: EditorSelection.cursor(0), effects: openFlagCard.of(wholeNote) }).state;
    expect(openFlag(state)?.flag).toBe(wholeNote);
    // Moving the cursor by hand shows the flag under it again: the narrowest.
    state = state.update({ selection: EditorSelection.cursor(0) }).state;
    expect(openFlag(state)?.flag).toBe(word);
  });

  it('should drop the flags a quick fix made obsolete', () => {
    const state = stateWith('I recieved it, recieved', [flag(2, 10), flag(15, 23), flag(3, 5, 'other')]).update({
      effects: dropFlags.of((f, text) => f.ruleId === 'spelling' && text === 'recieved'),
    }).state;
    expect(flagsOf(state).map((p) => p.flag.ruleId)).toEqual(['other']);
  });
});

describe('flagDecorations', () => {
  /** The underlined words and the lines marked by a bar, as the editor draws them. */
  function drawn(state: EditorState): string[] {
    return drawnFlags(state).map(({ from, to, bar }) => (bar ? `bar@${state.doc.lineAt(from).number}` : state.doc.sliceString(from, to)));
  }
  const withDecorations = (doc: string, flags: Flag[]) => {
    const state = EditorState.create({ doc, extensions: [flagField, flagDecorations] });
    return state.update({ effects: setFlags.of(flags.map((f) => ({ flag: f, from: f.start, to: f.end, wide: f.category === 'length' }))) }).state;
  };

  it('should carry the underlines through typing before, between and after them', () => {
    let state = withDecorations('I recieved it and teh rest', [flag(2, 10), flag(18, 21)]);
    expect(drawn(state)).toEqual(['recieved', 'teh']);
    state = state.update({ changes: { from: 0, insert: 'Oh, ' } }).state;
    state = state.update({ changes: { from: 18, insert: 'all ' } }).state;
    state = state.update({ changes: { from: state.doc.length, insert: '.' } }).state;
    expect(state.doc.toString()).toBe('Oh, I recieved it all and teh rest.');
    expect(drawn(state)).toEqual(['recieved', 'teh']);
  });

  it('should remove the underline of a word being edited at once, and leave the others', () => {
    let state = withDecorations('I recieved it and teh rest', [flag(2, 10), flag(18, 21)]);
    state = state.update({ changes: { from: 5, to: 7, insert: 'ei' } }).state;
    expect(drawn(state)).toEqual(['teh']);
    expect(flagsOf(state).map((p) => state.doc.sliceString(p.from, p.to))).toEqual(['teh']);
  });

  it('should draw what the flags say after any series of edits, as a fresh drawing would', () => {
    const wholeNote: Flag = { ...flag(0, 40, 'length-long'), category: 'length' };
    let state = withDecorations('First line here\nI recieved it and teh rest of it', [wholeNote, flag(18, 26), flag(34, 37)]);
    const edits = [
      { from: 0, insert: 'A ' },
      { from: 20, to: 21 },
      { from: 30, insert: 'x' },
      { from: 5, to: 12 },
      { from: 0, insert: '\n' },
    ];
    for (const change of edits) {
      state = state.update({ changes: change }).state;
      const fresh = EditorState.create({ doc: state.doc, extensions: [flagField, flagDecorations] });
      const redrawn = fresh.update({ effects: setFlags.of(flagsOf(state)) }).state;
      expect(drawn(state)).toEqual(drawn(redrawn));
    }
  });
});
