/**
 * Follow-ups and interviews out to the user's calendar: each .ics file is read back with ical.js and with Python's
 * icalendar, and checked byte by byte for what RFC 5545 asks (CRLF, folded lines).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarFile, InvitationImportResult } from '../../../src-shared/api/calendar-types.ts';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import type { Platform } from '../../../src-main/platform/platform.ts';
import type { Services } from '../../../src-main/services/index.ts';
import { call, refusal, useTempServices } from '../support/services.ts';
import { cancellation, googleInvitation } from './invitations.ts';

const journals = useTempServices();
/** The interview ended at 20:00 UTC on 3 December; its thank-you notes are due at 20:00 UTC the day after. */
const NOW = Date.parse('2026-12-04T09:00:00.000Z');
const b64 = (text: string) => Buffer.from(text).toString('base64');
const python = '/usr/bin/python3';

interface PythonEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  status: string;
  sequence: number;
  alarms: number[];
}

function readWithPython(text: string): { method: string; events: PythonEvent[] } {
  const run = spawnSync(python, [fileURLToPath(new URL('./parse_ics.py', import.meta.url))], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`icalendar could not read the file: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function readWithIcalJs(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => {
    const e = new ICAL.Event(event);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().toISOString(), trigger: event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString() };
  });
}

function checkBytes(text: string): void {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
}

async function withInterview(platform?: Platform): Promise<{ services: Services; setNow: (t: number) => void; imported: InvitationImportResult }> {
  let now = NOW;
  const services = journals.start({ dataDir: journals.dir('afterword-ics-'), clock: () => now, ...(platform ? { platform } : {}) });
  await call(services, 'settings.update', { userEmail: 'sam.candidate@gmail.com' });
  const imported = await call<InvitationImportResult>(services, 'calendar.importInvitation', {
    base64: b64(googleInvitation()),
    newApplication: { company: 'Northwind Labs', role: 'Data Engineer' },
  });
  return { services, setNow: (t) => (now = t), imported };
}

describe('adding a follow-up to the calendar', () => {
  it('should put the deadline as the event time, an alarm two hours before, and the recipient and kind in the title', async () => {
    const { services, imported } = await withInterview();
    const file = await call<CalendarFile>(services, 'calendar.exportDue', { key: imported.dueKeys[1] });
    expect(file.fileName).toBe('Northwind Labs - Priya Raman - 2026-12-04.ics');
    checkBytes(file.text);
    const read = readWithPython(file.text);
    expect(read.method).toBe('PUBLISH');
    expect(read.events).toHaveLength(1);
    expect(read.events[0]).toMatchObject({
      uid: `${imported.dueKeys[1]}@afterword.invalid`,
      summary: 'Due: Thank-you note to Priya Raman · Northwind Labs',
      start: '2026-12-04T20:00:00+00:00',
      end: '2026-12-04T20:15:00+00:00',
      status: 'CONFIRMED',
      alarms: [-7200],
    });
    expect(read.events[0]!.description).toMatch(/Due by Friday,? 4 December 2026 at 15:00 \(America\/New_York\)\./);
    expect(readWithIcalJs(file.text)).toEqual([
      { uid: `${imported.dueKeys[1]}@afterword.invalid`, summary: 'Due: Thank-you note to Priya Raman · Northwind Labs', start: '2026-12-04T20:00:00.000Z', trigger: '-PT2H' },
    ]);
  });

  it('should keep the same UIDs on a second export, with a higher SEQUENCE so calendars take it as an update', async () => {
    const { services, setNow } = await withInterview();
    const first = readWithPython((await call<CalendarFile>(services, 'calendar.exportUpcoming', {})).text).events;
    setNow(NOW + 3_600_000);
    const second = readWithPython((await call<CalendarFile>(services, 'calendar.exportUpcoming', {})).text).events;
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(second[0]!.sequence).toBeGreaterThan(first[0]!.sequence);
  });

  it('should export every upcoming item in one file, and leave out items whose deadline has passed', async () => {
    const { services, setNow, imported } = await withInterview();
    const all = await call<CalendarFile>(services, 'calendar.exportUpcoming', {});
    expect(all.events).toBe(3);
    expect(readWithPython(all.text).events.map((e) => e.summary)).toEqual([
      'Due: Thank-you note to Dana Whitfield · Northwind Labs',
      'Due: Thank-you note to Priya Raman · Northwind Labs',
      'Due: Status check-in to Dana Whitfield · Northwind Labs',
    ]);
    setNow(Date.parse('2026-12-05T09:00:00.000Z'));
    const later = readWithPython((await call<CalendarFile>(services, 'calendar.exportUpcoming', {})).text).events;
    expect(later.map((e) => e.uid)).toEqual([`status-check:i${imported.interviewId}:n1@afterword.invalid`]);
  });

  it('should refuse a key that is not on the Due list, and an export with nothing ahead', async () => {
    const { services, setNow } = await withInterview();
    expect(await refusal(services, 'calendar.exportDue', { key: 'thank-you:i99:p99' })).toMatchObject({ code: 'not-found' });
    setNow(Date.parse('2027-03-01T09:00:00.000Z'));
    expect((await refusal(services, 'calendar.exportUpcoming', {})).message).toBe('Nothing on the Due list is still ahead, so there is nothing to add to a calendar.');
  });

  it('should save through the desktop’s Save dialog when asked, and say when it was cancelled', async () => {
    const saved: string[] = [];
    let answer: string | null = '/home/sam/follow-ups.ics';
    const platform: Platform = { ...nodePlatform('9.9.9', 'desktop'), saveFile: async (request) => (saved.push(String(request.content)), answer) };
    const { services } = await withInterview(platform);
    expect((await call<CalendarFile>(services, 'calendar.exportUpcoming', { save: true })).savedTo).toBe('/home/sam/follow-ups.ics');
    expect(readWithPython(saved[0]!).events).toHaveLength(3);
    answer = null;
    expect((await call<CalendarFile>(services, 'calendar.exportUpcoming', { save: true })).savedTo).toBeNull();
  });
});

describe('adding an interview to the calendar', () => {
  it('should export the interview at its own time and place, and as cancelled once it is', async () => {
    const { services, imported } = await withInterview();
    const file = await call<CalendarFile>(services, 'calendar.exportInterview', { id: imported.interviewId });
    const [event] = readWithPython(file.text).events;
    expect(event).toMatchObject({
      uid: `interview-${imported.interviewId}@afterword.invalid`,
      summary: 'Technical interview · Northwind Labs (Data Engineer)',
      start: '2026-12-03T19:00:00+00:00',
      end: '2026-12-03T20:00:00+00:00',
      status: 'CONFIRMED',
      alarms: [-1800],
    });
    // Not the invitation's own UID: re-importing this file into the calendar must not overwrite the organiser's event.
    expect(event!.uid).not.toContain('google.com');
    await call(services, 'calendar.importInvitation', { base64: b64(cancellation()) });
    const [cancelled] = readWithPython((await call<CalendarFile>(services, 'calendar.exportInterview', { id: imported.interviewId })).text).events;
    expect(cancelled).toMatchObject({ uid: event!.uid, status: 'CANCELLED', alarms: [] });
  });
});
