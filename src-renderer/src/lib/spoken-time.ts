/**
 * Times as people say them: "3pm", "4:30 pm", "15:00", "noon", and with a day, "yesterday 3pm" or "next Tuesday
 * 10:30". chrono-node reads the words (a maintained parser beats a hand-written one for English time phrases); this
 * module keeps what the interview form needs from it: a wall-clock time and, when the words named one, a day.
 */
import * as chrono from 'chrono-node';
import type { Checked } from './time.ts';

export interface SpokenTime {
  /** `HH:MM` on a 24-hour clock. */
  time: string;
  /** `YYYY-MM-DD` when the words named a day ("yesterday", "next Tuesday"), else null. */
  date: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads `text` against `now` (on this computer's calendar); past days are preferred for a weekday alone. */
export function readSpokenTime(text: string, label: string, now: Date = new Date()): Checked<SpokenTime> {
  const typed = text.trim();
  if (!typed) return { ok: false, message: `${label} is needed: a time such as 3pm, 15:00 or “yesterday 3pm”.` };
  const [result] = chrono.parse(typed, now, { forwardDate: false });
  // Words left over ("3pm ish today-ish") mean the reading is a guess: say so rather than save a guess.
  if (!result || result.text.replace(/\s+/g, '').length < typed.replace(/\s+/g, '').length * 0.8) {
    return { ok: false, message: `${label}: “${typed}” is not a time Afterword can read. Try 3pm, 15:00, or “yesterday 3pm”.` };
  }
  if (!result.start.isCertain('hour')) {
    return { ok: false, message: `${label}: “${typed}” names a day but no time of day. Add one, e.g. “${typed} 3pm”.` };
  }
  const start = result.start;
  const time = `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
  const named = start.isCertain('day') || start.isCertain('weekday');
  const date = named ? `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}` : null;
  return { ok: true, value: { time, date } };
}
