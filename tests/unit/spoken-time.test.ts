// The interview form's time fields read what people type: clock times either way round, and days in words.
import { describe, expect, it } from 'vitest';
import { readSpokenTime } from '../../src-renderer/src/lib/spoken-time.ts';

// Tuesday 1 December 2026, 09:00 on this computer's clock.
const NOW = new Date(2026, 11, 1, 9, 0);
const read = (text: string) => readSpokenTime(text, 'Starts at', NOW);

describe('times as people say them', () => {
  it('should read 12- and 24-hour clock times, with or without a space, as the same wall time', () => {
    expect(read('3pm')).toEqual({ ok: true, value: { time: '15:00', date: null } });
    expect(read('3 pm')).toEqual({ ok: true, value: { time: '15:00', date: null } });
    expect(read('4:30pm')).toEqual({ ok: true, value: { time: '16:30', date: null } });
    expect(read('15:00')).toEqual({ ok: true, value: { time: '15:00', date: null } });
    expect(read('noon')).toEqual({ ok: true, value: { time: '12:00', date: null } });
  });

  it('should take the day from words that name one', () => {
    expect(read('yesterday 3pm')).toEqual({ ok: true, value: { time: '15:00', date: '2026-11-30' } });
    expect(read('next Tuesday 10:30')).toEqual({ ok: true, value: { time: '10:30', date: '2026-12-08' } });
  });

  it('should refuse, saying why, what is no time, a day without a time, and an hour that does not exist', () => {
    expect(read('tea time')).toMatchObject({ ok: false, message: expect.stringContaining('“tea time” is not a time Afterword can read') });
    expect(read('yesterday')).toMatchObject({ ok: false, message: expect.stringContaining('names a day but no time of day') });
    expect(read('25:00')).toMatchObject({ ok: false });
    expect(read('   ')).toMatchObject({ ok: false, message: 'Starts at is needed: a time such as 3pm, 15:00 or “yesterday 3pm”.' });
  });

  it('should not settle for a guess when words are left over', () => {
    expect(read('3pm or maybe four, ask Ana')).toMatchObject({ ok: false });
  });
});
