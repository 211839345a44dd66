/**
 * The context a draft is reviewed against. Every field is optional: a missing field switches off the checks that
 * need it. The schema is shared so the app's API and the command line validate the same way.
 */
import { z } from 'zod';
import { dialects } from './dialects.ts';

const person = z.object({ name: z.string().trim().min(1), title: z.string().optional() }).strict();

const siblingDraft = z.union([
  z.string(),
  z.object({ recipient: z.string().optional(), text: z.string() }).strict(),
]);

/** The company as a name, or with the short forms people use for it ("Brightline" for "Brightline Health"). */
const company = z.union([
  z.string().trim().min(1),
  z.object({ name: z.string().trim().min(1), aliases: z.array(z.string().trim().min(1)).optional() }).strict(),
]);

export const followUpKinds = ['thank-you', 'status-check', 'feedback-request', 'recruiter-update', 'other'] as const;
export const channels = ['email', 'text', 'letter'] as const;

export const reviewContextSchema = z
  .object({
    kind: z.enum(followUpKinds).optional(),
    channel: z.enum(channels).optional(),
    company: company.optional(),
    role: z.string().trim().min(1).optional(),
    recipient: person.optional(),
    interviewers: z.array(person).optional(),
    topics: z.array(z.string()).optional(),
    otherCompanies: z.array(z.string()).optional(),
    otherNames: z.array(z.string()).optional(),
    siblingDrafts: z.array(siblingDraft).optional(),
    personalWords: z.array(z.string()).optional(),
    /** The English the note is written in; US English when left out. */
    dialect: z.enum(dialects).optional(),
    /** The person writing: their name is never misspelt and signs the note. */
    sender: z.object({ name: z.string().trim().min(1) }).strict().optional(),
    /** The US school grade a reader needs (Flesch–Kincaid): sentences above it are flagged. */
    readingGrade: z.number().min(1).max(25).optional(),
  })
  .strict();

export type ReviewContext = z.infer<typeof reviewContextSchema>;
export type FollowUpKind = (typeof followUpKinds)[number];
export type Channel = (typeof channels)[number];

/** The company's name, whichever form the context gives it in. */
export function companyName(context: ReviewContext): string | undefined {
  return typeof context.company === 'string' ? context.company : context.company?.name;
}

/** Other names the company goes by, as the context lists them. */
export function companyAliases(context: ReviewContext): string[] {
  return typeof context.company === 'object' ? (context.company.aliases ?? []) : [];
}

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
