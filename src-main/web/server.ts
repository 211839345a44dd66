/**
 * Browser mode: serves the built renderer and a bridge carrying the API contract over HTTP on 127.0.0.1.
 *
 * Any web page the user visits can send requests to localhost, so the bridge trusts nothing by default: every
 * request must name this server in `Host` (defeats DNS rebinding), and every API call must also come from this
 * server's own `Origin` and carry the per-run secret that only the page opened from the printed URL knows.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../security/content-security.ts';
import type { Dispatch } from '../services/dispatch.ts';
import { resolveStaticFile } from '../static-files.ts';

export const SECRET_HEADER = 'x-afterword-secret';
export const API_PREFIX = '/api/';
/** Large enough for a whole-journal import, small enough that a stray upload cannot exhaust memory. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  secret?: string;
  log?: (message: string) => void;
  /** For tests; the bridge uses BRIDGE_TIMEOUTS. */
  timeouts?: { headersMs: number; requestMs: number; keepAliveMs: number };
}

export interface WebServer {
  url: string;
  /** URL including the secret in its fragment: the one to open. */
  appUrl: string;
  port: number;
  secret: string;
  server: Server;
  close(): Promise<void>;
}

/** Short limits, as the bridge only serves the page on this machine (an import of a large file is the slowest call). */
export const BRIDGE_TIMEOUTS = { headersMs: 5_000, requestMs: 30_000, keepAliveMs: 5_000 } as const;

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const secretBytes = Buffer.from(secret);
  const host = '127.0.0.1';
  let port = 0;

  // Only the page on this machine talks to it, and answers take milliseconds: a client that trickles its headers
  // or body (slowloris), or keeps an idle connection, is cut off quickly instead of holding a socket open. Node
  // enforces the first two on its connection check, every 30 s by default: checked each second here instead.
  const timeouts = options.timeouts ?? BRIDGE_TIMEOUTS;
  const limits = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
  };
  const server = createServer(limits, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log?.(`[afterword] bridge error: ${String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'The bridge failed.' } });
      else response.destroy();
    });
  });

  const allowedHosts = () => new Set([`${host}:${port}`, `localhost:${port}`]);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostHeader = request.headers.host ?? '';
    if (!allowedHosts().has(hostHeader)) return forbid(response, 'Unexpected Host.');
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (path.startsWith(API_PREFIX)) return handleApi(request, response, path.slice(API_PREFIX.length), hostHeader);
    if (request.method !== 'GET' && request.method !== 'HEAD') return forbid(response, 'Method not allowed.');
    serveStatic(request, response, path);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string, hostHeader: string): Promise<void> {
    if (request.method !== 'POST') return forbid(response, 'API calls must be POST.');
    if (request.headers.origin !== `http://${hostHeader}`) return forbid(response, 'Unexpected Origin.');
    const given = Buffer.from(String(request.headers[SECRET_HEADER] ?? ''));
    if (given.length !== secretBytes.length || !timingSafeEqual(given, secretBytes)) return forbid(response, 'Missing or wrong secret.');
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return sendJson(response, 415, { ok: false, error: { code: 'invalid-input', message: 'The request body must be JSON.' } });
    }
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    const body = declaredLength > MAX_BODY_BYTES ? 'too-large' : await readBody(request, MAX_BODY_BYTES);
    if (body === 'too-large') {
      return sendJson(response, 413, { ok: false, error: { code: 'invalid-input', message: 'The request is too large.' } });
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } });
    }
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'invalid-input', message: 'The action’s name is not validly encoded.' } });
    }
    const result = await options.dispatch(name, payload);
    sendJson(response, 200, result);
  }

  /**
   * The page itself is never kept (it names the current build's scripts). A file under assets/ carries a hash of
   * its content in its name, so it never changes: kept for good, the next window reads it, and the browser's
   * compiled code for it, from the cache instead of compiling the app's scripts again.
   */
  function cachePolicy(path: string, contentType: string): string {
    if (contentType.startsWith('text/html')) return 'no-store';
    return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  }

  function serveStatic(request: IncomingMessage, response: ServerResponse, path: string): void {
    const file = resolveStaticFile(options.staticDir, path);
    if (!file) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': cachePolicy(path, file.contentType),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file.path).pipe(response);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}/`;
  return {
    url,
    appUrl: `${url}#key=${secret}`,
    port,
    secret,
    server,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise())),
  };
}

function forbid(response: ServerResponse, reason: string): void {
  sendJson(response, 403, { ok: false, error: { code: 'forbidden', message: reason } });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    // A request refused before its body was read leaves unread bytes on the socket; closing the connection keeps
    // them from being mistaken for the next request on a kept-alive connection.
    ...(response.req.complete ? {} : { Connection: 'close' }),
  });
  response.end(text);
}

/** Collects the body, answering `too-large` as soon as the limit is passed instead of reading the rest. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      chunks.length = 0;
      resolvePromise('too-large');
    };
    request.on('data', onData);
    request.on('end', () => resolvePromise(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
