/** Serves the built renderer from `app://afterword/` with the app's security headers. */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../security/app-origin.ts';
import { SECURITY_HEADERS } from '../security/content-security.ts';
import { resolveStaticFile } from '../static-files.ts';

/**
 * Must run before `app.whenReady()`: the scheme gets the same rights as https (storage, fetch, workers), and V8's
 * code cache, so a window after the first does not compile the app's scripts again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    const body = await readFile(file.path);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType } });
  });
}
