/**
 * `calendar.*`: invitations in (read, then import), and follow-ups and interviews out as .ics files for the user's
 * own calendar. Plain Node; the desktop app's Save dialog comes through the platform.
 */
import type { Handlers } from '../../src-shared/api/contract.ts';
import type { CalendarFile } from '../../src-shared/api/calendar-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { dueItemEvent, interviewEvent, readInvitationFile, writeCalendar, type CalendarEvent } from '../calendar/index.ts';
import { noteFileName } from '../export/index.ts';
import * as journal from '../journal/index.ts';
import type { Platform } from '../platform/platform.ts';
import type { JournalHandle } from './journal-handle.ts';

export type CalendarHandlers = Pick<Handlers, `calendar.${string}` & keyof Handlers>;

const ICS_FILTERS = [{ name: 'Calendar', extensions: ['ics'] }];

/** The zone of the computer Afterword runs on: in browser mode too, the server is the user's own machine. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function calendarHandlers(journalHandle: JournalHandle, platform: Platform, clock: () => number): CalendarHandlers {
  const read = (input: { fileName?: string | undefined; base64: string; timeZone?: string | undefined }) =>
    readInvitationFile(Buffer.from(input.base64, 'base64'), input.fileName ?? '', input.timeZone ?? systemTimeZone());

  async function file(events: CalendarEvent[], fileName: string, save: boolean | undefined, name?: string): Promise<CalendarFile> {
    const text = writeCalendar(events, clock(), name);
    const result: CalendarFile = { fileName, events: events.length, text };
    if (save) {
      const savedTo = await platform.saveFile({ defaultName: fileName, content: text, filters: ICS_FILTERS });
      if (savedTo !== undefined) result.savedTo = savedTo;
    }
    return result;
  }

  function dueItem(key: string) {
    const now = clock();
    const listed = journal.listDue(journalHandle.db, now).items.find((item) => item.key === key);
    if (!listed) throw new AppError('not-found', 'This reminder is no longer on the Due list: its note was sent or skipped, or the interview changed.');
    return listed;
  }

  return {
    'calendar.readInvitation': async (input) => journal.previewInvitation(journalHandle.db, await read(input), input.fileName ?? ''),
    'calendar.importInvitation': async (input) => {
      const invitation = await read(input);
      return journal.importInvitation(journalHandle.db, invitation, input, clock());
    },
    'calendar.exportDue': ({ key, save }) => {
      const item = dueItem(key);
      const fileName = noteFileName({ company: item.company, role: '', recipient: item.recipientName ?? '', date: item.dueAt.slice(0, 10) }, 'ics', 'Follow-up');
      return file([dueItemEvent(item)], fileName, save);
    },
    'calendar.exportUpcoming': (input) => {
      const now = clock();
      const items = journal.listDue(journalHandle.db, now).items.filter((item) => Date.parse(item.dueAt) >= now);
      if (items.length === 0) throw new AppError('not-found', 'Nothing on the Due list is still ahead, so there is nothing to add to a calendar.');
      const day = new Date(now).toISOString().slice(0, 10);
      return file(items.map(dueItemEvent), `Afterword follow-ups - ${day}.ics`, input?.save);
    },
    'calendar.exportInterview': ({ id, save }) => {
      const interview = journal.getInterview(journalHandle.db, id);
      const application = journal.getApplication(journalHandle.db, interview.applicationId);
      const fileName = noteFileName({ company: application.company, role: application.role, recipient: 'interview', date: interview.startsAt.slice(0, 10) }, 'ics', 'Interview');
      return file([interviewEvent(interview, application.company, application.role)], fileName, save, 'Afterword interviews');
    },
  };
}
