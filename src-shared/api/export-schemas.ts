/** Payload schemas of the `export.*` methods (see `./journal-schemas.ts` for the conventions). */
import { z } from 'zod';

const id = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a number.`) })
    .int(`${label} must be a whole number.`)
    .positive(`${label} must be a positive number.`)
    .max(Number.MAX_SAFE_INTEGER, `${label} is too large.`);

const save = z.boolean({ error: 'Save must be yes or no.' }).optional();

export const emlExport = z.strictObject({ followUpId: id('Note'), save });

export const thankYouExport = z.strictObject({ interviewId: id('Interview'), save });

export const openInMailApp = z.strictObject({
  path: z.string({ error: 'Path must be text.' }).min(1, 'Path is required.').max(4_096, 'Path is too long.'),
});

export const copyText = z.strictObject({
  followUpId: id('Note'),
  part: z.enum(['body', 'subject', 'both'], { error: () => 'Part must be one of: body, subject, both.' }),
});

export const byFollowUp = z.strictObject({ followUpId: id('Note') });
