// The offline guarantee and accessibility, screen by screen: a browser-mode session through every screen of a
// journal with something in it (and, on another server, the Recovery screen) makes no request outside the app's
// own origin, and axe-core finds no serious or critical problem on any screen, in the light or the dark theme.
// The request count and a per-screen summary of what axe reported are printed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading, type AxeViolation } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const COMPANY = 'Kestrel Labs';
const ANA = 'Ana Ruiz';
const WEI = 'Wei Zhang';

interface Seeded {
  applicationId: number;
  interviewId: number;
  personId: number;
  followUpId: number;
}

async function value<T>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function seed(app: WebApp): Promise<Seeded> {
  const hour = 3_600_000;
  const application = await value(app.call<{ id: number }>('applications.create', { company: COMPANY, role: 'Platform engineer', notes: 'Referred by Sam.' }));
  const interview = await value(
    app.call<{ id: number; interviewers: { id: number; name: string }[] }>('interviews.create', {
      applicationId: application.id,
      round: 'technical',
      format: 'video',
      startsAt: new Date(Date.now() - 3 * hour).toISOString(),
      endsAt: new Date(Date.now() - 2 * hour).toISOString(),
      timeZone: 'Europe/London',
      topics: ['streaming pipelines', 'on-call rotation'],
      nextStep: 'A decision within a week',
      newInterviewers: [{ name: ANA, title: 'Engineering manager', email: 'ana@example.com' }, { name: WEI }],
    }),
  );
  const due = await value(app.call<{ items: { key: string; recipientName: string }[] }>('due.list'));
  const key = due.items.find((item) => item.recipientName === ANA)?.key;
  const note = await value(app.call<{ id: number }>('followups.openDue', { key }));
  // So Settings lists a backup, as it does after any start of a journal with something in it.
  await value(app.call('backups.create'));
  await value(app.call('followups.saveDraft', { id: note.id, subject: 'Thank you', body: 'Dear Ana,\n\nThank you for the talk about streaming pipelines.' }));
  const ana = interview.interviewers?.find((person) => person.name === ANA);
  const people = await value(app.call<{ id: number; name: string }[]>('people.list'));
  return { applicationId: application.id, interviewId: interview.id, personId: ana?.id ?? people.find((p) => p.name === ANA)!.id, followUpId: note.id };
}

interface Screen {
  name: string;
  path: string;
  /** Waits until the screen shows what it is for (its data loaded), and does what a user does there. */
  ready: (page: Page) => Promise<void>;
}

function screensOf(s: Seeded): Screen[] {
  return [
    { name: 'Due', path: 'due', ready: async (page) => {
      await expectHeading(page, 'Due');
      await expect.poll(() => page.getByTestId('countdown').count()).toBeGreaterThan(0);
    } },
    { name: 'Applications', path: 'applications', ready: async (page) => {
      await expectHeading(page, 'Applications');
      await expect.poll(() => page.getByRole('link', { name: COMPANY }).isVisible()).toBe(true);
    } },
    { name: 'Application', path: `applications/${s.applicationId}`, ready: async (page) => {
      await expectHeading(page, COMPANY);
      await expect.poll(() => page.getByRole('list', { name: 'Interviews' }).textContent()).toContain(WEI);
    } },
    { name: 'Interview form (edit)', path: `applications/${s.applicationId}/interviews/${s.interviewId}`, ready: async (page) => {
      await expectHeading(page, 'Edit interview');
      await expect.poll(() => page.getByRole('list', { name: 'Topics added' }).getByRole('listitem').count()).toBe(2);
    } },
    { name: 'Interview form (new)', path: `applications/${s.applicationId}/interviews/new`, ready: async (page) => {
      await expectHeading(page, 'New interview');
    } },
    { name: 'People', path: 'people', ready: async (page) => {
      await expectHeading(page, 'People');
      await expect.poll(() => page.getByRole('link', { name: ANA }).first().isVisible()).toBe(true);
    } },
    { name: 'Person', path: `people/${s.personId}`, ready: async (page) => {
      await expectHeading(page, ANA);
    } },
    { name: 'Search', path: 'search?q=streaming', ready: async (page) => {
      await expectHeading(page, 'Search');
      await expect.poll(() => page.getByRole('main').textContent()).toContain(COMPANY);
    } },
    { name: 'Settings', path: 'settings', ready: async (page) => {
      await expectHeading(page, 'Settings');
      await expect.poll(() => page.getByRole('table', { name: 'Backups, newest first' }).isVisible()).toBe(true);
    } },
    { name: 'About', path: 'about', ready: async (page) => {
      await expectHeading(page, 'About Afterword');
      await expect.poll(() => page.getByTestId('about-journal-path').isVisible()).toBe(true);
    } },
    { name: 'Follow-up editor, card open', path: `followup/${s.followUpId}`, ready: async (page) => {
      await expectHeading(page, `Thank-you note to ${ANA}`);
      const text = page.getByRole('textbox', { name: 'Text', exact: true });
      await expect.poll(() => text.isVisible()).toBe(true);
      await text.click();
      await page.keyboard.press('Control+End');
      // Typing makes the review worker load the dictionary; a flagged misspelling shows it was loaded and used.
      await page.keyboard.type(' I recieved your note.');
      await expect.poll(() => page.locator('.cm-content .cm-flag-spelling').allTextContents(), { timeout: 15_000 }).toContain('recieved');
      await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Saved');
      // Checked with the misspelling's card open: the card has its own colours in each theme.
      await page.locator('.cm-content .cm-flag-spelling', { hasText: 'recieved' }).first().click();
      await expect.poll(() => page.getByRole('group', { name: /^Spelling:/ }).isVisible()).toBe(true);
    } },
  ];
}

const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
const describeViolations = (violations: AxeViolation[]) =>
  violations.length === 0 ? 'none' : violations.map((v) => `${v.id} (${v.impact}, ${v.targets.length})`).join(', ');

describe('offline and accessible on every screen', () => {
  let app: WebApp;
  let damaged: WebApp;
  let damagedDir: string;
  let browser: Browser;
  let seeded: Seeded;
  const summary: string[] = [];
  let total = 0;
  let foreign: string[] = [];

  beforeAll(async () => {
    app = await startWebApp();
    seeded = await seed(app);
    damagedDir = mkdtempSync(join(tmpdir(), 'afterword-e2e-offline-'));
    writeFileSync(join(damagedDir, 'journal.sqlite3'), randomBytes(8192));
    damaged = await startWebApp({ dataDir: damagedDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await damaged?.stop();
    rmSync(damagedDir, { recursive: true, force: true });
    console.log(`requests observed: ${total}, outside the app's origin: ${foreign.length}`);
    console.log(`axe-core (WCAG 2.1 A/AA), violations per screen:\n${summary.join('\n')}`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`visits every screen in the ${scheme} theme without a request elsewhere or a serious accessibility problem`, async () => {
      const { page, requests, errors, context } = await openPage(browser, { colorScheme: scheme });
      const found: Record<string, AxeViolation[]> = {};
      await page.goto(app.appUrl);
      for (const screen of screensOf(seeded)) {
        await page.goto(`${app.origin}/#/${screen.path}`);
        await screen.ready(page);
        found[screen.name] = await accessibilityViolations(page);
        summary.push(`  ${scheme.padEnd(5)} ${screen.name.padEnd(24)} ${describeViolations(found[screen.name]!)}`);
      }
      await context.close();

      // The Recovery screen, on a server whose journal is garbage.
      const recovery = await openPage(browser, { colorScheme: scheme });
      await recovery.page.goto(damaged.appUrl);
      await expectHeading(recovery.page, 'Your journal could not be opened');
      await expect.poll(() => recovery.page.getByText('There are no backups in').isVisible()).toBe(true);
      found.Recovery = await accessibilityViolations(recovery.page);
      summary.push(`  ${scheme.padEnd(5)} ${'Recovery'.padEnd(24)} ${describeViolations(found.Recovery)}`);
      await recovery.context.close();

      total += requests.length + recovery.requests.length;
      foreign = [...foreign, ...foreignRequests(requests, app.origin), ...foreignRequests(recovery.requests, damaged.origin)];
      expect(foreign).toEqual([]);
      // Every screen was really loaded from this origin, the review worker and its dictionary included.
      expect(requests.some((url) => /\.worker|worker-/.test(url))).toBe(true);
      expect(Object.fromEntries(Object.entries(found).map(([name, violations]) => [name, serious(violations)]))).toEqual(
        Object.fromEntries(Object.keys(found).map((name) => [name, []])),
      );
      expect([...errors, ...recovery.errors]).toEqual([]);
    });
  }
});
