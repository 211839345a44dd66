// A journal that is fine but cannot be used: its data folder is read-only, or another Afterword has it open. The
// page says which, in plain words, offers no way out that would replace the journal, and opens it once the cause
// has gone; a second browser-mode process on the same folder says why and stops.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountSmallDisk, type SmallDisk } from '../support/small-disk.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const SHOTS = process.env.AFTERWORD_SHOTS;

describe('a journal that cannot be used for now', () => {
  let browser: Browser;
  let app: WebApp | null = null;
  let disk: SmallDisk | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    disk?.unmount();
  });

  it('in a read-only folder is explained, checked in both themes and sizes, and opens by keyboard once writable', async (context) => {
    disk = mountSmallDisk(8192);
    if (!disk) {
      context.skip('mounting a file system is not allowed on this machine (needs root), so a read-only folder cannot be staged');
      return;
    }
    const dataDir = join(disk.dir, 'Afterword');
    mkdirSync(dataDir);
    const first = await startWebApp({ dataDir });
    expect((await first.call('applications.create', { company: 'Kestrel Labs', role: 'Data engineer' })).ok).toBe(true);
    await first.stop();
    disk.readOnly();

    app = await startWebApp({ dataDir });
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [800, 1280]) {
        const { page, errors, context: browserContext } = await openPage(browser, { colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(app.appUrl);
        await expectHeading(page, 'Afterword cannot write to your data folder');
        expect(await page.getByTestId('journal-problem').textContent()).toContain(`${dataDir} is read-only`);
        // Nothing that would replace a journal that is not damaged, and no other screen.
        expect(await page.getByRole('button', { name: /Start a new journal|Restore/ }).count()).toBe(0);
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
        expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
        expect((await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `unavailable-${scheme}-${width}.png`), fullPage: true });
        expect(errors).toEqual([]);
        await browserContext.close();
      }
    }

    const { page, context: browserContext } = await openPage(browser);
    await page.goto(app.appUrl);
    await expectHeading(page, 'Afterword cannot write to your data folder');
    // By keyboard alone: the button is among the first stops (the data folder's text may take one before it).
    const focused = () => page.evaluate<string | undefined>('document.activeElement?.textContent?.trim()');
    for (let presses = 0; presses < 4 && (await focused()) !== 'Try again'; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Try again');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Still the same' }).count()).toBe(1);

    disk.writable();
    await page.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect((await app.call<{ items: { company: string }[] }>('applications.list')).ok).toBe(true);
    await browserContext.close();
  });

  it('open in another browser-mode process makes the second one say so and stop', async () => {
    const first = await startWebApp();
    try {
      const second = startWebApp({ dataDir: first.dataDir });
      await expect(second).rejects.toThrow(/exited with 1:[\s\S]*already open in Afterword in browser mode[\s\S]*Close the other one/);
      expect((await first.call('applications.list')).ok).toBe(true);
    } finally {
      await first.stop();
    }
  });
});
