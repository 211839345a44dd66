/**
 * Dates and times as people read and type them. Interviews are entered as a wall-clock time in a named zone and
 * stored as UTC instants; these helpers convert both ways with the due rules' own zone arithmetic, and refuse a wall
 * time that does not exist (30 February, or the hour skipped when clocks go forward).
 */
import { formatDate, instantOf, parseDate, wallTimeAt } from '../../../src-shared/due/zoned-time.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A calendar day typed as `YYYY-MM-DD`; refuses days that do not exist. */
export function checkDate(text: string, label: string): Checked<string> {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return { ok: false, message: `${label} must be a date such as 2026-11-20.` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, message: `${label}: ${text.trim()} is not a real date.` };
  }
  return { ok: true, value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Converts a date and time on the clocks of `zone` to a UTC ISO instant, or says why it cannot. The due rules move a
 * time in the skipped hour forward; a form refuses it instead, so nobody saves an interview at a time that never was.
 * When the clocks go back and an hour is read twice, the first time it happens is taken, as calendars do.
 */
export function zonedToUtc(date: string, time: string, zone: string): Checked<string> {
  const { year, month, day } = parseDate(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const instant = instantOf({ year, month, day, hour, minute }, zone);
  const wall = wallTimeAt(instant, zone);
  if (wall.year !== year || wall.month !== month || wall.day !== day || wall.hour !== hour || wall.minute !== minute) {
    return { ok: false, message: `${date} ${time} does not exist in ${zone}: the clocks skip that hour.` };
  }
  return { ok: true, value: new Date(instant).toISOString() };
}

/** The date and time an instant shows on the clocks of `zone`, as the form fields hold them. */
export function utcToZoned(iso: string, zone: string): { date: string; time: string } {
  const wall = wallTimeAt(Date.parse(iso), zone);
  return { date: formatDate(wall.year, wall.month, wall.day), time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function allZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [localZone()];
  }
}

/** "Fri 20 Nov 2026, 15:00"; in `zone` when given, else on this computer's clock. */
export function formatDateTime(iso: string, zone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(zone ? { timeZone: zone } : {}),
  }).format(new Date(iso));
}

export function formatTime(iso: string, zone?: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) }).format(
    new Date(iso),
  );
}

export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

function span(ms: number): string {
  if (ms < HOUR) {
    const minutes = Math.max(1, Math.round(ms / MINUTE));
    return `${minutes} min`;
  }
  if (ms < 2 * DAY) return `${Math.round(ms / HOUR)} h`;
  return `${Math.round(ms / DAY)} days`;
}

/** "due in 5 h", "overdue by 2 h": a deadline seen from `now`. */
export function deadlineText(dueAt: string, now: number): string {
  const diff = Date.parse(dueAt) - now;
  return diff >= 0 ? `due in ${span(diff)}` : `overdue by ${span(-diff)}`;
}

/** "in 3 days", "2 h ago". */
export function relativeText(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  return diff >= 0 ? `in ${span(diff)}` : `${span(-diff)} ago`;
}

/** Value for `<input type="datetime-local">` on this computer's clock. */
export function toLocalInput(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today on this computer's calendar, as `<input type="date">` holds it. */
export function todayInput(now: number = Date.now()): string {
  return toLocalInput(now).slice(0, 10);
}

/** When a waiting item may be written: "3:15 PM" today, "Wed 9 Dec" later; a date, never a countdown. */
export function openingText(iso: string, now: number): string {
  const when = new Date(iso);
  const sameDay = when.toDateString() === new Date(now).toDateString();
  return sameDay
    ? new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(when)
    : new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(when);
}

/** Whether this computer's clock reads 12-hour (with AM/PM) or 24-hour, from its locale. */
export function usesTwelveHourClock(locale?: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

/** A wall time as the interview form shows it: "5:41 pm" on a 12-hour clock, "17:41" on a 24-hour one. */
export function clockText(time: string, twelveHour: boolean = usesTwelveHourClock()): string {
  if (!twelveHour) return time;
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return `${hour % 12 === 0 ? 12 : hour % 12}:${pad(minute)} ${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * The first date a window formats loads the browser's locale and time-zone data, tens of milliseconds in which
 * nothing else runs. main.ts calls this while the window's first answers are still on their way from the journal,
 * so the cost falls in time spent waiting instead of between the answers and the screen they fill.
 */
export function loadDateFormats(): void {
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(0);
}
