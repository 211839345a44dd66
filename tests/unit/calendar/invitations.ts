/**
 * Invitations shaped like the ones real calendar programs send: their PRODIDs, their time-zone blocks, their
 * quirks (Exchange's "Last, First" names and Windows zone names, Google's CN=address, Zoom's UTC times, folded
 * lines, CRLF). Built here rather than copied, so they hold no one's real data.
 */

/** RFC 5545 lines: CRLF, folded at 75 octets with a leading space. */
export function ics(lines: string[]): string {
  const folded = lines.map((line) => {
    const chunks: string[] = [];
    let rest = line;
    while (Buffer.byteLength(rest) > 75) {
      let cut = 75;
      while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut -= 1;
      chunks.push(rest.slice(0, cut));
      rest = ` ${rest.slice(cut)}`;
    }
    chunks.push(rest);
    return chunks.join('\r\n');
  });
  return `${folded.join('\r\n')}\r\n`;
}

const NEW_YORK = [
  'BEGIN:VTIMEZONE',
  'TZID:America/New_York',
  'X-LIC-LOCATION:America/New_York',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'TZNAME:EDT',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'TZNAME:EST',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface GoogleOptions {
  sequence?: number;
  start?: string;
  end?: string;
  method?: 'REQUEST' | 'CANCEL';
}

/** Google Calendar: IANA TZID with its VTIMEZONE, CN set to the address, a Meet link in X-GOOGLE-CONFERENCE. */
export function googleInvitation(options: GoogleOptions = {}): string {
  const method = options.method ?? 'REQUEST';
  return ics([
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...NEW_YORK,
    'BEGIN:VEVENT',
    `DTSTART;TZID=America/New_York:${options.start ?? '20261203T140000'}`,
    `DTEND;TZID=America/New_York:${options.end ?? '20261203T150000'}`,
    'DTSTAMP:20261125T101500Z',
    'ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@northwind-labs.com',
    'UID:5p3kq0n1c7s8t2v4x6z9b1d3f5@google.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@northwind-labs.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@northwind-labs.com',
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.candidate@gmail.com;X-NUM-GUESTS=0:mailto:sam.candidate@gmail.com',
    'ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=NYC-4-Hudson (8);X-NUM-GUESTS=0:mailto:c_188abc@resource.calendar.google.com',
    'X-GOOGLE-CONFERENCE:https://meet.google.com/kpw-zqxe-rtn',
    'CREATED:20261125T101500Z',
    'DESCRIPTION:Technical interview for the Data Engineer role.\\n\\nJoin with Google Meet: https://meet.google.com/kpw-zqxe-rtn\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this section.',
    'LAST-MODIFIED:20261125T101500Z',
    'LOCATION:',
    `SEQUENCE:${options.sequence ?? 0}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'SUMMARY:Northwind Labs — Technical interview (Data Engineer)',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/** Exchange's own VTIMEZONE for a Windows zone: one rule from 1601, as Outlook writes it. */
function windowsZone(tzid: string, standard: string, daylight: string): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    `TZOFFSETFROM:${daylight}`,
    `TZOFFSETTO:${standard}`,
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    `TZOFFSETFROM:${standard}`,
    `TZOFFSETTO:${daylight}`,
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}

/** Outlook / Exchange: a Windows zone name, "Last, First" names, a room, a Teams link, a huge UID. */
export function outlookInvitation(tzid = 'W. Europe Standard Time'): string {
  return ics([
    'BEGIN:VCALENDAR',
    'METHOD:REQUEST',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    ...windowsZone(tzid, '+0100', '+0200'),
    'BEGIN:VEVENT',
    'ORGANIZER;CN="Schneider, Lena":mailto:lena.schneider@contoso-energie.de',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Müller, Jonas":mailto:Jonas.Mueller@contoso-energie.de',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schneider, Lena":mailto:lena.schneider@contoso-energie.de',
    'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Candidate:mailto:sam.candidate@gmail.com',
    'ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Raum Elbe 3.12:mailto:raum.elbe@contoso-energie.de',
    'DESCRIPTION;LANGUAGE=de-DE:Hallo Sam\\,\\n\\nwir freuen uns auf das Gespräch.\\n\\n___________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZGM2YjQtYzA5@thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>\\nMeeting ID: 312 456 789 012\\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>',
    'UID:040000008200E00074C5B7101A82E00800000000B0E1C3B2A55DDB01000000000000000010000000D5A9BE4E3B5F6A4B9C0E1F2A3B4C5D6E',
    'SUMMARY;LANGUAGE=de-DE:Interview: Senior Analyst (Contoso Energie)',
    `DTSTART;TZID=${tzid}:20261208T100000`,
    `DTEND;TZID=${tzid}:20261208T113000`,
    'CLASS:PUBLIC',
    'PRIORITY:5',
    'DTSTAMP:20261126T083000Z',
    'TRANSP:OPAQUE',
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'LOCATION;LANGUAGE=de-DE:Microsoft Teams Meeting',
    'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
    'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZGM2YjQtYzA5@thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d',
    'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
    'X-MICROSOFT-CDO-IMPORTANCE:1',
    'BEGIN:VALARM',
    'DESCRIPTION:REMINDER',
    'TRIGGER;RELATED=START:-PT15M',
    'ACTION:DISPLAY',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/** Apple Calendar: no METHOD, X-WR-TIMEZONE, a street address spread over lines, an Apple structured location. */
export function appleInvitation(): string {
  return ics([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apple Inc.//macOS 15.1//EN',
    'CALSCALE:GREGORIAN',
    'X-WR-TIMEZONE:Europe/London',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/London',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'DTSTART:19810329T010000',
    'TZNAME:BST',
    'TZOFFSETTO:+0100',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0100',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'DTSTART:19961027T020000',
    'TZNAME:GMT',
    'TZOFFSETTO:+0000',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'CREATED:20261120T091000Z',
    'UID:7E3A9F52-1C4B-4D8E-9A61-2F0B5C8D3E14',
    'DTEND;TZID=Europe/London:20261210T163000',
    'TRANSP:OPAQUE',
    'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
    'SUMMARY:Final interview at Fabrikam',
    'LAST-MODIFIED:20261120T091200Z',
    'DTSTAMP:20261120T091200Z',
    'DTSTART;TZID=Europe/London:20261210T150000',
    'LOCATION:Fabrikam\\n1 Canada Square\\, London E14 5AB\\, United Kingdom',
    'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="1 Canada Square, London E14 5AB, United Kingdom";X-APPLE-RADIUS=70;X-TITLE=Fabrikam:geo:51.505,-0.019',
    'SEQUENCE:0',
    'ORGANIZER;CN="Oliver Grant";EMAIL="oliver.grant@fabrikam.co.uk":mailto:oliver.grant@fabrikam.co.uk',
    'ATTENDEE;CN="Oliver Grant";CUTYPE=INDIVIDUAL;EMAIL="oliver.grant@fabrikam.co.uk";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:oliver.grant@fabrikam.co.uk',
    'ATTENDEE;CN="Amara Okafor";CUTYPE=INDIVIDUAL;EMAIL="amara.okafor@fabrikam.co.uk";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:amara.okafor@fabrikam.co.uk',
    'ATTENDEE;CN="Sam Candidate";CUTYPE=INDIVIDUAL;EMAIL="sam.candidate@gmail.com";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sam.candidate@gmail.com',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/** Zoom's "Add to calendar" file: UTC times, the join link as LOCATION, no attendees. */
export function zoomInvitation(): string {
  return ics([
    'BEGIN:VCALENDAR',
    'PRODID:-//zoom.us//iCalendar Event//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    'DTSTAMP:20261124T120000Z',
    'DTSTART:20261204T170000Z',
    'DTEND:20261204T174500Z',
    'SUMMARY:Phone screen: Tailspin Toys <> Sam Candidate',
    'UID:20261124T120000Z-85412345678@fe80:0:0:0:1c2:3ff:fe4:5a6ens5',
    'TZID:America/Chicago',
    'DESCRIPTION:Tailspin Toys is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\nhttps://us02web.zoom.us/j/85412345678?pwd=bXlQd2RrT1Y1\\n\\nMeeting ID: 854 1234 5678\\nPasscode: 123456\\n',
    'LOCATION:https://us02web.zoom.us/j/85412345678?pwd=bXlQd2RrT1Y1',
    'BEGIN:VALARM',
    'TRIGGER:-PT10M',
    'ACTION:DISPLAY',
    'DESCRIPTION:Reminder',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

export function allDayInvitation(): string {
  return ics([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Recruitee//Scheduling//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'UID:onsite-day-4411@recruitee.example',
    'DTSTAMP:20261120T100000Z',
    'DTSTART;VALUE=DATE:20261214',
    'DTEND;VALUE=DATE:20261215',
    'SUMMARY:On-site day at Litware',
    'LOCATION:Litware HQ\\, Rue de la Loi 42\\, 1040 Brussels',
    'ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@litware.be',
    'ATTENDEE;CN=Claire Dubois:mailto:claire.dubois@litware.be',
    'ATTENDEE;CN=Marc Peeters:mailto:marc.peeters@litware.be',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/** A floating time (no TZID, no Z): "10:00 wherever you are". */
export function floatingInvitation(): string {
  return ics([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hand written//EN',
    'BEGIN:VEVENT',
    'UID:floating-1@example.org',
    'DTSTAMP:20261120T100000Z',
    'DTSTART:20261209T100000',
    'DURATION:PT45M',
    'SUMMARY:Call with Adatum',
    'ORGANIZER:mailto:hr@adatum.io',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/** An invitation inside an email, as Outlook sends it: multipart/alternative with a base64 text/calendar part. */
export function invitationEmail(calendar: string, options: { attachOnly?: boolean } = {}): string {
  const b64 = Buffer.from(calendar).toString('base64').replace(/(.{76})/g, '$1\r\n');
  const calendarPart = options.attachOnly
    ? ['--mixed', 'Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"', 'Content-Transfer-Encoding: base64', '', b64]
    : ['--alt', 'Content-Type: text/calendar; charset="utf-8"; method=REQUEST', 'Content-Transfer-Encoding: base64', '', b64, '--alt--'];
  return [
    'From: "Schneider, Lena" <lena.schneider@contoso-energie.de>',
    'To: Sam Candidate <sam.candidate@gmail.com>',
    'Subject: =?utf-8?Q?Einladung:_Interview?=',
    'Date: Thu, 26 Nov 2026 09:30:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed"',
    '',
    '--mixed',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'You are invited.',
    ...(options.attachOnly ? ['--alt--'] : []),
    ...calendarPart,
    '--mixed--',
    '',
  ].join('\r\n');
}

export function cancellation(): string {
  return googleInvitation({ method: 'CANCEL', sequence: 2 });
}
