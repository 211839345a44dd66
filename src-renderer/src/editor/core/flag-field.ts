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

function decorate(state: EditorState): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const placed of flagsOf(state)) {
    const { category, severity } = placed.flag;
    if (isWide(placed)) {
      const line = state.doc.lineAt(placed.from);
      ranges.push(
        Decoration.line({ class: `cm-flag-line cm-flag-line-${category}`, attributes: { style: `--flag-colour: ${flagColour(category)}` } }).range(line.from),
      );
    } else {
      ranges.push(
        Decoration.mark({
          class: `cm-flag cm-flag-${category} cm-flag-${severity}`,
          attributes: { 'data-category': category, style: `--flag-colour: ${flagColour(category)}` },
        }).range(placed.from, placed.to),
      );
    }
  }
  return Decoration.set(ranges, true);
}

export const flagDecorations: Extension = EditorView.decorations.compute([flagField], decorate);
