/**
 * Which IANA zone an invitation's TZID means. Google and Apple write IANA names; Outlook and Exchange write Windows
 * names ("W. Europe Standard Time") or even display names, each with a VTIMEZONE holding only this year's offsets.
 * The interview keeps an IANA zone, because the due rules count business days in it across clock changes.
 */
import { findIana } from 'windows-iana';
import { isTimeZone } from '../../src-shared/api/journal-schemas.ts';

export type ZoneSource = 'iana' | 'windows' | 'offset' | 'floating' | 'utc';

export interface ResolvedZone {
  zone: string;
  source: ZoneSource;
}

/** Mozilla-style prefixes ("/mozilla.org/20050126_1/Europe/Berlin") and quotes some exporters leave in. */
function cleanTzid(tzid: string): string {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  const m = /(?:^|\/)((?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+\-/]+)$/.exec(trimmed);
  return m?.[1] ?? trimmed;
}

/** Windows names, with the "(UTC+01:00) Amsterdam, Berlin…" display form some Exchange servers send. */
function fromWindows(tzid: string): string | null {
  const direct = findIana(tzid);
  if (direct.length > 0) return direct.find(isTimeZone) ?? null;
  return null;
}

/** The IANA zone a TZID names, or null when it names none we know (the VTIMEZONE's offsets then decide). */
export function resolveTzid(tzid: string): ResolvedZone | null {
  const cleaned = cleanTzid(tzid);
  if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(cleaned)) return { zone: 'UTC', source: 'utc' };
  if (cleaned.includes('/') && isTimeZone(cleaned)) return { zone: Intl.DateTimeFormat('en-US', { timeZone: cleaned }).resolvedOptions().timeZone, source: 'iana' };
  const windows = fromWindows(cleaned);
  if (windows) return { zone: windows, source: 'windows' };
  return null;
}

/**
 * A zone for a fixed offset, when a VTIMEZONE names nothing we can map: the user's own zone if it has that offset
 * at that moment (the usual case: an invitation from a colleague nearby), else `Etc/GMT±N` (whose sign is inverted
 * by POSIX convention), else UTC.
 */
export function zoneForOffset(offsetMs: number, atMs: number, localZone: string, offsetOf: (ms: number, zone: string) => number): ResolvedZone {
  if (offsetOf(atMs, localZone) === offsetMs) return { zone: localZone, source: 'offset' };
  const hours = offsetMs / 3_600_000;
  if (Number.isInteger(hours) && hours !== 0 && Math.abs(hours) <= 12) {
    return { zone: `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`, source: 'offset' };
  }
  return { zone: 'UTC', source: 'offset' };
}
