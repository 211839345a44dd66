import { describe, expect, it } from 'vitest';
import type { Flag, FlagCategory } from '../../../src-shared/review/index.ts';
import { excerpt, layoutRows, reviewRows, rowHeights, rowsInSight, scrollToShow } from '../../../src-renderer/src/editor/core/review-rows.ts';
import type { PanelFlag } from '../../../src-renderer/src/editor/core/types.ts';

const entry = (category: FlagCategory, text: string, start = 0): PanelFlag => ({
  flag: { ruleId: category, category, severity: 'warning', start, end: start + text.length, line: 1, column: 1, message: 'why', suggestions: [] } as Flag,
  field: 'body',
  text,
  wholeNote: false,
});

describe('the review panel’s rows', () => {
  const flags = [entry('needy', 'need this job'), entry('spelling', 'recieved'), entry('spelling', 'teh'), entry('length', '', 0)];

  it('should group flags by category in the panel’s order, each heading with its count', () => {
    const rows = reviewRows(flags, new Set());
    expect(rows.map((row) => (row.kind === 'group' ? `${row.category} (${row.count})` : row.entry.text))).toEqual([
      'spelling (2)',
      'recieved',
      'teh',
      'needy (1)',
      'need this job',
      'length (1)',
      '',
    ]);
  });

  it('should keep a closed category’s heading and count, and hide its flags', () => {
    const rows = reviewRows(flags, new Set<FlagCategory>(['spelling']));
    expect(rows.filter((row) => row.kind === 'flag').map((row) => row.kind === 'flag' && row.entry.text)).toEqual(['need this job', '']);
    expect(rows[0]).toEqual({ kind: 'group', category: 'spelling', count: 2, open: false });
  });

  it('should draw only the rows in sight of a long list, whatever its length', () => {
    const many = Array.from({ length: 500 }, (_, index) => entry('spelling', `word${index}`, index * 10));
    const rows = reviewRows(many, new Set());
    const layout = layoutRows(rows);
    expect(layout.height).toBe(rowHeights.group + 500 * rowHeights.flag);
    const [first, end] = rowsInSight(layout, 0, 420);
    expect(first).toBe(0);
    expect(end - first).toBeLessThan(20);
    // Far down the list: the rows there, not the ones from the top.
    const scrolled = rowsInSight(layout, 10_000, 420);
    expect(layout.tops[scrolled[0]]).toBeLessThanOrEqual(10_000);
    expect(layout.tops[scrolled[1] - 1]).toBeGreaterThanOrEqual(10_000 + 420 - rowHeights.flag);
    expect(scrolled[1] - scrolled[0]).toBeLessThan(20);
    expect(rowsInSight(layoutRows([]), 0, 420)).toEqual([0, 0]);
  });

  it('should scroll only as far as needed to show a row reached by keyboard', () => {
    const rows = reviewRows(Array.from({ length: 50 }, (_, index) => entry('spelling', `w${index}`)), new Set());
    const layout = layoutRows(rows);
    expect(scrollToShow(layout, rows, 2, 0, 420)).toBe(0);
    const below = scrollToShow(layout, rows, 20, 0, 420);
    expect((layout.tops[20] ?? 0) + rowHeights.flag).toBe(below + 420);
    expect(scrollToShow(layout, rows, 1, 500, 420)).toBe(layout.tops[1]);
  });

  it('should shorten long flagged text to one line, and name flags about the whole note', () => {
    expect(excerpt(entry('readability', 'This sentence goes on and on, well past what fits on a single line of the panel.'))).toMatch(/^.{45}…$/);
    expect(excerpt({ ...entry('length', 'the whole text'), wholeNote: true })).toBe('Whole note');
    expect(excerpt({ ...entry('reference', '   '), field: 'subject' })).toBe('Subject');
  });
});
