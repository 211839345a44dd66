/**
 * The only bridge between the page and the app: `window.afterword`, an object of named functions built from the
 * API contract's method names, and `window.afterwordMenu`, which hands the page the application menu's commands. Raw
 * `ipcRenderer` is never exposed; each function can only invoke or hear its own channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import methodNames from 'virtual:afterword/method-names';
import { buildClient, ipcChannel } from '../src-shared/api/client.ts';
import type { Client } from '../src-shared/api/contract.ts';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuBridge } from '../src-shared/api/menu.ts';
import type { Result } from '../src-shared/api/result.ts';

const api: Client = buildClient((name, input) => ipcRenderer.invoke(ipcChannel(name), input) as Promise<Result<unknown>>, methodNames);

const menu: MenuBridge = {
  onCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onCommand needs a function.');
    // The page gets the command's name only: never the IPC event, which would reach `ipcRenderer` itself.
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('afterword', api);
contextBridge.exposeInMainWorld('afterwordMenu', menu);
