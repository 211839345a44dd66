// Safety flows in browser mode: a delete asks no browser question and can be undone for a while (by the toast's
// button or Ctrl+Z), bringing everything back; the backups say what each one holds.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { expectHeading } from './support/journal-ui.ts';
import { callOk, startWebApp, type WebApp } from './support/web-app.ts';

const HOUR = 3_600_000;

const ok = callOk;

describe('deleting, undoing, and what backups hold', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  let applicationId = 0;
  const browserQuestions: string[] = [];
  const snapshot = async () => (await ok<{ text: string }>(app, 'journal.exportJson')).text.replace(/"exportedAt": "[^"]*"/, '');

  beforeAll(async () => {
    app = await startWebApp();
    applicationId = (await ok<{ id: number }>(app, 'applications.create', { company: 'Brightline', source: 'recruiter', newRecruiter: { name: 'Rita Okafor' } })).id;
    const ended = Date.now() - 2 * HOUR;
    const interview = await ok<{ id: number; interviewers: { id: number }[] }>(app, 'interviews.create', {
      applicationId,
      round: 'panel',
      startsAt: new Date(ended - HOUR).toISOString(),
      endsAt: new Date(ended).toISOString(),
      timeZone: 'Europe/London',
      newInterviewers: [{ name: 'Ana Ruiz' }, { name: 'Bo Chen' }],
    });
    await ok(app, 'followups.create', { applicationId, interviewId: interview.id, recipientId: interview.interviewers[0]!.id, kind: 'thank-you', body: 'Dear Ana' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    page.on('dialog', (dialog) => {
      browserQuestions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(app.appUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('deletes an application at once, and Undo brings it back exactly, with its interview and note', async () => {
    const before = await snapshot();
    await page.evaluate(`location.hash = '#/applications/${applicationId}'`);
    await expectHeading(page, 'Brightline');
    await page.getByRole('button', { name: 'Delete application' }).click();
    await expectHeading(page, 'Applications');
    await expect.poll(() => page.getByText('Deleted Brightline.').isVisible()).toBe(true);
    expect((await ok<{ total: number }>(app, 'applications.list')).total).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectHeading(page, 'Brightline');
    expect(await snapshot()).toBe(before);
    expect(browserQuestions).toEqual([]);
  });

  it('undoes removing a person with Ctrl+Z, relinking them to the interview and the note', async () => {
    const before = await snapshot();
    const ana = (await ok<{ id: number; name: string }[]>(app, 'people.list')).find((p) => p.name === 'Ana Ruiz')!;
    await page.evaluate(`location.hash = '#/people/${ana.id}'`);
    await expectHeading(page, 'Ana Ruiz');
    await page.getByRole('button', { name: 'Remove' }).click();
    await expectHeading(page, 'People');
    await expect.poll(() => page.getByText('Deleted Ana Ruiz.').isVisible()).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+z');
    await expectHeading(page, 'Ana Ruiz');
    expect(await snapshot()).toBe(before);
    expect(browserQuestions).toEqual([]);
  });

  it('undoes removing a personal word, and Settings shows it again', async () => {
    await ok(app, 'settings.addPersonalWord', { word: 'Kubernetes' });
    await page.evaluate(`location.hash = '#/settings'`);
    await expectHeading(page, 'Settings');
    await page.getByRole('button', { name: 'Remove Kubernetes' }).click();
    await expect.poll(() => page.getByText('Deleted “Kubernetes” from your personal words.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Remove Kubernetes' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove Kubernetes' }).count()).toBe(1);
    expect((await ok<{ personalWords: string[] }>(app, 'settings.get')).personalWords).toContain('Kubernetes');
  });

  it('lists with each backup how much it holds and its newest note', async () => {
    await page.evaluate(`location.hash = '#/settings'`);
    await expectHeading(page, 'Settings');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const table = page.getByRole('table', { name: 'Backups, newest first' });
    await expect.poll(() => table.textContent()).toContain('1 application, 1 interview, 3 people, 1 note');
    expect(await table.textContent()).toMatch(/Newest note: Thank-you note to Ana Ruiz \(Brightline\)/);
  });
});
