/**
 * The review panel as rows: a heading per category (with its count, and whether it is open) followed by its flags.
 * A 5,000-word note can hold hundreds of flags, so the panel draws only the rows in sight: every row has a fixed
 * height, which makes where each row sits, and which rows are in sight, simple arithmetic.
 */
import type { FlagCategory } from '../../../../src-shared/review/index.ts';
import { categoryOrder } from './categories.ts';
import type { PanelFlag } from './types.ts';

export type ReviewRow =
  | { kind: 'group'; category: FlagCategory; count: number; open: boolean }
  | { kind: 'flag'; category: FlagCategory; entry: PanelFlag };

/** Pixel heights, matched by the panel's CSS. */
export const rowHeights = { group: 34, flag: 52 } as const;

export function reviewRows(flags: readonly PanelFlag[], closed: ReadonlySet<FlagCategory>): ReviewRow[] {
  const byCategory = new Map<FlagCategory, PanelFlag[]>();
  for (const entry of flags) {
    const list = byCategory.get(entry.flag.category);
    if (list) list.push(entry);
    else byCategory.set(entry.flag.category, [entry]);
  }
  const rows: ReviewRow[] = [];
  for (const category of categoryOrder) {
    const entries = byCategory.get(category);
    if (!entries) continue;
    const open = !closed.has(category);
    rows.push({ kind: 'group', category, count: entries.length, open });
    if (open) for (const entry of entries) rows.push({ kind: 'flag', category, entry });
  }
  return rows;
}

export interface RowLayout {
  /** Where each row starts, from the top of the list. */
  tops: number[];
  height: number;
}

export function layoutRows(rows: readonly ReviewRow[]): RowLayout {
  const tops: number[] = [];
  let height = 0;
  for (const row of rows) {
    tops.push(height);
    height += rowHeights[row.kind];
  }
  return { tops, height };
}

/** The rows at least partly in sight (plus a few either side, so a quick scroll shows no gap): [first, end). */
export function rowsInSight(layout: RowLayout, scrollTop: number, viewport: number, extra = 4): [number, number] {
  const { tops } = layout;
  if (tops.length === 0) return [0, 0];
  // The last row starting at or above the top edge.
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((tops[middle] ?? 0) <= scrollTop) low = middle;
    else high = middle - 1;
  }
  let end = low;
  while (end < tops.length && (tops[end] ?? 0) < scrollTop + viewport) end++;
  return [Math.max(0, low - extra), Math.min(tops.length, end + extra)];
}

/** How far to scroll so that a row is wholly in sight (unchanged when it already is). */
export function scrollToShow(layout: RowLayout, rows: readonly ReviewRow[], index: number, scrollTop: number, viewport: number): number {
  const top = layout.tops[index] ?? 0;
  const row = rows[index];
  const bottom = top + (row ? rowHeights[row.kind] : 0);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return bottom - viewport;
  return scrollTop;
}

/** The words a flag is about, short enough for one line of the panel. */
export function excerpt(entry: PanelFlag): string {
  if (entry.wholeNote) return entry.field === 'subject' ? 'Subject' : 'Whole note';
  const words = (entry.text.length > 200 ? entry.text.slice(0, 200) : entry.text).replace(/\s+/g, ' ').trim();
  if (!words) return entry.field === 'subject' ? 'Subject' : 'Whole note';
  return words.length > 48 ? `${words.slice(0, 45)}…` : words;
}
