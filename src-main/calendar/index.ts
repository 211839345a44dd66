/** Calendar invitations in and reminders out, as plain TypeScript: no Electron, no database. */
export { readCalendar } from './read-ics.ts';
export { readInvitationFile, MAX_INVITATION_BYTES } from './invitation-file.ts';
export { organisationLabel } from './guess.ts';
export { writeCalendar, type CalendarEvent } from './write-ics.ts';
export { dueItemEvent, dueItemTitle, interviewEvent, ALARM_MINUTES_BEFORE_DEADLINE } from './journal-events.ts';
