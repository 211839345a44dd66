/**
 * The context a draft is reviewed against. Every field is optional: a missing field switches off the checks that
 * need it. The schema is shared so the app's API and the command line validate the same way.
 */
import { z } from 'zod';

const person = z.object({ name: z.string().trim().min(1), title: z.string().optional() }).strict();

const siblingDraft = z.union([
  z.string(),
  z.object({ recipient: z.string().optional(), text: z.string() }).strict(),
]);

export const followUpKinds = ['thank-you', 'status-check', 'feedback-request', 'recruiter-update', 'other'] as const;
export const channels = ['email', 'text', 'letter'] as const;

export const reviewContextSchema = z
  .object({
    kind: z.enum(followUpKinds).optional(),
    channel: z.enum(channels).optional(),
    company: z.string().trim().min(1).optional(),
    role: z.string().trim().min(1).optional(),
    recipient: person.optional(),
    interviewers: z.array(person).optional(),
    topics: z.array(z.string()).optional(),
    otherCompanies: z.array(z.string()).optional(),
    otherNames: z.array(z.string()).optional(),
    siblingDrafts: z.array(siblingDraft).optional(),
    personalWords: z.array(z.string()).optional(),
    readingAge: z.number().min(6).max(30).optional(),
  })
  .strict();

export type ReviewContext = z.infer<typeof reviewContextSchema>;
export type FollowUpKind = (typeof followUpKinds)[number];
export type Channel = (typeof channels)[number];

export interface SiblingDraft {
  recipient?: string;
  text: string;
}

/** Sibling drafts arrive as plain strings or as `{recipient, text}`; the rules only see the second form. */
export function siblingDraftsOf(context: ReviewContext): SiblingDraft[] {
  return (context.siblingDrafts ?? []).map((draft) => (typeof draft === 'string' ? { text: draft } : draft));
}

/** Turns a failed parse into one readable line per wrong field, e.g. `recipient.name: expected string`. */
export function describeContextIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${field}: ${issue.message}`;
  });
}
