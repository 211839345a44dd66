/**
 * Reads an iCalendar invitation (RFC 5545) with Mozilla's ical.js and puts it in the journal's terms: one
 * interview, its time in an IANA zone, its link, its organiser and attendees. Anything that is not a readable
 * calendar with an event in it is refused with a sentence saying what is wrong.
 */
import ICAL from 'ical.js';
import type { Invitation, InvitationMethod, InvitationPerson } from '../../src-shared/api/calendar-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { instantOf, offsetAt } from '../../src-shared/due/zoned-time.ts';
import { guessCompany, guessFormat, guessRound } from './guess.ts';
import { findMeetingLink } from './meeting-link.ts';
import { resolveTzid, zoneForOffset, type ResolvedZone } from './zones.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function refuse(message: string): never {
  throw new AppError('invalid-input', message, [{ path: 'content', message }]);
}

function parseComponent(text: string): Component {
  if (!/BEGIN:VCALENDAR/i.test(text)) refuse('This is not a calendar file: it has no BEGIN:VCALENDAR. Choose the .ics file or the invitation email itself.');
  let jcal: unknown;
  try {
    // Some mail programs save invitations with bare LF or trailing blanks; ical.js reads both.
    jcal = ICAL.parse(text.trim());
  } catch (error) {
    refuse(`This calendar file cannot be read: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 160)}.`);
  }
  const root = new ICAL.Component((Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal) as unknown[]);
  if (root.name !== 'vcalendar') refuse('This is not a calendar file: it does not start with a VCALENDAR.');
  return root;
}

const text = (component: Component, name: string): string => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** `mailto:Jane@Acme.com` → `jane@acme.com`; empty for anything that is not an address. */
function addressOf(property: Property): string {
  const value = String(property.getFirstValue() ?? '').trim();
  const address = value.replace(/^mailto:/i, '').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : '';
}

/** CN may be "Doe, Jane" (Exchange) or quoted; shown as "Jane Doe". */
function nameOf(property: Property, address: string): string {
  const cn = String(property.getParameter('cn') ?? '').trim().replace(/^"|"$/g, '');
  if (!cn || cn.toLowerCase() === address) return '';
  const comma = /^([^,]+),\s*([^,]+)$/.exec(cn);
  return comma && !/\b(inc|ltd|llc|gmbh)\b/i.test(cn) ? `${comma[2]} ${comma[1]}` : cn;
}

function person(property: Property): InvitationPerson | null {
  const email = addressOf(property);
  const name = nameOf(property, email);
  if (!email && !name) return null;
  return { name: name || email.split('@')[0]!, email };
}

function attendeesOf(event: Component): InvitationPerson[] {
  const seen = new Set<string>();
  const people: InvitationPerson[] = [];
  for (const property of event.getAllProperties('attendee')) {
    const cutype = String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
    const p = person(property);
    if (!p) continue;
    const key = p.email || p.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    people.push(p);
  }
  return people;
}

interface ReadTime {
  ms: number;
  isDate: boolean;
  zone: ResolvedZone;
  writtenZone: string | null;
}

/**
 * The instant a DTSTART/DTEND denotes. A TZID we can name as an IANA zone is converted with the platform's own zone
 * data (exact across clock changes, even in years the file's VTIMEZONE does not describe); any other TZID uses the
 * file's VTIMEZONE through ical.js; a time without zone is floating: read in the user's zone.
 */
function readTime(property: Property, localZone: string, zoneHint: ResolvedZone | null, utcZone = localZone): ReadTime {
  const time = property.getFirstValue() as Time;
  const tzid = property.getParameter('tzid');
  const writtenZone = typeof tzid === 'string' && tzid ? tzid : null;
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, second: time.isDate ? 0 : time.second };
  if (time.isDate) {
    const zone = zoneHint ?? { zone: localZone, source: 'floating' as const };
    return { ms: instantOf(wall, zone.zone), isDate: true, zone, writtenZone };
  }
  if (time.zone?.tzid === 'UTC' || /Z$/.test(String(property.toICALString()))) {
    // The instant is exact; the zone only says where the day is counted, so the calendar's own zone or the user's.
    return { ms: Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second), isDate: false, zone: zoneHint ?? { zone: utcZone, source: 'utc' }, writtenZone };
  }
  if (writtenZone) {
    const resolved = resolveTzid(writtenZone);
    if (resolved) return { ms: instantOf(wall, resolved.zone), isDate: false, zone: resolved, writtenZone };
    const defined = time.zone && time.zone.tzid === writtenZone && time.zone.component;
    if (!defined) refuse(`The invitation uses the time zone “${writtenZone}” without describing it, so its time cannot be read.`);
    const ms = time.toUnixTime() * 1000;
    return { ms, isDate: false, zone: zoneForOffset(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - ms, ms, localZone, offsetAt), writtenZone };
  }
  const zone = { zone: localZone, source: 'floating' as const };
  return { ms: instantOf(wall, localZone), isDate: false, zone, writtenZone: null };
}

function methodOf(root: Component): InvitationMethod {
  const method = text(root, 'method').toUpperCase();
  if (method === 'CANCEL') return 'cancel';
  if (method === 'REQUEST' || method === 'ADD') return 'request';
  return 'publish';
}

/** The event an invitation is about: the series itself rather than one changed occurrence of it. */
function mainEvent(root: Component): Component {
  const events = root.getAllSubcomponents('vevent');
  if (events.length === 0) {
    if (root.getAllSubcomponents('vtodo').length > 0) refuse('This calendar file holds a task, not an event: there is no interview in it.');
    refuse('This calendar file holds no event: there is no interview in it.');
  }
  return events.find((e) => !e.hasProperty('recurrence-id')) ?? events[0]!;
}

/** Reads one invitation; `localZone` is the user's zone, used for floating and all-day times. */
export function readCalendar(source: string, localZone: string): Invitation {
  const root = parseComponent(source);
  const event = mainEvent(root);
  const method = methodOf(root);
  const notes: string[] = [];

  const uid = text(event, 'uid');
  if (!uid) refuse('The event in this file has no UID, so a later update could not be matched to it. Ask for the invitation again, or add the interview by hand.');
  const startProperty = event.getFirstProperty('dtstart');
  if (!startProperty) refuse('The event in this file has no start time (DTSTART).');
  // UTC times (Zoom, many schedulers) say nothing of a place: X-WR-TIMEZONE or a stray TZID line may, else the user's.
  const named = resolveTzid(text(root, 'x-wr-timezone') || text(event, 'tzid'));
  let start: ReadTime;
  try {
    start = readTime(startProperty, localZone, null, named?.zone ?? localZone);
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(`The start time of this event cannot be read: ${(error as Error).message}.`);
  }
  if (!Number.isFinite(start.ms)) refuse('The start time of this event is not a real date.');

  let endMs: number;
  const endProperty = event.getFirstProperty('dtend');
  const duration = event.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  if (endProperty) endMs = readTime(endProperty, localZone, start.isDate ? start.zone : null).ms;
  else if (duration) endMs = start.ms + duration.toSeconds() * 1000;
  else endMs = start.ms + (start.isDate ? DAY : 60 * MINUTE);
  if (!(endMs > start.ms)) {
    notes.push('The invitation ends before it starts; it is read as one hour long.');
    endMs = start.ms + 60 * MINUTE;
  }
  if (event.hasProperty('rrule')) notes.push('This is a repeating event: only its first meeting is recorded.');
  if (start.zone.source === 'floating') notes.push(`The invitation gives no time zone; its time is read in yours (${start.zone.zone}).`);
  if (start.zone.source === 'offset') notes.push(`The invitation's time zone “${start.writtenZone}” is not one Afterword knows; its offset was used (${start.zone.zone}).`);

  const title = text(event, 'summary');
  const description = text(event, 'description').replace(/\r\n?/g, '\n');
  const location = text(event, 'location');
  const where = [
    location,
    ...event.getAllProperties('conference').map((p) => String(p.getFirstValue() ?? '')),
    text(event, 'x-google-conference'),
    text(event, 'x-microsoft-skypeteamsmeetingurl'),
    text(event, 'x-microsoft-onlinemeetingconflink'),
    String(event.getFirstPropertyValue('url') ?? ''),
  ];
  const link = findMeetingLink(where, [description]);
  const organizerProperty = event.getFirstProperty('organizer');
  const organizer = organizerProperty ? person(organizerProperty) : null;
  const attendees = attendeesOf(event);
  const status = text(event, 'status').toUpperCase();
  const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);

  return {
    uid: uid.slice(0, 500),
    sequence: Number.isFinite(sequence) ? sequence : 0,
    method,
    cancelled: method === 'cancel' || status === 'CANCELLED',
    title: title.slice(0, 300),
    description: description.slice(0, 5000),
    startsAt: new Date(start.ms).toISOString(),
    endsAt: new Date(endMs).toISOString(),
    timeZone: start.zone.zone,
    zoneSource: start.zone.source,
    writtenZone: start.writtenZone,
    allDay: start.isDate,
    durationMinutes: Math.round((endMs - start.ms) / MINUTE),
    location: location.slice(0, 300),
    meetingUrl: link?.url ?? null,
    meetingProvider: link?.provider ?? null,
    format: guessFormat(location, link !== null, description),
    round: guessRound(`${title}\n${description.slice(0, 500)}`, attendees.length),
    organizer,
    attendees,
    company: guessCompany(title, organizer, attendees),
    notes,
  };
}
