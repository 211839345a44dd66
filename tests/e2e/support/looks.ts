/**
 * Looking at a screen in a transient state the way the project's checks ask: light and dark, 800 and 1280 px
 * wide, a screenshot of each (to look at) and axe-core on each (no serious or critical finding).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations } from './journal-ui.ts';

export const SCREENSHOTS = process.env.AFTERWORD_SCREENSHOTS ?? join(process.env.TMPDIR ?? '/tmp', 'afterword-screens');

export async function lookInEveryTheme(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [800, 1280]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${colorScheme}-${width}.png`), fullPage: options.fullPage ?? false });
      const serious = (await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, `${name} ${colorScheme} ${width}px`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 860 });
}
