/**
 * The renderer's client for the API contract. In the desktop app the preload provides `window.afterword`; in
 * browser mode the same calls go over HTTP to the bridge, carrying the per-run secret from the URL it printed.
 */
import methodNames from 'virtual:afterword/method-names';
import { buildClient } from '../../../src-shared/api/client.ts';
import type { Client, MethodName } from '../../../src-shared/api/contract.ts';
import type { Result } from '../../../src-shared/api/result.ts';
import { bridgeSecret } from './bridge-key.ts';

declare global {
  interface Window {
    afterword?: Client;
  }
}

function httpClient(secret: string | null): Client {
  return buildClient(async (name: MethodName, input: unknown): Promise<Result<unknown>> => {
    if (!secret) {
      return { ok: false, error: { code: 'forbidden', message: 'Open Afterword with the full address printed by “npm run web” (it includes a key).' } };
    }
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Afterword-Secret': secret },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Afterword’s browser-mode server is not answering. Is “npm run web” still running?' } };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a readable reply.` } };
    }
  }, methodNames);
}

export const api: Client = window.afterword ?? httpClient(bridgeSecret());
export const isDesktop = window.afterword !== undefined;
