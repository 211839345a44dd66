/**
 * The desktop app's preload, played in Chromium: `window.afterword` forwards every contract method to browser
 * mode's bridge (answering `app.info` as the desktop app would, `mode: 'desktop'`), and `window.afterwordMenu`
 * lets a spec deliver application-menu commands the way the preload does. The page is the real built renderer;
 * only the transport differs. Where Electron is installed, tests/e2e/electron.e2e.ts drives the real thing.
 */
import type { Page } from 'playwright-core';
import { methodNames } from '../../../src-shared/api/contract.ts';
import type { MenuCommand } from '../../../src-shared/api/menu.ts';

export async function actAsDesktop(page: Page, secret: string): Promise<void> {
  await page.addInitScript(
    ({ names, key }) => {
      type Answer = { ok: boolean; value?: Record<string, unknown> };
      const call = (name: string, input: unknown): Promise<Answer> =>
        fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Afterword-Secret': key }, body: JSON.stringify(input ?? {}) }).then(
          (response) => response.json() as Promise<Answer>,
        );
      const api: Record<string, Record<string, (input?: unknown) => Promise<Answer>>> = {};
      for (const name of names) {
        const [area, action] = name.split('.') as [string, string];
        api[area] ??= {};
        api[area][action] = (input?: unknown) => call(name, input);
      }
      api.app!.info = async () => {
        const answer = await call('app.info', {});
        if (answer.ok && answer.value) answer.value.mode = 'desktop';
        return answer;
      };
      let listener: ((command: string) => void) | undefined;
      const page = globalThis as unknown as Record<string, unknown>;
      page.afterword = api;
      page.afterwordMenu = {
        onCommand(next: (command: string) => void) {
          listener = next;
          return () => (listener = undefined);
        },
      };
      page.__deliverMenuCommand = (command: string) => listener?.(command);
    },
    { names: methodNames as string[], key: secret },
  );
}

/** What the preload does when main sends a menu command. */
export async function menuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((name) => (globalThis as unknown as { __deliverMenuCommand(name: string): void }).__deliverMenuCommand(name), command);
}
