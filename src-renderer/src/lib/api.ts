/**
 * The renderer's client for the API contract. In the desktop app the preload provides `window.afterword`; in
 * browser mode the same calls go over HTTP to the bridge, carrying the per-run secret from the URL it printed.
 */
import type { Client, MethodName } from '../../../src-shared/api/contract.ts';
import type { Result } from '../../../src-shared/api/result.ts';

declare global {
  interface Window {
    afterword?: Client;
  }
}

const SECRET_KEY = 'afterword.bridgeKey';

/** Takes the secret from `#key=…` once, keeps it for reloads of this tab, and removes it from the address bar. */
function bridgeSecret(): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

/**
 * `api.area.action(input)` for any method: the contract's types say which exist, and the bridge refuses any other.
 * Built from the name asked for rather than from the contract itself, so the page never loads the contract's
 * validation schemas (the bridge validates every call) and starts that much sooner.
 */
function byName(call: (name: MethodName, input: unknown) => Promise<Result<unknown>>): Client {
  const areas = new Map<string, object>();
  const area = (name: string) =>
    new Proxy({}, { get: (_target, action) => (typeof action === 'string' ? (input?: unknown) => call(`${name}.${action}` as MethodName, input) : undefined) });
  return new Proxy({} as Client, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      if (!areas.has(name)) areas.set(name, area(name));
      return areas.get(name);
    },
  });
}

function httpClient(secret: string | null): Client {
  return byName(async (name: MethodName, input: unknown): Promise<Result<unknown>> => {
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
  });
}

export const api: Client = window.afterword ?? httpClient(bridgeSecret());
export const isDesktop = window.afterword !== undefined;
