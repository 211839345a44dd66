/**
 * Calendar invitations in, reminders out: the shapes `calendar.*` methods answer with. Plain data (they cross IPC).
 */
import type { InterviewFormat, InterviewRound } from './journal-types.ts';

/** How the interview's zone was found: an IANA name, a Windows name (Outlook), a fixed offset, or none at all. */
export type ZoneSource = 'iana' | 'windows' | 'offset' | 'floating' | 'utc';

/** REQUEST (an invitation or its update), CANCEL, or PUBLISH (a file exported from a calendar). */
export type InvitationMethod = 'request' | 'cancel' | 'publish';

export interface InvitationPerson {
  name: string;
  email: string;
}

/** What a calendar file said, read and put in the journal's terms. */
export interface Invitation {
  uid: string;
  /** Higher for each update the organiser sends. */
  sequence: number;
  method: InvitationMethod;
  /** True for METHOD:CANCEL or an event whose STATUS is CANCELLED. */
  cancelled: boolean;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  /** IANA zone the times are read in. */
  timeZone: string;
  zoneSource: ZoneSource;
  /** The TZID as the file wrote it (e.g. "W. Europe Standard Time"), or null for UTC and floating times. */
  writtenZone: string | null;
  allDay: boolean;
  durationMinutes: number;
  location: string;
  meetingUrl: string | null;
  /** "Zoom", "Microsoft Teams", "Google Meet", "Webex"; null for another link. */
  meetingProvider: string | null;
  format: InterviewFormat;
  round: InterviewRound;
  organizer: InvitationPerson | null;
  /** People invited, without rooms and resources. */
  attendees: InvitationPerson[];
  /** A company name read from the title or the organiser's domain, for a new application. */
  company: string;
  /** Things the user should know, e.g. that only the first of a repeating event is used. */
  notes: string[];
}

export interface AttendeeMatch extends InvitationPerson {
  /** Position in `Invitation.attendees`; `calendar.importInvitation` refers to attendees by it. */
  index: number;
  /** The person in the journal this attendee is, if found. */
  personId: number | null;
  personName: string | null;
  matchedBy: 'email' | 'name' | null;
  /** The user's own address (Settings): never an interviewer. */
  isYou: boolean;
}

export interface ApplicationChoice {
  id: number;
  company: string;
  role: string;
}

/** `calendar.readInvitation`'s answer: what was read and what importing it would do. Nothing is written. */
export interface InvitationPreview {
  fileName: string;
  invitation: Invitation;
  attendees: AttendeeMatch[];
  /** The application it belongs to, when found, and how. */
  application: (ApplicationChoice & { matchedBy: 'uid' | 'company' | 'domain' }) | null;
  /** Every application, to choose from when none matched (or another is meant). */
  applications: ApplicationChoice[];
  /** The interview an earlier import of the same UID made. */
  existing: { interviewId: number; applicationId: number; startsAt: string; cancelled: boolean } | null;
  /** What importing does: make an interview, update the one already imported, or cancel it. */
  action: 'create' | 'update' | 'cancel';
}

export interface InvitationImportResult {
  action: 'created' | 'updated' | 'cancelled';
  interviewId: number;
  applicationId: number;
  /** Thank-you notes and other items now planned for this interview (empty for a cancellation). */
  dueKeys: string[];
}

/** An .ics file for the user's calendar. */
export interface CalendarFile {
  fileName: string;
  /** How many events it holds. */
  events: number;
  /** The file's text (always given: browser mode downloads it; the desktop app may also have saved it). */
  text: string;
  /** Desktop, when asked to save: where it went, or null if the Save dialog was cancelled. */
  savedTo?: string | null;
}
