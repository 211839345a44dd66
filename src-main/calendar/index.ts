/** Calendar invitations in and reminders out, as plain TypeScript: no Electron, no database. */
export { readCalendar } from './read-ics.ts';
export { readInvitationFile, MAX_INVITATION_BYTES } from './invitation-file.ts';
export { organisationLabel } from './guess.ts';
