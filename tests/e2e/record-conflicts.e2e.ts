// Records edited in two windows: a form saved from an older copy is refused, keeps what was typed, and offers
// "Keep mine" (save it over the other change) or "Load the saved version". The other window is played by calls
// to the bridge, exactly as a second tab would make them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { lookInEveryTheme } from './support/looks.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

describe('forms edited in two windows', () => {
  let app: WebApp;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let applicationId = 0;
  let interviewId = 0;
  let personId = 0;

  async function value<T>(method: string, input: unknown): Promise<T> {
    const result = await app.call<T>(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }

  async function go(hash: string): Promise<void> {
    await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  }

  const notice = () => page.getByRole('alert').filter({ hasText: /was changed in another window/ });

  const lookAt = (name: string) => lookInEveryTheme(page, name);

  beforeAll(async () => {
    app = await startWebApp();
    applicationId = (await value<{ id: number }>('applications.create', { company: 'Acme', role: 'Data engineer' })).id;
    const interview = await value<{ id: number; interviewers: { id: number }[] }>('interviews.create', {
      applicationId,
      startsAt: '2026-11-18T09:00:00Z',
      endsAt: '2026-11-18T10:00:00Z',
      timeZone: 'Europe/Berlin',
      location: 'Main office',
      newInterviewers: [{ name: 'Ana Ruiz' }],
    });
    interviewId = interview.id;
    personId = interview.interviewers[0]?.id ?? 0;
    browser = await launchBrowser();
    watched = await openPage(browser);
    page = watched.page;
    await page.goto(app.appUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('refuses an application saved from an older copy, keeps the typing, and loads the saved version on request', async () => {
    await go(`#/applications/${applicationId}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const role = page.getByLabel('Role', { exact: true });
    await role.fill('Staff data engineer');
    // Meanwhile, in another window:
    await value('applications.update', { id: applicationId, role: 'Analytics engineer', notes: 'Saved in the other window.' });

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => notice().isVisible()).toBe(true);
    expect(await notice().textContent()).toContain('This application was changed in another window');
    expect(await role.inputValue()).toBe('Staff data engineer');
    expect((await value<{ application: { role: string } }>('applications.get', { id: applicationId })).application.role).toBe('Analytics engineer');
    await lookAt('stale-application');

    await page.getByRole('button', { name: 'Load the saved version' }).click();
    expect(await role.inputValue()).toBe('Analytics engineer');
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Saved in the other window.');
    expect(await notice().count()).toBe(0);
    await role.fill('Analytics lead');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(async () => (await value<{ application: { role: string; revision: number } }>('applications.get', { id: applicationId })).application)
      .toMatchObject({ role: 'Analytics lead', revision: 2 });
  });

  it('saves a person over the other window’s change with Keep mine, chosen by keyboard', async () => {
    await go(`#/people/${personId}`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const notes = page.getByLabel('Notes', { exact: true });
    await notes.fill('Prefers a short note.');
    await value('people.update', { id: personId, notes: 'Met at the meetup.' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => notice().isVisible()).toBe(true);
    expect((await value<{ person: { notes: string } }>('people.get', { id: personId })).person.notes).toBe('Met at the meetup.');

    // The choice took the focus: the next Tab is "Keep mine".
    await expect.poll(() => notice().evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.getByRole('button', { name: 'Keep mine' }).evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await value<{ person: { notes: string } }>('people.get', { id: personId })).person.notes).toBe('Prefers a short note.');
    expect(watched.errors).toEqual([]);
  });

  it('does the same for an interview, and a second stale save is caught again', async () => {
    await go(`#/applications/${applicationId}/interviews/${interviewId}`);
    const location = page.getByLabel('Location or meeting link');
    await expect.poll(() => location.inputValue()).toBe('Main office');
    await location.fill('Room 4');
    await value('interviews.update', { id: interviewId, location: 'Zoom' });
    await page.getByRole('button', { name: 'Save interview' }).click();
    await expect.poll(() => notice().isVisible()).toBe(true);
    // Saved from the bottom of a long form: the notice at the top was brought into view.
    await expect.poll(() => notice().evaluate((node) => node.getBoundingClientRect().top >= 0 && node.getBoundingClientRect().bottom <= (node.ownerDocument.defaultView?.innerHeight ?? 0))).toBe(true);
    await lookAt('stale-interview');
    // Another change lands before the user decides: keeping theirs is refused again rather than written blind.
    await value('interviews.update', { id: interviewId, notes: 'Added later elsewhere.' });
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => notice().isVisible()).toBe(true);
    expect((await value<{ location: string }>('interviews.get', { id: interviewId })).location).toBe('Zoom');
    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await value<{ location: string; revision: number }>('interviews.get', { id: interviewId })).location).toBe('Room 4');
  });
});
