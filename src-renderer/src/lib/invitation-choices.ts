/** The Import screen's choices: their starting values from a preview, and the import request they make. */
import type { InvitationPreview } from '../../../src-shared/api/calendar-types.ts';
import type { InputOf } from '../../../src-shared/api/contract.ts';
import type { InterviewFormat, InterviewRound } from '../../../src-shared/api/journal-types.ts';
import type { InvitationSource } from './invitation-inbox.svelte.ts';
import { localZone } from './time.ts';

export interface Choices {
  applicationId: number | 'new';
  company: string;
  role: string;
  round: InterviewRound;
  format: InterviewFormat;
  /** By attendee index: record them as an interviewer. */
  included: boolean[];
}

export function initialChoices(preview: InvitationPreview): Choices {
  return {
    applicationId: preview.application?.id ?? 'new',
    company: preview.invitation.company,
    role: '',
    round: preview.invitation.round,
    format: preview.invitation.format,
    included: preview.attendees.map((a) => !a.isYou),
  };
}

export function importRequest(source: InvitationSource, preview: InvitationPreview, choices: Choices): InputOf<'calendar.importInvitation'> {
  const base = { fileName: source.fileName, base64: source.base64, timeZone: localZone() };
  if (preview.action === 'cancel') return base;
  const attendees = preview.attendees.filter((a) => choices.included[a.index] && !a.isYou).map((a) => ({ index: a.index, personId: a.personId }));
  // An update keeps the interview's application, round and format as the user last set them: only the invitation's
  // own facts (time, place) and new attendees come in.
  if (preview.action === 'update') return { ...base, attendees };
  const application =
    choices.applicationId === 'new' ? { newApplication: { company: choices.company, role: choices.role } } : { applicationId: choices.applicationId };
  return { ...base, ...application, round: choices.round, format: choices.format, attendees };
}
