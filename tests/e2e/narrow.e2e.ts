// At 800 px: the sidebar is a bar across the top, nothing scrolls sideways on any screen, and the note's interview
// and review column is a drawer one click (or Alt+R) away, which Escape closes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { expectHeading } from './support/journal-ui.ts';
import { callOk, startWebApp, type WebApp } from './support/web-app.ts';

const HOUR = 3_600_000;

const ok = callOk;

describe('the app at 800 px', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  let noteId = 0;
  let applicationId = 0;

  beforeAll(async () => {
    app = await startWebApp();
    const application = await ok<{ id: number }>(app, 'applications.create', { company: 'Brightline Analytics and Associated Data Science Consultancies International', role: 'Senior data analyst, customer lifetime value and churn modelling', source: 'recruiter', newRecruiter: { name: 'Rita Okafor' } });
    applicationId = application.id;
    const ended = Date.now() - 2 * HOUR;
    const interview = await ok<{ id: number }>(app, 'interviews.create', {
      applicationId,
      round: 'panel',
      startsAt: new Date(ended - HOUR).toISOString(),
      endsAt: new Date(ended).toISOString(),
      timeZone: 'Europe/London',
      topics: ['churn models', 'a very long topic name about migrating nightly batch pipelines to streaming'],
      newInterviewers: [{ name: 'Ana Ruiz', email: 'ana.ruiz.with.a.rather.long.address@brightline-analytics.example' }],
    });
    const due = await ok<{ items: { key: string; interviewId: number; kind: string }[] }>(app, 'due.list');
    const key = due.items.find((item) => item.interviewId === interview.id && item.kind === 'thank-you')!.key;
    noteId = (await ok<{ id: number }>(app, 'followups.openDue', { key })).id;
    await ok(app, 'followups.saveDraft', { id: noteId, subject: 'Thank you', body: 'Dear Ana,\n\nThank you for the panel.\n\n[[Your name]]' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 800, height: 800 }, timezoneId: 'Europe/London' })).newPage();
    await page.goto(app.appUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const sideways = () =>
    page.evaluate<string[]>(`[document.documentElement, document.querySelector('main')]
      .filter((el) => el && el.scrollWidth > el.clientWidth + 1).map((el) => el.tagName + ' ' + el.scrollWidth + '>' + el.clientWidth)`);

  it('folds the sidebar into a bar across the top', async () => {
    await expectHeading(page, 'Due');
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.width).toBeGreaterThan(700);
    expect(nav!.height).toBeLessThan(120);
  });

  it.each([
    ['Due', '#/due'],
    ['Applications', '#/applications?new=1'],
    ['Application', '#/applications/APP'],
    ['New interview', '#/applications/APP/interviews/new'],
    ['People', '#/people'],
    ['Person', '#/people/1'],
    ['Search', '#/search'],
    ['Settings', '#/settings'],
    ['About', '#/about'],
    ['Note', '#/followup/NOTE'],
  ])('shows %s without sideways scrolling', async (_name, hash) => {
    await page.evaluate(`location.hash = ${JSON.stringify(hash.replace('APP', String(applicationId)).replace('NOTE', String(noteId)))}`);
    await expect.poll(() => page.locator('main h1').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await sideways()).toEqual([]);
  });

  it('opens the review and interview drawer in one step, and Escape closes it', async () => {
    await page.evaluate(`location.hash = '#/followup/${noteId}'`);
    await expectHeading(page, 'Thank-you note to Ana Ruiz');
    const side = page.locator('#note-side');
    expect(await side.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Review and interview' }).click();
    await expect.poll(() => side.getByRole('heading', { name: 'Review' }).isVisible()).toBe(true);
    // Measured once it has slid in: inside the window, from its top.
    await expect.poll(async () => { const box = await side.boundingBox(); return box ? box.x + box.width : Infinity; }).toBeLessThanOrEqual(800);
    expect((await side.boundingBox())!.y).toBeLessThan(10);
    await page.keyboard.press('Escape');
    await expect.poll(() => side.isVisible()).toBe(false);
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('note-side-toggle');
    await page.keyboard.press('Alt+R');
    await expect.poll(() => side.getByRole('heading', { name: 'Review' }).isVisible()).toBe(true);
  });
});
