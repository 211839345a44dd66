/**
 * The single-key shortcuts of every screen, in one table the help sheet reads too (the menu's own are in
 * shortcuts.ts). Single keys work only while no text field
 * has the focus (typing a "d" in a note must stay a "d"); Ctrl/Cmd+K and Ctrl/Cmd+Enter work everywhere.
 */
import type { Shortcut } from './shortcuts.ts';

export const SHORTCUTS: Shortcut[] = [
  { keys: 'n', does: 'New application' },
  { keys: '/ or Ctrl+K', does: 'Search' },
  { keys: 'd', does: 'Due' },
  { keys: '?', does: 'This list of shortcuts' },
  { keys: 'Ctrl+Enter (⌘+Enter)', does: 'Save the form you are in' },
  { keys: '↑ ↓ Home End, then Enter', does: 'Move through a list and open the item' },
  { keys: 'Ctrl+Z (⌘+Z)', does: 'Undo the last delete, while it is offered' },
  { keys: 'Alt+R', does: 'Open or close the review and interview drawer (narrow windows)' },
  { keys: 'F8, Shift+F8, Ctrl+.', does: 'In a note: next and previous flag, quick fixes' },
];

export type ShortcutAction = 'new-application' | 'search' | 'due' | 'help' | 'submit' | 'undo';

const typing = (target: EventTarget | null) =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]') !== null;

/** Which shortcut a key press is, if any. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && event.key === 'Enter') return event.target instanceof Element && event.target.closest('form') ? 'submit' : null;
  if (command && !event.altKey && event.key.toLowerCase() === 'k') return 'search';
  // In a field, Ctrl+Z undoes typing there.
  if (command && !event.altKey && event.key.toLowerCase() === 'z' && !typing(event.target)) return 'undo';
  if (command || event.altKey || typing(event.target)) return null;
  switch (event.key) {
    case 'n':
      return 'new-application';
    case '/':
      return 'search';
    case 'd':
      return 'due';
    case '?':
      return 'help';
    default:
      return null;
  }
}
