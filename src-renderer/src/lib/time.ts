/**
 * Dates and times as people read and type them. Interviews are entered as a wall-clock time in a named zone and
 * stored as UTC instants; these helpers convert both ways with nothing but `Intl`, and refuse a wall time that does
 * not exist (30 February, or the hour skipped when clocks go forward).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME_TEXT = /^(\d{1,2}):(\d{2})$/;

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

export function checkTime(text: string, label: string): Checked<string> {
  const m = TIME_TEXT.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return { ok: false, message: `${label} must be a time such as 14:30.` };
  return { ok: true, value: `${m[1]!.padStart(2, '0')}:${m[2]}` };
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone, as numbers. */
function wallParts(time: number, zone: string) {
  let formatter = partFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partFormatters.set(zone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Converts a date and time on the clocks of `zone` to a UTC ISO instant, or says why it cannot. */
export function zonedToUtc(date: string, time: string, zone: string): Checked<string> {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset near that moment; a second pass settles moments close to a clock change.
  let guess = asIfUtc;
  for (let i = 0; i < 2; i++) {
    const wall = wallParts(guess, zone);
    const offset = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - guess;
    guess = asIfUtc - offset;
  }
  const reads = (instant: number) => {
    const wall = wallParts(instant, zone);
    return wall.year === year && wall.month === month && wall.day === day && wall.hour === hour && wall.minute === minute;
  };
  if (!reads(guess)) return { ok: false, message: `${date} ${time} does not exist in ${zone}: the clocks skip that hour.` };
  // When the clocks go back, an hour is read twice: take the first time it happens, as calendars do.
  if (reads(guess - HOUR)) guess -= HOUR;
  return { ok: true, value: new Date(guess).toISOString() };
}

/** The date and time an instant shows on the clocks of `zone`, as the form fields hold them. */
export function utcToZoned(iso: string, zone: string): { date: string; time: string } {
  const wall = wallParts(Date.parse(iso), zone);
  return { date: `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
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
