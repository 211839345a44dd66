import { ChangeSet } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src-shared/review/index.ts';
import { flagAt, neighbourFlag, placeFlags, type PlacedFlag } from '../../../src-renderer/src/editor/core/placed-flags.ts';

function flag(start: number, end: number, ruleId = 'spelling', category: Flag['category'] = 'spelling'): Flag {
  return { ruleId, category, severity: 'error', start, end, line: 1, column: start + 1, message: 'm', suggestions: [] };
}
const spans = (placed: PlacedFlag[]) => placed.map((p) => [p.from, p.to]);

describe('placeFlags', () => {
  // "I recieved it" reviewed; the flag is on "recieved" (2–10).
  const reviewed = 'I recieved it';

  it('should keep offsets when nothing changed while the worker was busy', () => {
    expect(spans(placeFlags([flag(2, 10)], reviewed, null))).toEqual([[2, 10]]);
    expect(spans(placeFlags([flag(2, 10)], reviewed, ChangeSet.empty(reviewed.length).desc))).toEqual([[2, 10]]);
  });

  it('should move a flag along with text typed before it', () => {
    const typed = ChangeSet.of({ from: 0, insert: 'Yes, ' }, reviewed.length).desc;
    expect(spans(placeFlags([flag(2, 10)], reviewed, typed))).toEqual([[7, 15]]);
  });

  it('should leave a flag in place when text is typed after it', () => {
    const typed = ChangeSet.of({ from: reviewed.length, insert: ' today' }, reviewed.length).desc;
    expect(spans(placeFlags([flag(2, 10)], reviewed, typed))).toEqual([[2, 10]]);
  });

  it('should drop a flag whose words were edited (the next review judges them)', () => {
    const fixed = ChangeSet.of({ from: 4, to: 6, insert: 'ei' }, reviewed.length).desc;
    expect(placeFlags([flag(2, 10)], reviewed, fixed)).toEqual([]);
    const deleted = ChangeSet.of({ from: 1, to: 11 }, reviewed.length).desc;
    expect(placeFlags([flag(2, 10)], reviewed, deleted)).toEqual([]);
  });

  it('should carry a flag through several edits composed together', () => {
    const first = ChangeSet.of({ from: 0, insert: 'So ' }, reviewed.length);
    const second = ChangeSet.of({ from: first.newLength, insert: '!' }, first.newLength);
    expect(spans(placeFlags([flag(2, 10)], reviewed, first.desc.composeDesc(second.desc)))).toEqual([[5, 13]]);
  });

  it('should keep a note-wide flag when a word inside it changes', () => {
    const note = 'word '.repeat(80);
    const edit = ChangeSet.of({ from: 100, to: 105, insert: 'x' }, note.length).desc;
    expect(spans(placeFlags([flag(0, note.length, 'length-long', 'length')], note, edit))).toEqual([[0, note.length - 4]]);
  });

  it('should mark whole-note, multi-paragraph and empty-span flags as wide, a long sentence as narrow', () => {
    const note = `Hi Ana,\n\n${'This sentence goes on and on. '.repeat(8)}`;
    const placed = placeFlags(
      [flag(0, note.length, 'length-long', 'length'), flag(0, 20, 'duplicate-sibling', 'duplicate'), flag(0, 12, 'across'), flag(9, 9, 'missing'), flag(9, 200, 'needy-pleading', 'needy')],
      note,
      null,
    );
    expect(placed.map((p) => p.wide)).toEqual([true, true, true, true, false]);
  });
});

describe('flagAt and neighbourFlag', () => {
  const flags: PlacedFlag[] = [
    { flag: flag(0, 300, 'length-long', 'length'), from: 0, to: 300, wide: true },
    { flag: flag(10, 15), from: 10, to: 15, wide: false },
    { flag: flag(40, 52), from: 40, to: 52, wide: false },
  ];

  it('should pick the narrowest flag under the cursor, edges included, and a wide one only at its start', () => {
    expect(flagAt(flags, 12)?.from).toBe(10);
    expect(flagAt(flags, 15)?.from).toBe(10);
    expect(flagAt(flags, 20)).toBeUndefined();
    expect(flagAt(flags, 0)?.flag.ruleId).toBe('length-long');
    expect(flagAt([], 3)).toBeUndefined();
  });

  it('should step to the next and previous flag and wrap around', () => {
    expect(neighbourFlag(flags, 10, 1)?.from).toBe(40);
    expect(neighbourFlag(flags, 40, 1)?.from).toBe(0);
    expect(neighbourFlag(flags, 40, -1)?.from).toBe(10);
    expect(neighbourFlag(flags, 0, -1)?.from).toBe(40);
    expect(neighbourFlag([], 0, 1)).toBeUndefined();
  });

  it('should reach in turn every flag that starts at the same place, the whole-note one after the word', () => {
    const together: PlacedFlag[] = [
      { flag: flag(0, 300, 'length-long', 'length'), from: 0, to: 300, wide: true },
      { flag: flag(0, 300, 'duplicate-near-copy', 'duplicate'), from: 0, to: 300, wide: true },
      { flag: flag(0, 3), from: 0, to: 3, wide: false },
      { flag: flag(40, 52), from: 40, to: 52, wide: false },
    ];
    const visited: string[] = [];
    let current = neighbourFlag(together, 20, 1);
    for (let step = 0; step < 5 && current; step++) {
      visited.push(`${current.flag.ruleId}@${current.from}`);
      current = neighbourFlag(together, current.from, 1, current);
    }
    expect(visited).toEqual(['spelling@40', 'spelling@0', 'length-long@0', 'duplicate-near-copy@0', 'spelling@40']);
    expect(neighbourFlag(together, 0, -1, together[2])?.from).toBe(40);
  });
});
