/**
 * The review's flags inside CodeMirror: a state field that carries them through every edit, the decorations that
 * colour them by category, and whether the flag under the cursor should show its card (it opens when the cursor
 * is moved onto a flag, never while typing).
 */
import { EditorState, StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { Flag } from '../../../../src-shared/review/index.ts';
import { flagColour } from './categories.ts';
import { flagAt, isWide, mapFlag, type PlacedFlag } from './placed-flags.ts';

export const setFlags = StateEffect.define<PlacedFlag[]>();
/** Removes the flags the predicate picks (ignored here, or a word just added to the dictionary). */
export const dropFlags = StateEffect.define<(flag: Flag, text: string) => boolean>();
export const showFlagCard = StateEffect.define<boolean>();
/**
 * Opens the card of this flag, which starts where the cursor is put in the same transaction. Several flags can start
 * at one place (a misspelt first word and the note's length): this says which one was stepped to or picked.
 */
export const openFlagCard = StateEffect.define<Flag>();

interface FlagState {
  flags: PlacedFlag[];
  /** The card of the flag under the cursor is open. */
  cardOpen: boolean;
  /** The flag picked at the cursor, if one was (otherwise the narrowest flag there shows). */
  picked: Flag | null;
}

export const flagField = StateField.define<FlagState>({
  create: () => ({ flags: [], cardOpen: false, picked: null }),
  update(value, tr) {
    let { flags, cardOpen, picked } = value;
    if (tr.docChanged) {
      flags = flags.flatMap((placed) => mapFlag(placed, tr.changes));
      cardOpen = false;
      picked = null;
    } else if (tr.selection) {
      cardOpen = true;
      picked = null;
    }
    for (const effect of tr.effects) {
      if (effect.is(setFlags)) flags = effect.value;
      else if (effect.is(dropFlags)) flags = flags.filter((placed) => !effect.value(placed.flag, tr.state.doc.sliceString(placed.from, placed.to)));
      else if (effect.is(showFlagCard)) cardOpen = effect.value;
      else if (effect.is(openFlagCard)) [cardOpen, picked] = [true, effect.value];
    }
    const unchanged = flags === value.flags && cardOpen === value.cardOpen && picked === value.picked;
    return unchanged ? value : { flags, cardOpen, picked };
  },
});

export function flagsOf(state: EditorState): PlacedFlag[] {
  return state.field(flagField, false)?.flags ?? [];
}

/** The flag whose card is open, if any. */
export function openFlag(state: EditorState): PlacedFlag | undefined {
  const value = state.field(flagField, false);
  const selection = state.selection.main;
  if (!value?.cardOpen || !selection.empty) return undefined;
  const picked = value.picked && value.flags.find((placed) => placed.flag === value.picked && placed.from === selection.head);
  return picked || flagAt(value.flags, selection.head);
}

/** One decoration per kind of flag, shared by all its ranges: nothing is allocated per flag, and equal is identical. */
const marks = new Map<string, Decoration>();
function decorationOf(placed: PlacedFlag): Decoration {
  const { category, severity } = placed.flag;
  const key = `${isWide(placed) ? 'line' : 'mark'}:${category}:${severity}`;
  let decoration = marks.get(key);
  if (!decoration) {
    const style = `--flag-colour: ${flagColour(category)}`;
    decoration = isWide(placed)
      ? Decoration.line({ class: `cm-flag-line cm-flag-line-${category}`, attributes: { style } })
      : Decoration.mark({ class: `cm-flag cm-flag-${category} cm-flag-${severity}`, attributes: { 'data-category': category, style } });
    marks.set(key, decoration);
  }
  return decoration;
}

function underlines(state: EditorState): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const placed of flagsOf(state)) if (!isWide(placed)) ranges.push(decorationOf(placed).range(placed.from, placed.to));
  return Decoration.set(ranges, true);
}

/** The bars of the flags about the whole note or several lines: a few at most, each at its flag's first line. */
function bars(state: EditorState): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const placed of flagsOf(state)) if (isWide(placed)) ranges.push(decorationOf(placed).range(state.doc.lineAt(placed.from).from));
  return Decoration.set(ranges, true);
}

/**
 * The underlines, built when a review (or a quick fix) changes the flags and otherwise carried through each edit by
 * CodeMirror's own mapping, so a keystroke costs the same in a long note as in a short one. An edit inside a
 * flagged word removes its underline at once, as `mapFlag` removes the flag: the next review judges the new text.
 */
const underlineField = StateField.define<DecorationSet>({
  create: underlines,
  update(decorations, tr) {
    if (tr.effects.some((effect) => effect.is(setFlags) || effect.is(dropFlags))) return underlines(tr.state);
    if (!tr.docChanged) return decorations;
    let from = tr.startState.doc.length;
    let to = 0;
    tr.changes.iterChangedRanges((fromA, toA) => {
      from = Math.min(from, fromA);
      to = Math.max(to, toA);
    });
    return decorations.update({ filter: (start, end) => !tr.changes.touchesRange(start, end), filterFrom: from, filterTo: to }).map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** The bars follow their flags' first lines exactly (a line break typed before a flag moves it down). */
const barField = StateField.define<DecorationSet>({
  create: bars,
  update: (decorations, tr) => (tr.docChanged || tr.effects.some((effect) => effect.is(setFlags) || effect.is(dropFlags)) ? bars(tr.state) : decorations),
  provide: (field) => EditorView.decorations.from(field),
});

export const flagDecorations: Extension = [underlineField, barField];

/** The flags as drawn: underlined words and the bars' lines (what a test can check without a DOM). */
export function drawnFlags(state: EditorState): Array<{ from: number; to: number; bar: boolean }> {
  const drawn: Array<{ from: number; to: number; bar: boolean }> = [];
  for (const [field, bar] of [
    [underlineField, false],
    [barField, true],
  ] as const) {
    const set = state.field(field, false);
    if (!set) continue;
    for (const cursor = set.iter(); cursor.value; cursor.next()) drawn.push({ from: cursor.from, to: cursor.to, bar });
  }
  return drawn.sort((a, b) => a.from - b.from || Number(b.bar) - Number(a.bar));
}
