/**
 * Flags placed in a document that keeps changing. A flag's offsets describe the text the worker reviewed; while it
 * was busy the user kept typing, so every flag is carried through those edits before it is shown. A flag whose
 * text was edited is dropped: the next review, a moment later, judges the new text.
 */
import type { ChangeDesc } from '@codemirror/state';
import type { Flag } from '../../../../src-shared/review/index.ts';

export interface PlacedFlag {
  flag: Flag;
  from: number;
  to: number;
  /**
   * About the note as a whole or several paragraphs (length, a near-copy of another note) or about a missing part
   * (an empty span): marked at its first line rather than underlined, which would paint the whole note.
   */
  wide: boolean;
}

const wholeNoteCategories = new Set<Flag['category']>(['length', 'duplicate']);

/** About the note as a whole (its length, a near-copy of another note), whatever span the rule gave it. */
export function isWholeNoteFlag(flag: Pick<Flag, 'category'>): boolean {
  return wholeNoteCategories.has(flag.category);
}

export function isWide(placed: PlacedFlag): boolean {
  return placed.wide;
}

/** Places the flags of a review of `reviewed`, carried through the edits made since (if any). */
export function placeFlags(flags: readonly Flag[], reviewed: string, changesSince: ChangeDesc | null): PlacedFlag[] {
  const placed: PlacedFlag[] = [];
  for (const flag of flags) {
    const wide = flag.start === flag.end || isWholeNoteFlag(flag) || reviewed.slice(flag.start, flag.end).includes('\n');
    const fresh = { flag, from: flag.start, to: flag.end, wide };
    if (!changesSince || changesSince.empty) placed.push(fresh);
    else placed.push(...mapFlag(fresh, changesSince));
  }
  return placed;
}

/** Carries one flag through an edit; a narrow flag whose text changed, or that was deleted, is gone. */
export function mapFlag(placed: PlacedFlag, changes: ChangeDesc): PlacedFlag[] {
  const { from, to } = placed;
  const empty = from === to;
  if (!empty && !isWide(placed) && changes.touchesRange(from, to)) return [];
  const newFrom = changes.mapPos(from, 1);
  const newTo = empty ? newFrom : Math.max(newFrom, changes.mapPos(to, -1));
  if (!empty && newTo === newFrom) return [];
  // Unmoved (before the edit): the same object, so nothing that depends on it has to change.
  if (newFrom === from && newTo === to) return [placed];
  return [{ ...placed, from: newFrom, to: newTo }];
}

/**
 * The flag the cursor is on: the narrowest one containing `pos` (edges included). A wide flag counts only at its
 * start, where stepping to it puts the cursor; otherwise a click anywhere in the note would open it.
 */
export function flagAt(flags: readonly PlacedFlag[], pos: number): PlacedFlag | undefined {
  let best: PlacedFlag | undefined;
  for (const placed of flags) {
    const on = placed.wide ? pos === placed.from : placed.from <= pos && pos <= placed.to;
    if (on && (!best || placed.to - placed.from < best.to - best.from)) best = placed;
  }
  return best;
}

/**
 * The next flag starting after `pos` (or the previous one before it), wrapping around the note. From the flag whose
 * card is open (`current`), the next one in order instead, so flags that start at the same place (a whole-note flag
 * and a word at the start of the note) are each reached in turn.
 */
export function neighbourFlag(flags: readonly PlacedFlag[], pos: number, direction: 1 | -1, current?: PlacedFlag): PlacedFlag | undefined {
  if (flags.length === 0) return undefined;
  const sorted = [...flags].sort((a, b) => a.from - b.from || Number(a.wide) - Number(b.wide) || a.to - b.to);
  const index = current ? sorted.findIndex((placed) => placed.flag === current.flag) : -1;
  if (index >= 0) return sorted[(index + direction + sorted.length) % sorted.length];
  if (direction === 1) return sorted.find((placed) => placed.from > pos) ?? sorted[0];
  return [...sorted].reverse().find((placed) => placed.from < pos) ?? sorted[sorted.length - 1];
}
