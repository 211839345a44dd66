// Settings → Journal in browser mode: back up and restore, export the journal to JSON in one journal and import it
// into an empty one (a second browser-mode server with its own data folder), then compare the two journals on
// screen and through the API's export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, openPage, type WatchedPage } from './support/browser.ts';
import { accessibilityViolations, expectHeading } from './support/journal-ui.ts';
import { startWebApp, type WebApp } from './support/web-app.ts';

const COMPANIES = ['Zürich Versicherung', 'Globex', `O'Neil "Data" Ltd.`];

async function ok<T>(app: WebApp, method: string, input?: unknown): Promise<T> {
  const result = await app.call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** A few records of every kind, written through the bridge as the screens write them. */
async function seed(app: WebApp): Promise<void> {
  const [zurich] = await Promise.all(COMPANIES.map((company) => ok<{ id: number }>(app, 'applications.create', { company, role: 'Data engineer' })));
  const ended = Date.now() - 2 * 3_600_000;
  const interview = await ok<{ id: number; interviewers: { id: number }[] }>(app, 'interviews.create', {
    applicationId: zurich!.id,
    round: 'panel',
    startsAt: new Date(ended - 3_600_000).toISOString(),
    endsAt: new Date(ended).toISOString(),
    timeZone: 'Europe/Zurich',
    topics: ['streaming pipelines', 'on-call rotation'],
    newInterviewers: [{ name: 'Søren Ågård', title: 'CTO' }, { name: 'Wei Zhang 张伟' }],
  });
  const note = await ok<{ id: number }>(app, 'followups.create', {
    applicationId: zurich!.id,
    interviewId: interview.id,
    recipientId: interview.interviewers[0]!.id,
    kind: 'thank-you',
    subject: 'Thank you',
    body: 'Dear Søren, thank you for the conversation about streaming pipelines.',
  });
  await ok(app, 'followups.setStatus', { id: note.id, status: 'sent' });
  await ok(app, 'settings.update', { userName: 'Alex Moreno' });
  await ok(app, 'settings.addPersonalWord', { word: 'Kafka' });
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expectHeading(page, 'Settings');
  await expect.poll(() => page.getByRole('heading', { name: 'Journal', level: 2 }).isVisible()).toBe(true);
}

async function applicationNames(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
  await expectHeading(page, 'Applications');
  const list = page.getByRole('list', { name: 'Applications' });
  await expect.poll(() => list.isVisible()).toBe(true);
  return (await list.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

describe('Settings → Journal in browser mode', () => {
  let first: WebApp;
  let second: WebApp;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let exportedPath = '';

  beforeAll(async () => {
    first = await startWebApp();
    await seed(first);
    browser = await launchBrowser();
    watched = await openPage(browser);
    page = watched.page;
  });
  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await first?.stop();
    await second?.stop();
  });

  it('lists backups and makes one on request', async () => {
    await page.goto(first.appUrl);
    await openSettings(page);
    // The journal was empty when this server started, so there was nothing to back up then.
    await expect.poll(() => page.getByText('No backups yet.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Backed up \(/);
    await expect.poll(() => page.getByRole('button', { name: /^Restore the backup from / }).count()).toBe(1);
    expect(await page.getByText('keeps the last 7 backups').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('restores a backup after asking, and the restore can be undone', async () => {
    await ok(first, 'applications.create', { company: 'Added after the backup' });
    await page.reload();
    await openSettings(page);
    await page.getByRole('button', { name: /^Restore the backup from / }).first().click();
    const confirm = page.getByRole('group', { name: 'Confirm restore' });
    expect(await confirm.textContent()).toMatch(/Replace your journal with this backup\? Your journal as it is now is backed up first\./);
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Restored the backup from .*restore that one to undo\.$/);
    expect(await applicationNames(page)).not.toContainEqual(expect.stringContaining('Added after the backup'));

    await openSettings(page);
    await page.getByRole('button', { name: /^Restore the backup from / }).first().click();
    await page.getByRole('group', { name: 'Confirm restore' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Restored/);
    expect(await applicationNames(page)).toContainEqual(expect.stringContaining('Added after the backup'));
  });

  it('exports the journal as a download', async () => {
    await openSettings(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^afterword-journal-\d{4}-\d{2}-\d{2}\.json$/);
    exportedPath = join(first.dataDir, 'exported.json');
    await download.saveAs(exportedPath);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Exported 4 applications, 1 interview, 2 people, 1 note as afterword-journal-/);
    expect(JSON.parse(readFileSync(exportedPath, 'utf8'))).toMatchObject({ format: 'afterword-journal', version: 1 });
  });

  it('imports the file into an empty journal, which then shows and exports the same journal', async () => {
    second = await startWebApp();
    await page.goto(second.appUrl);
    await openSettings(page);

    // A file with a broken reference is refused with the place of the problem.
    const broken = JSON.parse(readFileSync(exportedPath, 'utf8'));
    broken.followUps[0].recipientId = 999;
    await page.getByLabel('Journal file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('button', { name: 'Import from JSON…' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('followUps[0].recipientId: no person with id 999. Your journal has not been changed.');
    expect((await ok<{ total: number }>(second, 'applications.list')).total).toBe(0);

    await page.getByLabel('Journal file').setInputFiles(exportedPath);
    await page.getByRole('button', { name: 'Import from JSON…' }).click();
    await page.getByRole('button', { name: 'Add 4 applications, 1 interview, 2 people, 1 note' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Added/ }).textContent()).toBe(
      'Added 4 applications, 1 interview, 2 people, 1 note from exported.json. Your journal now holds 4 applications, 1 interview, 2 people, 1 note.',
    );

    const imported = await applicationNames(page);
    await page.goto(first.appUrl);
    expect(await applicationNames(page)).toEqual(imported);
    const [a, b] = await Promise.all([ok<{ text: string }>(first, 'journal.exportJson'), ok<{ text: string }>(second, 'journal.exportJson')]);
    expect(withoutExportedAt(b.text)).toBe(withoutExportedAt(a.text));
    const due = async (app: WebApp) => (await ok<{ items: unknown[] }>(app, 'due.list')).items;
    expect(await due(second)).toEqual(await due(first));
  });

  it('previews an import into a journal that holds records, changes nothing until told, then adds only what is new', async () => {
    await page.goto(first.appUrl);
    await openSettings(page);
    const preview = page.getByRole('region', { name: /^Importing .* would$/ });
    // The journal's own export: everything in it is already here.
    await page.getByLabel('Journal file').setInputFiles(exportedPath);
    await page.getByRole('button', { name: 'Import from JSON…' }).click();
    await expect.poll(() => preview.textContent()).toContain('Nothing to add: your journal already holds everything in this file.');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // One application deleted and another's notes changed since the export: one is new, one differs.
    const apps = (await ok<{ items: { id: number; company: string }[] }>(first, 'applications.list')).items;
    await ok(first, 'applications.delete', { id: apps[0]!.id });
    await ok(first, 'applications.update', { id: apps[1]!.id, notes: 'Changed after the export' });
    const before = await ok<{ text: string }>(first, 'journal.exportJson');
    await page.getByRole('button', { name: 'Import from JSON…' }).click();
    await expect.poll(() => preview.textContent()).toContain('add 1 application');
    expect(await preview.textContent()).toContain('keep your version of 1 application');
    await preview.getByText('Different in your journal (yours is kept)').click();
    expect(await preview.textContent()).toContain('differs in notes');
    expect(withoutExportedAt((await ok<{ text: string }>(first, 'journal.exportJson')).text)).toBe(withoutExportedAt(before.text));

    await preview.getByRole('button', { name: 'Add 1 application' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Added/ }).textContent()).toMatch(/^Added 1 application from exported\.json\. Your journal now holds 4 applications/);
    expect((await ok<{ total: number }>(first, 'applications.list')).total).toBe(4);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('made no request outside the app and logged no errors', () => {
    expect(foreignRequests(watched.requests, first.origin).filter((url) => !url.startsWith(second.origin))).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
