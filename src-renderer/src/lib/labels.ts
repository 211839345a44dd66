/** Words for the journal's codes, as the screens show them. */
import type {
  ApplicationSource,
  ApplicationStatus,
  FollowUpChannel,
  FollowUpKind,
  FollowUpStatus,
  InterviewFormat,
  InterviewRound,
  PersonPart,
} from '../../../src-shared/api/journal-types.ts';

export const statusLabel: Record<ApplicationStatus, string> = {
  active: 'Active',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const sourceLabel: Record<ApplicationSource, string> = {
  referral: 'Referral',
  'job-board': 'Job board',
  recruiter: 'Recruiter',
  'company-site': 'Company website',
  network: 'Network',
  other: 'Other',
};

export const roundLabel: Record<InterviewRound, string> = {
  screen: 'Screening',
  technical: 'Technical',
  panel: 'Panel',
  final: 'Final',
  other: 'Other',
};

export const formatLabel: Record<InterviewFormat, string> = {
  phone: 'Phone',
  video: 'Video call',
  'on-site': 'On site',
};

export const kindLabel: Record<FollowUpKind, string> = {
  'thank-you': 'Thank-you note',
  'status-check': 'Status check-in',
  'feedback-request': 'Feedback request',
  'recruiter-update': 'Recruiter update',
  other: 'Other note',
};

export const channelLabel: Record<FollowUpChannel, string> = {
  email: 'Email',
  text: 'Text message',
  phone: 'Phone call',
  letter: 'Letter',
};

export const followUpStatusLabel: Record<FollowUpStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  skipped: 'Skipped',
};

/** Options for a `<select>`, in the contract's order. */
export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** A person's part in an application, as their page names it. */
export const partLabel: Record<PersonPart, string> = {
  recruiter: 'Recruiter',
  referrer: 'Referred you',
  interviewer: 'Interviewer',
};
