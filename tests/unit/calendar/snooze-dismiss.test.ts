/** Snooze and "no note for this one" on due items, through `dispatch` as the Due list and the tray call them. */
import { describe, expect, it } from 'vitest';
import type { DueList } from '../../../src-shared/api/journal-types.ts';
import type { InvitationImportResult } from '../../../src-shared/api/calendar-types.ts';
import { call, refusal, useTempServices } from '../support/services.ts';
import { googleInvitation } from './invitations.ts';

const journals = useTempServices();
const NOW = Date.parse('2026-12-04T09:00:00.000Z');

async function setUp() {
  let now = NOW;
  const services = journals.start({ dataDir: journals.dir('afterword-snooze-'), clock: () => now });
  await call(services, 'settings.update', { userEmail: 'sam.candidate@gmail.com' });
  const imported = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
    base64: Buffer.from(googleInvitation()).toString('base64'),
    newApplication: { company: 'Northwind Labs' },
  });
  const key = imported.dueKeys[0]!;
  const item = async () => (await call<DueList>(services, 'due.list', {})).items.find((i) => i.key === key);
  return { services, key, item, setNow: (t: number) => (now = t) };
}

describe('snoozing a reminder', () => {
  it('should snooze for an hour, keep the item on the list, and end the snooze on its own', async () => {
    const { services, key, item, setNow } = await setUp();
    expect(await call(services, 'due.snooze', { key, until: 'hour' })).toEqual({ key, snoozedUntil: '2026-12-04T10:00:00.000Z' });
    expect(await item()).toMatchObject({ key, snoozedUntil: '2026-12-04T10:00:00.000Z' });
    setNow(NOW + 3_600_000 + 1);
    expect(await item()).toMatchObject({ key, snoozedUntil: null });
  });

  it('should snooze until 09:00 tomorrow where the user is', async () => {
    const { services, key } = await setUp();
    expect((await call(services, 'due.snooze', { key, until: 'tomorrow-morning', timeZone: 'Europe/Berlin' })).snoozedUntil).toBe('2026-12-05T08:00:00.000Z');
    expect((await call(services, 'due.snooze', { key, until: 'tomorrow-morning', timeZone: 'America/Los_Angeles' })).snoozedUntil).toBe('2026-12-05T17:00:00.000Z');
  });

  it('should undo a snooze, and refuse a key that is no reminder', async () => {
    const { services, key, item } = await setUp();
    await call(services, 'due.snooze', { key, until: 'hour' });
    await call(services, 'due.unsnooze', { key });
    expect((await item())?.snoozedUntil).toBeNull();
    expect((await refusal(services, 'due.snooze', { key: 'thank-you:i9:p9', until: 'hour' })).code).toBe('not-found');
    expect((await refusal(services, 'due.snooze', { key, until: 'next year' })).code).toBe('invalid-input');
  });
});

describe('no note for this one', () => {
  it('should take the item off the list and keep the reason on its skipped note', async () => {
    const { services, key, item } = await setUp();
    const note = await call(services, 'due.dismiss', { key, reason: 'The interview went badly; I will not write.' });
    expect(note).toMatchObject({ status: 'skipped', skipReason: 'The interview went badly; I will not write.', dueKey: key });
    expect(await item()).toBeUndefined();
    // The other interviewer's note is still owed.
    expect((await call<DueList>(services, 'due.list', {})).items.some((i) => i.kind === 'thank-you')).toBe(true);
  });

  it('should refuse a blank reason and leave the item as it was', async () => {
    const { services, key, item } = await setUp();
    expect(await refusal(services, 'due.dismiss', { key, reason: '   ' })).toMatchObject({ code: 'invalid-input', message: 'reason: Reason is required.' });
    expect(await item()).toMatchObject({ key, draftId: null });
  });
});
