/** Helpers for driving the journal screens the way a person does: by labels, roles and the clock on the wall. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The date and time `time` shows on the clocks of `zone`, as the interview form takes them. */
export function wallClock(time: number, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(time))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * An interview that ended about two hours before `now`, on one calendar day in `zone` (the form takes one date):
 * its thank-you notes are due in about 22 hours.
 */
export function interviewEndedTwoHoursAgo(now: number, zone: string): { date: string; start: string; end: string } {
  const MINUTE = 60_000;
  let end = Math.floor((now - 120 * MINUTE) / MINUTE) * MINUTE;
  if (wallClock(end, zone).time === '00:00') end -= MINUTE;
  let start = end - 60 * MINUTE;
  while (wallClock(start, zone).date !== wallClock(end, zone).date) start += MINUTE;
  return { date: wallClock(end, zone).date, start: wallClock(start, zone).time, end: wallClock(end, zone).time };
}

/** The message a field announces (its `aria-describedby` target), once the field is marked invalid. */
export async function fieldMessage(page: Page, field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ').trim();
}

/** Waits until the page shows a heading with this exact name. */
export async function expectHeading(page: Page, name: string, level = 1): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { name, level, exact: true }).isVisible()).toBe(true);
}

/** What a text field holds, whether it is a form control or a rich editor (contenteditable), spaces normalised. */
export async function fieldText(field: Locator): Promise<string> {
  const rich = (await field.getAttribute('contenteditable')) !== null;
  const text = rich ? await field.innerText() : await field.inputValue();
  return text.replace(/\s+/g, ' ').trim();
}

const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core against the page as it stands (WCAG 2.1 A and AA rules). It is evaluated through the browser's
 * debugging channel, which the page's Content-Security-Policy does not govern, so the app's own policy stays on.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE};undefined`);
  return page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))
  `);
}

/**
 * The screen as it stands, in the light and dark themes at 800 and 1280 px: no axe violation in any of the four,
 * and a full-page screenshot of each, `<folder>/<name>-<theme>-<width>.png`, for a person to look at.
 */
export async function checkEveryLook(page: Page, folder: string, name: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [800, 1280]) {
      await page.setViewportSize({ width, height: 860 });
      expect(await accessibilityViolations(page), `${name}, ${colorScheme} at ${width} px`).toEqual([]);
      await page.screenshot({ path: join(folder, `${name}-${colorScheme}-${width}.png`), fullPage: true });
    }
  }
}
