/** Badge colours for statuses; the badge text always carries the meaning too. */
import type { ApplicationStatus, FollowUpStatus } from '../../../src-shared/api/journal-types.ts';

export type Tone = 'neutral' | 'accent' | 'ok' | 'warning' | 'danger';

export const statusTone: Record<ApplicationStatus, Tone> = {
  active: 'accent',
  offer: 'ok',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export const followUpTone: Record<FollowUpStatus, Tone> = {
  draft: 'warning',
  sent: 'ok',
  skipped: 'neutral',
};
