/**
 * Browser mode's per-run secret, which `npm run web` prints as `#key=…` in the address. The page's first script
 * (start.ts) takes it before anything else runs, since the app itself loads a moment later and the address may have
 * moved on by then (a link followed, a route typed).
 */
const SECRET_KEY = 'afterword.bridgeKey';

/** Takes the secret from `#key=…` once, keeps it for reloads of this tab, and removes it from the address bar. */
export function bridgeSecret(): string | null {
  const match = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}
