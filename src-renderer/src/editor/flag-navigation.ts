/** Keyboard commands to move between flags: F8 / Shift+F8, or Alt+] / Alt+[. */
import { EditorSelection, type Extension } from '@codemirror/state';
import { EditorView, keymap, type Command } from '@codemirror/view';
import { flagsOf, openFlag, openFlagCard, showFlagCard } from './core/flag-field.ts';
import { focusFlagCard } from './flag-card.ts';
import { neighbourFlag, type PlacedFlag } from './core/placed-flags.ts';

export function moveToFlag(view: EditorView, placed: PlacedFlag): void {
  view.dispatch({
    selection: EditorSelection.cursor(placed.from),
    effects: [openFlagCard.of(placed.flag), EditorView.scrollIntoView(placed.from, { y: 'center' })],
    userEvent: 'select.flag',
  });
  view.focus();
}

function step(direction: 1 | -1): Command {
  return (view) => {
    const placed = neighbourFlag(flagsOf(view.state), view.state.selection.main.head, direction, openFlag(view.state));
    if (!placed) return false;
    moveToFlag(view, placed);
    return true;
  };
}

export const nextFlag = step(1);
export const previousFlag = step(-1);

export const closeFlagCard: Command = (view) => {
  if (!openFlag(view.state)) return false;
  view.dispatch({ effects: showFlagCard.of(false) });
  return true;
};

/** The shortcuts, as the keyboard help lists them. */
export const flagShortcuts = [
  { keys: 'F8 or Alt+]', does: 'next flag (a bar at the left marks flags about the whole note)' },
  { keys: 'Shift+F8 or Alt+[', does: 'previous flag' },
  { keys: 'Ctrl+.', does: 'quick fixes for the flag at the cursor' },
  { keys: 'Escape', does: 'close the card' },
] as const;

export const flagKeymap: Extension = keymap.of([
  { key: 'F8', run: nextFlag, shift: previousFlag, preventDefault: true },
  { key: 'Alt-]', run: nextFlag, preventDefault: true },
  { key: 'Alt-[', run: previousFlag, preventDefault: true },
  { key: 'Mod-.', run: focusFlagCard, preventDefault: true },
  { key: 'Escape', run: closeFlagCard },
]);
