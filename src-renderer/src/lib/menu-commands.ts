/**
 * The desktop app's menu commands (src-shared/api/menu.ts), turned into navigation. Browser mode has no
 * application menu and no `window.afterwordMenu`, so this does nothing there.
 */
import type { MenuBridge, MenuCommand } from '../../../src-shared/api/menu.ts';
import { router } from './router.svelte.ts';

declare global {
  interface Window {
    afterwordMenu?: MenuBridge;
  }
}

export const MENU_ROUTES: Record<MenuCommand, string> = {
  'new-application': 'applications?new=1',
  about: 'about',
  'keyboard-shortcuts': 'about/shortcuts',
};

/** Where each command lands; the element marked `data-focus-target` takes the focus once the screen shows. */
export function followMenuCommand(command: MenuCommand): void {
  router.go(MENU_ROUTES[command]);
}

export function startMenuCommands(bridge: MenuBridge | undefined = window.afterwordMenu): () => void {
  return bridge ? bridge.onCommand(followMenuCommand) : () => {};
}
