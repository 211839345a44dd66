import { request as httpRequest } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './support/browser.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

describe('browser mode', () => {
  let app: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startWebApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('prints a loopback URL that carries the secret', () => {
    expect(app.appUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#key=[A-Za-z0-9_-]{20,}$/);
    expect(app.output()).toContain(`Journal: ${app.dataDir}/journal.sqlite3`);
  });

  it('shows the About view with the journal path the API reports, and talks to no other origin', async () => {
    const info = await app.call<{ journalPath: string }>('app.info');
    expect(info.ok).toBe(true);
    const journalPath = info.ok ? info.value.journalPath : '';
    expect(journalPath).toBe(`${app.dataDir}/journal.sqlite3`);

    const { page, requests, errors, context } = await openPage(browser);
    await page.goto(app.appUrl);
    await page.getByRole('link', { name: 'About' }).click();
    await expect.poll(() => page.getByTestId('about-journal-path').textContent()).toBe(journalPath);
    await expect.poll(() => page.getByRole('heading', { name: 'About Afterword' }).isVisible()).toBe(true);
    // The secret leaves the address bar once the page has read it.
    expect(page.url()).not.toContain('key=');
    // A reload keeps working (the secret is kept for this tab).
    await page.reload();
    await page.getByRole('link', { name: 'About' }).click();
    await expect.poll(() => page.getByTestId('about-journal-path').textContent()).toBe(journalPath);

    expect(foreignRequests(requests, app.origin)).toEqual([]);
    expect(requests.some((url) => url.includes('/api/app.info'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses API calls without the secret, with a wrong secret, from another origin or host', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${app.origin}/api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

    expect((await post({ Origin: app.origin })).status).toBe(403);
    expect((await post({ Origin: app.origin, 'X-Afterword-Secret': 'not-the-secret' })).status).toBe(403);
    expect((await post({ Origin: 'http://evil.example', 'X-Afterword-Secret': app.secret })).status).toBe(403);
    expect((await post({ 'X-Afterword-Secret': app.secret })).status).toBe(403);
    // A DNS-rebinding page reaches the same socket under another name: the Host header gives it away.
    expect(await statusWithHost('evil.example', app)).toBe(403);
    expect(await statusWithHost(new URL(app.origin).host, app)).toBe(200);
    const good = await post({ Origin: app.origin, 'X-Afterword-Secret': app.secret });
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true });
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${app.origin}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self'");
  });

  it('answers a malformed body with a readable error instead of failing', async () => {
    const response = await fetch(`${app.origin}/api/app.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: app.origin, 'X-Afterword-Secret': app.secret },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } });
  });
});

function statusWithHost(host: string, app: WebApp): Promise<number> {
  const url = new URL(app.origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/app.info',
        method: 'POST',
        headers: { Host: host, Origin: `http://${host}`, 'X-Afterword-Secret': app.secret, 'Content-Type': 'application/json' },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end('{}');
  });
}
