/**
 * The keyboard shortcuts About lists. The application menu's (src-main/desktop/menu.ts) exist only in the desktop
 * app; the editor's work everywhere. Written the way each platform writes them.
 */
import { flagShortcuts } from '../editor/flag-navigation.ts';

export interface Shortcut {
  keys: string;
  does: string;
}

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function menuShortcuts(mac: boolean = isMac): Shortcut[] {
  const mod = mac ? '⌘' : 'Ctrl+';
  return [
    { keys: `${mod}N`, does: 'new application' },
    { keys: mac ? '⇧⌘E' : 'Ctrl+Shift+E', does: 'export the journal to a file' },
    { keys: `${mod}/`, does: 'these keyboard shortcuts' },
    { keys: `${mod}+ / ${mod}− / ${mod}0`, does: 'zoom in, zoom out, actual size' },
    { keys: mac ? '⌃⌘F' : 'F11', does: 'full screen' },
    { keys: mac ? '⌘Q' : 'Ctrl+Q', does: 'quit' },
  ];
}

export const editorShortcuts: readonly Shortcut[] = flagShortcuts;
