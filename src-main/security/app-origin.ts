/**
 * Which page counts as the app. The desktop app serves its renderer from `app://afterword/` (a custom, standard,
 * secure scheme: no `file://`, so a page can never read the disk); during development electron-vite's dev server
 * is the one other allowed origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'afterword';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom schemes report origin "null" in WHATWG URL; rebuild it from protocol and host.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export interface SenderFacts {
  /** URL of the frame that sent the message. */
  frameUrl: string;
  /** Whether that frame is the top-level frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** Whether the page belongs to one of the app's own windows. */
  isAppWindow: boolean;
}

/** IPC is answered only for the app's own top-level page in the app's own window. */
export function isTrustedSender(sender: SenderFacts, allowedOrigins: readonly string[]): boolean {
  if (!sender.isAppWindow || !sender.isMainFrame) return false;
  const origin = originOf(sender.frameUrl);
  return origin !== null && allowedOrigins.includes(origin);
}

/** Navigation is allowed only within the app's own origin (a reload, a hash change). */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** Requests the app's session may make: its own files and DevTools' internals. Everything else is cancelled. */
export function isAllowedRequest(url: string, allowedOrigins: readonly string[]): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  return isAllowedNavigation(url, allowedOrigins);
}
