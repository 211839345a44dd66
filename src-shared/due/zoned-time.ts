/**
 * Wall-clock time in an IANA zone, with nothing but `Intl`: the renderer shares this module, so no `node:` imports
 * and no time-zone library. Offsets come from the platform's own zone data, so daylight-saving changes are exact.
 */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock reading in `zone` at the instant `ms`, read from `Intl` directly (slow: tens of µs). */
function readWallTime(ms: number, zone: string): Required<WallTime> {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function readOffset(ms: number, zone: string): number {
  const w = readWallTime(ms, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * Offsets per zone and UTC day. A zone changes its offset at most once in a day, so knowing the offset at both
 * ends of the day (and, when they differ, the moment of the change) answers every instant of that day with
 * arithmetic. The due list asks for thousands of offsets; this keeps it to a couple of `Intl` reads per day seen.
 */
interface DayOffsets {
  start: number;
  end: number;
  /** First instant with the `end` offset. */
  change: number;
}

const MAX_CACHED_DAYS = 50_000;
const dayOffsets = new Map<string, DayOffsets>();

function offsetsOfDay(day: number, zone: string): DayOffsets {
  const key = `${zone} ${day}`;
  let entry = dayOffsets.get(key);
  if (!entry) {
    const from = day * DAY;
    const to = from + DAY - 1000;
    const start = readOffset(from, zone);
    const end = readOffset(to, zone);
    let change = to + 1000;
    if (start !== end) {
      // Binary search to the second for the first instant with the new offset.
      let lo = from;
      let hi = to;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (readOffset(mid, zone) === start) lo = mid;
        else hi = mid;
      }
      change = hi;
    }
    entry = { start, end, change };
    if (dayOffsets.size >= MAX_CACHED_DAYS) dayOffsets.clear();
    dayOffsets.set(key, entry);
  }
  return entry;
}

/** How far `zone` is ahead of UTC at the instant `ms`, in milliseconds. */
export function offsetAt(ms: number, zone: string): number {
  const entry = offsetsOfDay(Math.floor(ms / DAY), zone);
  return ms < entry.change ? entry.start : entry.end;
}

/** The wall-clock reading in `zone` at the instant `ms` (milliseconds since the epoch). */
export function wallTimeAt(ms: number, zone: string): Required<WallTime> {
  const d = new Date(ms + offsetAt(ms, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant a wall-clock reading in `zone` denotes. A reading that happens twice (clocks going back) gives the
 * earlier instant; one that never happens (clocks going forward) is moved forward by the size of the gap, so
 * 02:30 on the spring-forward night in New York becomes 03:30. This is what calendars do, and what people mean.
 */
export function instantOf(wall: WallTime, zone: string): number {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const before = offsetAt(local - DAY, zone);
  const after = offsetAt(local + DAY, zone);
  const candidates = [local - before, local - after].filter((ms) => offsetAt(ms, zone) === local - ms);
  if (candidates.length > 0) return Math.min(...candidates);
  return local - before;
}

/** The calendar day in `zone` at instant `ms`, as `YYYY-MM-DD`. */
export function localDate(ms: number, zone: string): string {
  const w = wallTimeAt(ms, zone);
  return formatDate(w.year, w.month, w.day);
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** Adds calendar days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The date `count` business days (Monday to Friday) after `date`. Public holidays differ by country and employer,
 * so they are not counted out: the rules already allow a day or two of slack.
 */
export function addBusinessDays(date: string, count: number): string {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    const wd = weekday(current);
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return current;
}

/** The instant of a wall-clock time of day on a calendar date in `zone`. */
export function instantOnDate(date: string, hour: number, minute: number, zone: string): number {
  return instantOf({ ...parseDate(date), hour, minute }, zone);
}
