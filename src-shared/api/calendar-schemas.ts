/** Payload schemas of the `calendar.*` and reminder methods (see `./journal-schemas.ts` for the conventions). */
import { z } from 'zod';
import { interviewFormat, interviewRound, LIMITS, optionalText, recordId, requiredText, timeZoneName } from './journal-schemas.ts';

/** Base64 of at most 5 MB (the reader refuses larger files with a sentence of its own). */
const MAX_BASE64 = Math.ceil((5 * 1024 * 1024 + 1) / 3) * 4;

const invitationFile = {
  fileName: optionalText('File name', 300),
  base64: z
    .string({ error: 'The file must be sent as base64 text.' })
    .min(1, 'The file is empty.')
    .max(MAX_BASE64, 'The file is too large to be an invitation (over 5 MB).')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be sent as base64 text.'),
  /** The user's zone, for floating and all-day times; the computer's own when left out. */
  timeZone: timeZoneName.optional(),
};

export const invitationRead = z.strictObject(invitationFile);

export const invitationImport = z.strictObject({
  ...invitationFile,
  applicationId: recordId('Application').optional(),
  newApplication: z.strictObject({ company: requiredText('Company', LIMITS.name), role: optionalText('Role', LIMITS.name) }).optional(),
  round: interviewRound.optional(),
  format: interviewFormat.optional(),
  attendees: z
    .array(z.strictObject({ index: z.number().int().min(0).max(499), personId: recordId('Person').nullable() }))
    .max(50, 'At most 50 interviewers.')
    .optional(),
});

const save = z.boolean({ error: 'Save must be yes or no.' }).optional();
const dueKey = z.string({ error: 'Key must be text.' }).min(1, 'Key is required.').max(100, 'Key is too long.');

export const dueExport = z.strictObject({ key: dueKey, save });
export const upcomingExport = z.strictObject({ save }).optional();
export const interviewExport = z.strictObject({ id: recordId('Interview'), save });

export const dueSnooze = z.strictObject({
  key: dueKey,
  /** An hour from now, or 09:00 tomorrow in `timeZone`. */
  until: z.enum(['hour', 'tomorrow-morning'], { error: () => 'Until must be one of: hour, tomorrow-morning.' }),
  timeZone: timeZoneName.optional(),
});
export const dueKeyOnly = z.strictObject({ key: dueKey });
export const dueDismiss = z.strictObject({ key: dueKey, reason: requiredText('Reason', LIMITS.reason) });
