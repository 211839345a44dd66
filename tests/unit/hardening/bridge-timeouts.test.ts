/**
 * The bridge serves only the page on this machine, so a client that trickles its headers (slowloris) or sits on
 * an idle connection is cut off after a few seconds instead of holding a socket for minutes (Node's defaults).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_TIMEOUTS, startWebServer, type WebServer } from '../../../src-main/web/server.ts';

let web: WebServer | null = null;
let staticDir: string | null = null;

afterEach(async () => {
  await web?.close();
  web = null;
  if (staticDir) rmSync(staticDir, { recursive: true, force: true });
});

async function start(timeouts?: { headersMs: number; requestMs: number; keepAliveMs: number }): Promise<WebServer> {
  staticDir = mkdtempSync(join(tmpdir(), 'afterword-timeouts-'));
  web = await startWebServer({ dispatch: async () => ({ ok: true, value: null }), staticDir, log: () => {}, ...(timeouts ? { timeouts } : {}) });
  return web;
}

/** Sends the start of a request and never the rest; answers what the server did and after how long. */
function trickle(port: number): Promise<{ reply: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.on('connect', () => socket.write(`POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `));
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('close', () => resolve({ reply, closed: true }));
    socket.on('error', () => undefined);
  });
}

describe('the bridge’s timeouts', () => {
  it('are seconds, not Node’s minutes', async () => {
    const server = (await start()).server;
    expect(server.headersTimeout).toBe(BRIDGE_TIMEOUTS.headersMs);
    expect(server.requestTimeout).toBe(BRIDGE_TIMEOUTS.requestMs);
    expect(server.keepAliveTimeout).toBe(BRIDGE_TIMEOUTS.keepAliveMs);
    expect(BRIDGE_TIMEOUTS.headersMs).toBeLessThanOrEqual(10_000);
    expect(BRIDGE_TIMEOUTS.requestMs).toBeLessThanOrEqual(60_000);
  });

  it('close a connection whose headers never finish', async () => {
    const server = await start({ headersMs: 300, requestMs: 600, keepAliveMs: 300 });
    const outcome = await trickle(server.port);
    expect(outcome.closed).toBe(true);
    expect(outcome.reply === '' || outcome.reply.startsWith('HTTP/1.1 408')).toBe(true);
  });
});
