// The application menu's commands as the page receives them (through the preload's `window.afterwordMenu`, played
// by support/desktop-bridge.ts): each lands on its screen, with the focus where the keyboard user needs it.
// About lists the keyboard shortcuts, the menu's in the desktop app only. Screenshots of About in light and dark,
// at 800 and 1280 px, go to test-results/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './support/browser.ts';
import { actAsDesktop, menuCommand } from './support/desktop-bridge.ts';
import { checkEveryLook, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const shots = fileURLToPath(new URL('../../test-results/about/', import.meta.url));
const focused = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent?.trim());

describe('the application menu in the page', () => {
  let browser: Browser;
  let app: WebApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startWebApp();
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('opens the new-application form, About and the keyboard shortcuts, moving the focus there', async () => {
    const { page, requests, errors, context } = await openPage(browser);
    await actAsDesktop(page, app.secret);
    await page.goto(app.appUrl);
    await expectHeading(page, 'Due');

    await menuCommand(page, 'new-application');
    await expectHeading(page, 'Applications');
    await expect.poll(() => page.getByRole('textbox', { name: /Company/ }).isVisible()).toBe(true);
    // Cancelled, then asked again from the menu while the list shows: the form opens again.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /Company/ }).count()).toBe(0);
    await menuCommand(page, 'new-application');
    await expect.poll(() => page.getByRole('textbox', { name: /Company/ }).isVisible()).toBe(true);

    await menuCommand(page, 'about');
    await expectHeading(page, 'About Afterword');
    await expect.poll(() => focused(page)).toBe('About Afterword');
    await expect.poll(() => page.getByText('Desktop app').count()).toBe(1);

    await menuCommand(page, 'keyboard-shortcuts');
    await expect.poll(() => focused(page)).toBe('Keyboard shortcuts');
    const anywhere = page.getByRole('heading', { name: 'Anywhere in the app' });
    expect(await anywhere.isVisible()).toBe(true);
    expect(await page.locator('kbd', { hasText: /^Ctrl\+N$/ }).count()).toBe(1);
    expect(await page.locator('kbd', { hasText: 'F8 or Alt+]' }).count()).toBe(1);

    await checkEveryLook(page, shots, 'about-desktop');
    expect(foreignRequests(requests, app.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists only the editor’s shortcuts in browser mode, which has no application menu', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(app.appUrl);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expectHeading(page, 'About Afterword');
    await expect.poll(() => page.getByRole('heading', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Anywhere in the app' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'While writing a note' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Browser mode').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
