/**
 * Follow-ups and interviews out to the user's calendar, as an iCalendar file (METHOD:PUBLISH) written with ical.js.
 * UIDs are made from the journal's own keys, so importing a second export updates the same events instead of
 * adding copies; SEQUENCE rises with the moment of export, which Outlook needs before it accepts a change.
 */
import ICAL from 'ical.js';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location?: string;
  /** A reminder this many minutes before the start; none when left out. */
  alarmMinutesBefore?: number;
  cancelled?: boolean;
}

const PRODID = '-//Afterword//Follow-ups//EN';
/** Minutes since 2026: grows with every export, fits in an INTEGER for centuries. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

const utcTime = (iso: string) => ICAL.Time.fromJSDate(new Date(iso), true);

function vevent(event: CalendarEvent, stamp: InstanceType<typeof ICAL.Time>, sequence: number) {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', event.uid);
  component.addPropertyWithValue('dtstamp', stamp);
  component.addPropertyWithValue('sequence', sequence);
  component.addPropertyWithValue('dtstart', utcTime(event.startsAt));
  component.addPropertyWithValue('dtend', utcTime(event.endsAt));
  component.addPropertyWithValue('summary', event.title);
  if (event.description) component.addPropertyWithValue('description', event.description);
  if (event.location) component.addPropertyWithValue('location', event.location);
  component.addPropertyWithValue('status', event.cancelled ? 'CANCELLED' : 'CONFIRMED');
  // A reminder to act on, not a meeting: it should not block the day as busy.
  component.addPropertyWithValue('transp', 'TRANSPARENT');
  if (event.alarmMinutesBefore !== undefined && !event.cancelled) {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', event.title);
    const trigger = alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-event.alarmMinutesBefore * 60));
    trigger.setParameter('related', 'START');
    component.addSubcomponent(alarm);
  }
  return component;
}

/**
 * RFC 5545 folds lines at 75 octets; ical.js counts UTF-16 units, so a line with "·" or "ü" comes out longer.
 * Unfold, then fold again by octets, never inside a character.
 */
export function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const pieces: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = Buffer.byteLength(char);
        // A continuation line starts with a space, which counts towards its 75.
        if (octets + size > 75) {
          pieces.push(current);
          current = ' ';
          octets = 1;
        }
        current += char;
        octets += size;
      }
      pieces.push(current);
      return pieces.join('\r\n');
    })
    .join('\r\n');
}

/** The whole file: CRLF line ends and lines folded at 75 octets, as RFC 5545 asks. */
export function writeCalendar(events: readonly CalendarEvent[], now: number, name = 'Afterword follow-ups'): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', name);
  const stamp = utcTime(new Date(now).toISOString());
  const sequence = Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000));
  for (const event of events) calendar.addSubcomponent(vevent(event, stamp, sequence));
  return `${foldLines(calendar.toString())}\r\n`;
}
