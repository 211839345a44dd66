/**
 * What the application menu asks the page to do. Main sends one of these names on one channel; the preload passes
 * on only these names, to a listener the page registers through `window.afterwordMenu.onCommand`. Menu items that
 * need no page (Export, Open data folder, the roles) are handled in main and never reach it.
 */
export const MENU_COMMANDS = ['new-application', 'about', 'keyboard-shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_COMMAND_CHANNEL = 'afterword:menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** `window.afterwordMenu` in the desktop app (absent in browser mode, which has no application menu). */
export interface MenuBridge {
  /** Calls `listener` with each menu command; answers a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
