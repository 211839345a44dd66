import { describe, expect, it } from 'vitest';
import { addBusinessDays, instantOf, localDate, offsetAt, wallTimeAt } from '../../../src-shared/due/index.ts';

const utc = (iso: string) => Date.parse(iso);

describe('zoned time', () => {
  it('reads the wall clock in a zone on both sides of a daylight-saving change', () => {
    expect(wallTimeAt(utc('2026-03-08T06:59:00Z'), 'America/New_York')).toMatchObject({ day: 8, hour: 1, minute: 59 });
    expect(wallTimeAt(utc('2026-03-08T07:00:00Z'), 'America/New_York')).toMatchObject({ day: 8, hour: 3, minute: 0 });
    expect(offsetAt(utc('2026-10-24T12:00:00Z'), 'Europe/Berlin')).toBe(2 * 3_600_000);
    expect(offsetAt(utc('2026-10-26T12:00:00Z'), 'Europe/Berlin')).toBe(1 * 3_600_000);
  });

  it('turns a wall-clock time into the instant it denotes', () => {
    expect(new Date(instantOf({ year: 2026, month: 11, day: 20, hour: 10, minute: 0 }, 'America/New_York')).toISOString()).toBe(
      '2026-11-20T15:00:00.000Z',
    );
    expect(new Date(instantOf({ year: 2026, month: 7, day: 1, hour: 9, minute: 30 }, 'Europe/Berlin')).toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
  });

  it('moves a time skipped by the spring change forward by the size of the gap', () => {
    // 02:30 does not exist in New York on 8 March 2026: clocks jump from 02:00 to 03:00.
    expect(new Date(instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('takes the first of the two moments a time denotes when clocks go back', () => {
    // 01:30 happens twice in New York on 1 November 2026: first in EDT (05:30Z), then in EST (06:30Z).
    expect(new Date(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(new Date(instantOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('gives the calendar day of the zone, not of UTC', () => {
    expect(localDate(utc('2026-11-21T03:00:00Z'), 'America/New_York')).toBe('2026-11-20');
    expect(localDate(utc('2026-11-20T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-21');
  });

  it('agrees with the platform clock every 7 minutes through a year in zones with odd offsets and changes', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns']) {
      const reference = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      const mismatches: string[] = [];
      for (let ms = utc('2026-01-01T00:00:00Z'); ms < utc('2027-01-01T00:00:00Z'); ms += 7 * 60_000) {
        const w = wallTimeAt(ms, zone);
        const mine = `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}, ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
        const theirs = reference.format(ms);
        if (mine !== theirs) mismatches.push(`${zone} ${new Date(ms).toISOString()}: ${mine} ≠ ${theirs}`);
      }
      expect(mismatches.slice(0, 3)).toEqual([]);
    }
  });

  it('counts business days over weekends', () => {
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addBusinessDays('2026-11-20', 2)).toBe('2026-11-24');
    expect(addBusinessDays('2026-11-21', 1)).toBe('2026-11-23'); // Saturday → Monday
    expect(addBusinessDays('2026-11-18', 7)).toBe('2026-11-27');
    expect(addBusinessDays('2026-12-30', 3)).toBe('2027-01-04'); // over a year end and a weekend
  });
});
