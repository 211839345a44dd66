/**
 * Hands an .ics file to the user: the desktop app saves it where they choose (the API did it), browser mode
 * downloads it. Answers the sentence to show, or null when the Save dialog was cancelled.
 */
import type { CalendarFile } from '../../../src-shared/api/calendar-types.ts';
import type { Result } from '../../../src-shared/api/result.ts';
import { downloadBlob } from './download.ts';

export function deliverCalendarFile(result: Result<CalendarFile>): { ok: true; message: string | null } | { ok: false; error: Extract<Result<CalendarFile>, { ok: false }>['error'] } {
  if (!result.ok) return { ok: false, error: result.error };
  const file = result.value;
  const what = file.events === 1 ? 'the event' : `the ${file.events} events`;
  if (file.savedTo === null) return { ok: true, message: null };
  if (file.savedTo) return { ok: true, message: `Saved ${file.savedTo}. Open it to add ${what} to your calendar.` };
  downloadBlob(file.fileName, new Blob([file.text], { type: 'text/calendar;charset=utf-8' }));
  return { ok: true, message: `Downloaded ${file.fileName}. Open it to add ${what} to your calendar; exporting again updates the same events.` };
}
