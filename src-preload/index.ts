/**
 * The only bridge between the page and the app: `window.afterword`, an object of named functions built from the
 * API contract. Raw `ipcRenderer` is never exposed; each function can only invoke its own channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildClient, ipcChannel, type Client } from '../src-shared/api/contract.ts';
import type { Result } from '../src-shared/api/result.ts';

const api: Client = buildClient((name, input) => ipcRenderer.invoke(ipcChannel(name), input) as Promise<Result<unknown>>);

contextBridge.exposeInMainWorld('afterword', api);
