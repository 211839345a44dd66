/**
 * The browser-mode bridge under hostile HTTP: broken JSON, a wrong or missing secret, foreign Host and Origin,
 * bodies over the 64 MiB limit, other content types, unknown and badly encoded method names, and hostile JSON
 * payloads for every method. Each gets the right status and a typed error; the server keeps serving and the
 * journal file is byte-for-byte unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../src-shared/api/contract.ts';
import { MAX_BODY_BYTES, SECRET_HEADER, startWebServer, type WebServer } from '../../../src-main/web/server.ts';
import { invalidValueFor } from './support/hostile-values.ts';
import { journalFingerprint, KNOWN_ERROR_CODES, tempJournal, type TempJournal } from './support/journal.ts';
import { fullSamples, NULLABLE_FIELDS, seedJournal } from './support/samples.ts';

interface Reply {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

let journal: TempJournal;
let staticDir: string;
let web: WebServer;
let fingerprint: string;
let tried = 0;

interface Call {
  path?: string;
  method?: string;
  headers?: OutgoingHttpHeaders;
  /** Sent as is; a function writes the body itself (for streaming). */
  body?: string | Buffer | ((write: (chunk: Buffer) => Promise<void>) => Promise<void>);
}

function send({ path = '/api/app.info', method = 'POST', headers = {}, body }: Call): Promise<Reply> {
  tried += 1;
  const host = `127.0.0.1:${web.port}`;
  const allHeaders: OutgoingHttpHeaders = {
    host,
    origin: `http://${host}`,
    [SECRET_HEADER]: web.secret,
    'content-type': 'application/json',
    ...headers,
  };
  for (const [name, value] of Object.entries(allHeaders)) if (value === undefined) delete allHeaders[name];
  return new Promise((resolve, reject) => {
    // A connection per request: a refused request's unread body must not trip up the next one on a kept-alive socket.
    const req = httpRequest({ host: '127.0.0.1', port: web.port, path, method, headers: allHeaders, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] });
        } catch {
          reject(new Error(`Status ${res.statusCode}: the answer is not JSON: ${text.slice(0, 200)}`));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (typeof body === 'function') {
      const write = (chunk: Buffer) => new Promise<void>((done) => (req.write(chunk) ? done() : req.once('drain', () => done())));
      body(write).then(() => req.end(), reject);
    } else {
      req.end(body);
    }
  });
}

const api = (name: string, payload: unknown, headers: OutgoingHttpHeaders = {}) =>
  send({ path: `/api/${encodeURIComponent(name)}`, headers, body: payload === undefined ? '' : JSON.stringify(payload) });

/** A Date anywhere in a value (a list of dates is a valid list of texts once it is JSON). */
const holdsDate = (value: unknown): boolean =>
  value instanceof Date || (Array.isArray(value) ? value.some(holdsDate) : typeof value === 'object' && value !== null && Object.values(value).some(holdsDate));

function expectTypedError(reply: Reply, status: number, code: string): void {
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(status);
  expect(reply.body.ok).toBe(false);
  expect(KNOWN_ERROR_CODES).toContain(reply.body.error?.code);
  expect(reply.body.error?.code).toBe(code);
  expect(reply.body.error?.message.trim().length).toBeGreaterThan(0);
}

beforeAll(async () => {
  journal = tempJournal('afterword-bridge-');
  await seedJournal(journal.services.dispatch);
  staticDir = mkdtempSync(join(tmpdir(), 'afterword-bridge-static-'));
  web = await startWebServer({ dispatch: journal.services.dispatch, staticDir, log: () => {} });
  fingerprint = journalFingerprint(journal.services);
});

afterAll(async () => {
  console.log(`hostile bridge requests: ${tried}`);
  await web?.close();
  journal?.dispose();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('the browser-mode bridge under hostile requests', () => {
  it('answers 400 to a body that is not JSON', async () => {
    const notJson = fc.oneof(
      fc.constantFrom('{', '{"id": 1', "{'id': 1}", '{"id": 1,}', 'NaN', 'undefined', '{"id": Infinity}', '\u0000', '\ufeff{}', '[1, 2', '"unterminated', '{"a":1}{"b":2}'),
      fc.string({ minLength: 1, maxLength: 40 }).filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      }),
      fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.concat([Buffer.from('{"'), Buffer.from(bytes)])),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames), notJson, async (name, body) => {
        expectTypedError(await send({ path: `/api/${name}`, body }), 400, 'invalid-input');
      }),
      { numRuns: 60 },
    );
    // Nesting too deep for any payload is still only a bad request.
    expectTypedError(await send({ path: '/api/app.info', body: '['.repeat(200_000) }), 400, 'invalid-input');
  });

  it('answers 403 to a missing or wrong secret', async () => {
    const wrongSecret = fc.oneof(
      fc.constant(undefined),
      fc.constant(''),
      fc.constant(web.secret.slice(0, -1)),
      fc.constant(`${web.secret}x`),
      fc.constant(web.secret.toUpperCase()),
      fc.string({ minLength: 1, maxLength: 60 }).filter((text) => /^[\x21-\x7e]+$/.test(text)),
    );
    await fc.assert(
      fc.asyncProperty(wrongSecret.filter((secret) => secret !== web.secret), async (secret) => {
        expectTypedError(await send({ path: '/api/settings.update', headers: { [SECRET_HEADER]: secret }, body: '{"userName":"Mallory"}' }), 403, 'forbidden');
      }),
      { numRuns: 30 },
    );
  });

  it('answers 403 to a foreign Host (DNS rebinding) or Origin (another web page)', async () => {
    const own = `127.0.0.1:${web.port}`;
    for (const host of ['evil.example', `evil.example:${web.port}`, '127.0.0.1', `127.0.0.1:${web.port + 1}`, `[::1]:${web.port}`, `${own}.evil.example`]) {
      expectTypedError(await send({ path: '/api/app.info', headers: { host, origin: `http://${host}` } }), 403, 'forbidden');
    }
    for (const origin of [undefined, 'null', 'http://evil.example', `https://${own}`, `http://localhost:${web.port}`, `http://${own}/`, `file://`]) {
      expectTypedError(await send({ path: '/api/settings.update', headers: { origin }, body: '{"userName":"Mallory"}' }), 403, 'forbidden');
    }
  });

  it('answers 403 to an API call that is not a POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      expectTypedError(await send({ path: '/api/app.info', method, body: method === 'GET' ? undefined : '{}' }), 403, 'forbidden');
    }
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'text/json']) {
      expectTypedError(await send({ path: '/api/settings.update', headers: { 'content-type': type }, body: '{"userName":"Mallory"}' }), 415, 'invalid-input');
    }
  });

  it('answers 413 to a body over the limit, streamed without holding it in memory', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const reply = await send({
      path: '/api/journal.importJson',
      body: async (write) => {
        for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) await write(chunk);
      },
    });
    expectTypedError(reply, 413, 'invalid-input');
  });

  it('answers a readable error to a method that does not exist, however it is written', async () => {
    for (const path of ['/api/journal.sql', '/api/', '/api/__proto__', '/api/constructor', '/api/app.info/extra', '/api/..%2Fapp.info', '/api/%00']) {
      const reply = await send({ path, body: '{}' });
      expect(reply.body.ok).toBe(false);
      expect(reply.body.error?.code).toBe('invalid-input');
      expect(reply.body.error?.message).toMatch(/no action/i);
    }
    // Percent-encoding that does not decode: a bad request, not a failure of the bridge.
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/%zz', '/api/app.%ED%A0%80']) {
      expectTypedError(await send({ path, body: '{}' }), 400, 'invalid-input');
    }
  });

  it('refuses hostile JSON payloads for every method with a typed error', async () => {
    for (const name of methodNames) {
      for (const [field, sample] of Object.entries(fullSamples[name] ?? {})) {
        await fc.assert(
          fc.asyncProperty(invalidValueFor(field, sample), async (value) => {
            // Only what JSON can carry: BigInt cannot be sent, NaN and Infinity arrive as null, dates as text.
            let body: string;
            try {
              body = JSON.stringify({ ...fullSamples[name], [field]: value });
            } catch {
              return;
            }
            // A Date arrives as valid ISO text, and NaN as null, which some fields accept.
            const parsed = JSON.parse(body) as Record<string, unknown>;
            if (holdsDate(value) || (parsed[field] === null && NULLABLE_FIELDS.has(field))) return;
            const reply = await send({ path: `/api/${name}`, body });
            expectTypedError(reply, 200, 'invalid-input');
          }),
          { numRuns: 3 },
        );
      }
    }
  });

  it('keeps serving afterwards, and no refused request changed the journal', async () => {
    const info = await api('app.info', undefined);
    expect(info).toMatchObject({ status: 200, body: { ok: true } });
    const settings = await api('settings.get', undefined);
    expect(settings.body).toMatchObject({ ok: true, value: { userName: '' } });
    expect(journalFingerprint(journal.services)).toBe(fingerprint);
    expect(journal.log).toEqual([]);
  });
});
