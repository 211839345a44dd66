/** Database rows (snake_case, integers for booleans, JSON text) turned into API shapes. */
import type {
  Application,
  ApplicationSource,
  ApplicationStatus,
  FollowUp,
  FollowUpChannel,
  FollowUpKind,
  FollowUpStatus,
  Interview,
  InterviewFormat,
  InterviewRound,
  Person,
  PersonRef,
} from '../../src-shared/api/journal-types.ts';

export interface PersonRow {
  id: number;
  name: string;
  title: string;
  company: string;
  email: string;
  phone: string;
  is_recruiter: number;
  notes: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  title: r.title,
  company: r.company,
  email: r.email,
  phone: r.phone,
  isRecruiter: r.is_recruiter === 1,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export const toPersonRef = (r: Pick<PersonRow, 'id' | 'name' | 'title' | 'is_recruiter'>): PersonRef => ({
  id: r.id,
  name: r.name,
  title: r.title,
  isRecruiter: r.is_recruiter === 1,
});

export interface ApplicationRow {
  id: number;
  company: string;
  role: string;
  job_url: string;
  source: string;
  status: string;
  applied_on: string | null;
  status_changed_at: string;
  recruiter_id: number | null;
  referrer_id: number | null;
  notes: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** The columns an application's card shows, shared by the full record and the board's cards. */
export type ApplicationCardRow = Pick<ApplicationRow, 'id' | 'company' | 'role' | 'source' | 'status' | 'applied_on' | 'status_changed_at'>;
export type ApplicationCard = Pick<Application, 'id' | 'company' | 'role' | 'source' | 'status' | 'appliedOn' | 'statusChangedAt'>;

export const toApplicationCard = (r: ApplicationCardRow): ApplicationCard => ({
  id: r.id,
  company: r.company,
  role: r.role,
  source: r.source as ApplicationSource,
  status: r.status as ApplicationStatus,
  appliedOn: r.applied_on,
  statusChangedAt: r.status_changed_at,
});

export const toApplication = (r: ApplicationRow): Application => ({
  ...toApplicationCard(r),
  jobUrl: r.job_url,
  recruiterId: r.recruiter_id,
  referrerId: r.referrer_id,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export interface InterviewRow {
  id: number;
  application_id: number;
  round: string;
  format: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  location: string;
  next_step: string;
  next_step_by: string | null;
  notes: string;
  topics: string;
  created_at: string;
  updated_at: string;
  revision: number;
  calendar_uid: string | null;
  calendar_sequence: number;
  cancelled_at: string | null;
}

export const toInterview = (r: InterviewRow, interviewers: PersonRef[]): Interview => ({
  id: r.id,
  applicationId: r.application_id,
  round: r.round as InterviewRound,
  format: r.format as InterviewFormat,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  timeZone: r.time_zone,
  location: r.location,
  nextStep: r.next_step,
  nextStepBy: r.next_step_by,
  notes: r.notes,
  topics: JSON.parse(r.topics) as string[],
  interviewers,
  calendarUid: r.calendar_uid,
  cancelledAt: r.cancelled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export interface FollowUpRow {
  id: number;
  application_id: number;
  interview_id: number | null;
  recipient_id: number | null;
  kind: string;
  channel: string;
  subject: string;
  body: string;
  status: string;
  skip_reason: string;
  due_key: string | null;
  due_at: string | null;
  sent_at: string | null;
  reply_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  /** JSON list of `IgnoredFlag`; see `ignoredFlagsOf`. */
  ignored_flags: string;
}

/** The columns that decide what is still due after a follow-up, shared by the full record and the due rules. */
export type FollowUpStateRow = Pick<FollowUpRow, 'id' | 'kind' | 'interview_id' | 'recipient_id' | 'status' | 'sent_at' | 'reply_at' | 'due_key'>;
export type FollowUpState = Pick<FollowUp, 'id' | 'kind' | 'interviewId' | 'recipientId' | 'status' | 'sentAt' | 'replyAt' | 'dueKey'>;

export const toFollowUpState = (r: FollowUpStateRow): FollowUpState => ({
  id: r.id,
  kind: r.kind as FollowUpKind,
  interviewId: r.interview_id,
  recipientId: r.recipient_id,
  status: r.status as FollowUpStatus,
  sentAt: r.sent_at,
  replyAt: r.reply_at,
  dueKey: r.due_key,
});

export const toFollowUp = (r: FollowUpRow): FollowUp => ({
  ...toFollowUpState(r),
  applicationId: r.application_id,
  channel: r.channel as FollowUpChannel,
  subject: r.subject,
  body: r.body,
  skipReason: r.skip_reason,
  dueAt: r.due_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});
