/**
 * The caller's side of the contract, without the contract's validation schemas: the preload builds the page's
 * `window.afterword` from it, and a window reads no zod and builds no schema before it can show anything (the main
 * process validates every call). The method names come from the contract at build time
 * (scripts/method-names.ts), so this file never imports it.
 */
import type { Client, MethodName } from './contract.ts';
import type { Result } from './result.ts';

/** IPC channel of a method. Kept here so main and preload cannot drift apart. */
export const ipcChannel = (name: MethodName): string => `afterword:${name}`;

export type Transport = (name: MethodName, input: unknown) => Promise<Result<unknown>>;

/** Builds the nested client object (`api.app.info()`) from a transport and the contract's method names. */
export function buildClient(transport: Transport, names: readonly MethodName[]): Client {
  const client: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of names) {
    const [area, action] = name.split('.') as [string, string];
    client[area] ??= {};
    client[area][action] = (input?: unknown) => transport(name, input);
  }
  return client as unknown as Client;
}
