// Reading invitations as Google Calendar, Outlook/Exchange, Apple Calendar and Zoom write them, and refusing what
// is not one with a sentence the user can act on.
import { describe, expect, it } from 'vitest';
import { readInvitationFile } from '../../../src-main/calendar/index.ts';
import {
  allDayInvitation,
  appleInvitation,
  cancellation,
  floatingInvitation,
  googleInvitation,
  ics,
  invitationEmail,
  outlookInvitation,
  zoomInvitation,
} from './invitations.ts';

const read = (text: string, fileName = 'invite.ics', zone = 'Europe/Berlin') => readInvitationFile(new TextEncoder().encode(text), fileName, zone);

async function refusal(text: string, fileName = 'invite.ics'): Promise<{ code: string; message: string }> {
  try {
    await read(text, fileName);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('reading invitations', () => {
  it('should read a Google Calendar invitation: New York time, the Meet link, people without the room', async () => {
    const invitation = await read(googleInvitation());
    expect(invitation).toMatchObject({
      uid: '5p3kq0n1c7s8t2v4x6z9b1d3f5@google.com',
      method: 'request',
      cancelled: false,
      startsAt: '2026-12-03T19:00:00.000Z',
      endsAt: '2026-12-03T20:00:00.000Z',
      timeZone: 'America/New_York',
      zoneSource: 'iana',
      durationMinutes: 60,
      meetingUrl: 'https://meet.google.com/kpw-zqxe-rtn',
      meetingProvider: 'Google Meet',
      format: 'video',
      round: 'technical',
      company: 'Northwind Labs',
      organizer: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind-labs.com' },
    });
    expect(invitation.attendees.map((a) => a.email)).toEqual([
      'dana.whitfield@northwind-labs.com',
      'priya.raman@northwind-labs.com',
      'sam.candidate@gmail.com',
    ]);
    // Google sets CN to the address for guests without a name: the name shown is the address's local part.
    expect(invitation.attendees[2]!.name).toBe('sam.candidate');
  });

  it('should read Outlook’s Windows zone name as Europe/Berlin, and “Last, First” names as “First Last”', async () => {
    const invitation = await read(outlookInvitation());
    expect(invitation).toMatchObject({
      startsAt: '2026-12-08T09:00:00.000Z',
      endsAt: '2026-12-08T10:30:00.000Z',
      timeZone: 'Europe/Berlin',
      zoneSource: 'windows',
      writtenZone: 'W. Europe Standard Time',
      meetingProvider: 'Microsoft Teams',
      company: 'Contoso Energie',
      location: 'Microsoft Teams Meeting',
    });
    expect(invitation.meetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(invitation.attendees.map((a) => a.name)).toEqual(['Jonas Müller', 'Lena Schneider', 'Sam Candidate']);
    expect(invitation.attendees[0]!.email).toBe('jonas.mueller@contoso-energie.de');
  });

  it('should map other Windows zone names too (Pacific, India), across a clock change the VTIMEZONE does not cover', async () => {
    const pacific = await read(outlookInvitation('Pacific Standard Time'));
    expect(pacific.timeZone).toBe('America/Los_Angeles');
    expect(pacific.startsAt).toBe('2026-12-08T18:00:00.000Z');
    const india = await read(outlookInvitation('India Standard Time'));
    expect(india.timeZone).toBe('Asia/Calcutta');
    expect(india.startsAt).toBe('2026-12-08T04:30:00.000Z');
  });

  it('should fall back on the VTIMEZONE’s own offsets for a zone name no table knows', async () => {
    const invitation = await read(outlookInvitation('Customized Time Zone'));
    // The file's rules say +01:00 in December; Berlin (the user's zone) has that offset then, so it is used.
    expect(invitation.startsAt).toBe('2026-12-08T09:00:00.000Z');
    expect(invitation.timeZone).toBe('Europe/Berlin');
    expect(invitation.zoneSource).toBe('offset');
    expect(invitation.notes.join(' ')).toContain('Customized Time Zone');
  });

  it('should read an Apple Calendar event: London time, no METHOD, the street address making it on site', async () => {
    const invitation = await read(appleInvitation());
    expect(invitation).toMatchObject({
      method: 'publish',
      startsAt: '2026-12-10T15:00:00.000Z',
      timeZone: 'Europe/London',
      format: 'on-site',
      round: 'final',
      company: 'Fabrikam',
      meetingUrl: null,
    });
    expect(invitation.location).toBe('Fabrikam\n1 Canada Square, London E14 5AB, United Kingdom');
    expect(invitation.attendees.map((a) => a.name)).toEqual(['Oliver Grant', 'Amara Okafor', 'Sam Candidate']);
  });

  it('should read a Zoom file: UTC times in the zone its TZID line names, the join link from LOCATION, the company from the title', async () => {
    const invitation = await read(zoomInvitation());
    expect(invitation).toMatchObject({
      startsAt: '2026-12-04T17:00:00.000Z',
      endsAt: '2026-12-04T17:45:00.000Z',
      zoneSource: 'utc',
      timeZone: 'America/Chicago',
      meetingUrl: 'https://us02web.zoom.us/j/85412345678?pwd=bXlQd2RrT1Y1',
      meetingProvider: 'Zoom',
      round: 'screen',
      company: 'Tailspin Toys',
      attendees: [],
      organizer: null,
    });
  });

  it('should read an update (a higher SEQUENCE, a new time) and a cancellation of the same UID', async () => {
    const first = await read(googleInvitation());
    const update = await read(googleInvitation({ sequence: 1, start: '20261204T100000', end: '20261204T110000' }));
    expect(update.uid).toBe(first.uid);
    expect(update.sequence).toBe(1);
    expect(update.startsAt).toBe('2026-12-04T15:00:00.000Z');
    const cancel = await read(cancellation());
    expect(cancel).toMatchObject({ uid: first.uid, method: 'cancel', cancelled: true, sequence: 2 });
  });

  it('should read an all-day event in the user’s zone, as the whole day', async () => {
    const invitation = await read(allDayInvitation(), 'onsite.ics', 'Europe/Brussels');
    expect(invitation).toMatchObject({
      allDay: true,
      startsAt: '2026-12-13T23:00:00.000Z',
      endsAt: '2026-12-14T23:00:00.000Z',
      timeZone: 'Europe/Brussels',
      durationMinutes: 1440,
      format: 'on-site',
      company: 'Litware',
    });
  });

  it('should read a floating time in the user’s zone and say so', async () => {
    const inTokyo = await read(floatingInvitation(), 'call.ics', 'Asia/Tokyo');
    expect(inTokyo).toMatchObject({ startsAt: '2026-12-09T01:00:00.000Z', endsAt: '2026-12-09T01:45:00.000Z', timeZone: 'Asia/Tokyo', zoneSource: 'floating' });
    expect(inTokyo.notes.join(' ')).toContain('gives no time zone');
    const inBerlin = await read(floatingInvitation(), 'call.ics', 'Europe/Berlin');
    expect(inBerlin.startsAt).toBe('2026-12-09T09:00:00.000Z');
  });

  it('should find the invitation in an email’s text/calendar part, and in an .ics attachment', async () => {
    const fromPart = await read(invitationEmail(outlookInvitation()), 'Einladung.eml');
    expect(fromPart.startsAt).toBe('2026-12-08T09:00:00.000Z');
    const fromAttachment = await read(invitationEmail(googleInvitation(), { attachOnly: true }), 'invite.eml');
    expect(fromAttachment.uid).toBe('5p3kq0n1c7s8t2v4x6z9b1d3f5@google.com');
  });
});

describe('refusing what is not an invitation', () => {
  it('should refuse text that is not a calendar', async () => {
    expect(await refusal('Hello, see you Thursday at 3!', 'notes.txt')).toEqual({
      code: 'invalid-input',
      message: 'notes.txt is neither a calendar file (.ics) nor an invitation email (.eml).',
    });
  });

  it('should refuse a calendar that cannot be parsed, naming the problem', async () => {
    const refused = await refusal('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/^This calendar file cannot be read: invalid line/);
  });

  it('should refuse a calendar without an event, a task list, an event without start or UID, and an empty file', async () => {
    expect((await refusal(ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR']))).message).toBe('This calendar file holds no event: there is no interview in it.');
    expect((await refusal(ics(['BEGIN:VCALENDAR', 'BEGIN:VTODO', 'UID:t', 'END:VTODO', 'END:VCALENDAR']))).message).toContain('holds a task, not an event');
    expect((await refusal(ics(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:x', 'END:VEVENT', 'END:VCALENDAR']))).message).toBe(
      'The event in this file has no start time (DTSTART).',
    );
    expect((await refusal(ics(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20261203T100000Z', 'END:VEVENT', 'END:VCALENDAR']))).message).toContain('has no UID');
    expect((await refusal('')).message).toBe('invite.ics is empty.');
  });

  it('should refuse a zone that is neither known nor described, rather than guess a time', async () => {
    const refused = await refusal(ics(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:z', 'DTSTART;TZID=Mars Standard Time:20261203T100000', 'END:VEVENT', 'END:VCALENDAR']));
    expect(refused.message).toBe('The invitation uses the time zone “Mars Standard Time” without describing it, so its time cannot be read.');
  });

  it('should refuse an email with no invitation in it', async () => {
    const email = ['From: a@example.com', 'To: b@example.com', 'Subject: Lunch?', 'Content-Type: text/plain', '', 'Lunch on Friday?', ''].join('\r\n');
    expect(await refusal(email, 'lunch.eml')).toEqual({
      code: 'invalid-input',
      message: 'This email has no calendar invitation in it (no text/calendar part and no .ics attachment).',
    });
  });
});
