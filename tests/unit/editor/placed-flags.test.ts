import { ChangeSet } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src-shared/review/index.ts';
import { flagAt, neighbourFlag, placeFlags, type PlacedFlag } from '../../../src-renderer/src/editor/core/placed-flags.ts';

function flag(start: number, end: number, ruleId = 'spelling'): Flag {
  return { ruleId, category: 'spelling', severity: 'error', start, end, line: 1, column: start + 1, message: 'm', suggestions: [] };
}
const spans = (placed: PlacedFlag[]) => placed.map((p) => [p.from, p.to]);

describe('placeFlags', () => {
  // "I recieved it" reviewed; the flag is on "recieved" (2–10).
  const reviewed = 'I recieved it';

  it('should keep offsets when nothing changed while the worker was busy', () => {
    expect(spans(placeFlags([flag(2, 10)], null))).toEqual([[2, 10]]);
    expect(spans(placeFlags([flag(2, 10)], ChangeSet.empty(reviewed.length).desc))).toEqual([[2, 10]]);
  });

  it('should move a flag along with text typed before it', () => {
    const typed = ChangeSet.of({ from: 0, insert: 'Yes, ' }, reviewed.length).desc;
    expect(spans(placeFlags([flag(2, 10)], typed))).toEqual([[7, 15]]);
  });

  it('should leave a flag in place when text is typed after it', () => {
    const typed = ChangeSet.of({ from: reviewed.length, insert: ' today' }, reviewed.length).desc;
    expect(spans(placeFlags([flag(2, 10)], typed))).toEqual([[2, 10]]);
  });

  it('should drop a flag whose words were edited (the next review judges them)', () => {
    const fixed = ChangeSet.of({ from: 4, to: 6, insert: 'ei' }, reviewed.length).desc;
    expect(placeFlags([flag(2, 10)], fixed)).toEqual([]);
    const deleted = ChangeSet.of({ from: 1, to: 11 }, reviewed.length).desc;
    expect(placeFlags([flag(2, 10)], deleted)).toEqual([]);
  });

  it('should carry a flag through several edits composed together', () => {
    const first = ChangeSet.of({ from: 0, insert: 'So ' }, reviewed.length);
    const second = ChangeSet.of({ from: first.newLength, insert: '!' }, first.newLength);
    expect(spans(placeFlags([flag(2, 10)], first.desc.composeDesc(second.desc)))).toEqual([[5, 13]]);
  });

  it('should keep a note-wide flag when a word inside it changes', () => {
    const long = 400;
    const edit = ChangeSet.of({ from: 100, to: 105, insert: 'x' }, long).desc;
    expect(spans(placeFlags([flag(0, long, 'length-long')], edit))).toEqual([[0, long - 4]]);
  });
});

describe('flagAt and neighbourFlag', () => {
  const flags: PlacedFlag[] = [
    { flag: flag(0, 300, 'length-long'), from: 0, to: 300 },
    { flag: flag(10, 15), from: 10, to: 15 },
    { flag: flag(40, 52), from: 40, to: 52 },
  ];

  it('should pick the narrowest flag under the cursor, edges included', () => {
    expect(flagAt(flags, 12)?.from).toBe(10);
    expect(flagAt(flags, 15)?.from).toBe(10);
    expect(flagAt(flags, 20)?.from).toBe(0);
    expect(flagAt([], 3)).toBeUndefined();
  });

  it('should step to the next and previous flag and wrap around', () => {
    expect(neighbourFlag(flags, 10, 1)?.from).toBe(40);
    expect(neighbourFlag(flags, 40, 1)?.from).toBe(0);
    expect(neighbourFlag(flags, 40, -1)?.from).toBe(10);
    expect(neighbourFlag(flags, 0, -1)?.from).toBe(40);
    expect(neighbourFlag([], 0, 1)).toBeUndefined();
  });
});
