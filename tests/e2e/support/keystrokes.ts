/**
 * Keystroke-to-paint, as a person feels typing: from the moment a key was pressed to just after the next frame was
 * painted. Used by the editor spec (to show every key arrived) and by `npm run bench` (for the figures).
 */
import type { Page } from 'playwright-core';

/** Starts timing every key pressed from now on in the page. */
export async function timeKeystrokes(page: Page): Promise<void> {
  // In the page, as source text: this file is checked without the DOM's types.
  await page.evaluate(`
    window.keyLatencies = [];
    document.addEventListener('keydown', (event) => {
      requestAnimationFrame(() => setTimeout(() => window.keyLatencies.push(performance.now() - event.timeStamp), 0));
    }, true);
  `);
}

/** Each key's time to paint, in milliseconds, in the order pressed. */
export function keystrokeTimes(page: Page): Promise<number[]> {
  return page.evaluate<number[]>('window.keyLatencies');
}
