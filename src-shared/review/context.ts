/**
 * The context a draft is reviewed against. Every field is optional: a missing field switches off the checks that
 * need it. The schema is shared so the app's API and the command line validate the same way.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { dialects } from './dialects.ts';

// zod's lighter build: the command line validates a context at every start, and the full build takes longer to
// load than the whole check. Its messages are zod's English ones, as with the full build.
z.config(en());

const name = () => z.string().check(z.trim(), z.minLength(1));

const person = z.strictObject({ name: name(), title: z.optional(z.string()) });

const siblingDraft = z.union([z.string(), z.strictObject({ recipient: z.optional(z.string()), text: z.string() })]);

/** The company as a name, or with the short forms people use for it ("Brightline" for "Brightline Health"). */
const company = z.union([name(), z.strictObject({ name: name(), aliases: z.optional(z.array(name())) })]);

export const followUpKinds = ['thank-you', 'status-check', 'feedback-request', 'recruiter-update', 'other'] as const;
export const channels = ['email', 'text', 'letter'] as const;

export const reviewContextSchema = z.strictObject({
  kind: z.optional(z.enum(followUpKinds)),
  channel: z.optional(z.enum(channels)),
  company: z.optional(company),
  role: z.optional(name()),
  recipient: z.optional(person),
  interviewers: z.optional(z.array(person)),
  topics: z.optional(z.array(z.string())),
  otherCompanies: z.optional(z.array(z.string())),
  otherNames: z.optional(z.array(z.string())),
  siblingDrafts: z.optional(z.array(siblingDraft)),
  personalWords: z.optional(z.array(z.string())),
  /** The English the note is written in; US English when left out. */
  dialect: z.optional(z.enum(dialects)),
  /** The person writing: their name is never misspelt and signs the note. */
  sender: z.optional(z.strictObject({ name: name() })),
  /** The US school grade a reader needs (Flesch–Kincaid): sentences above it are flagged. */
  readingGrade: z.optional(z.number().check(z.minimum(1), z.maximum(25))),
});

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
export function describeContextIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${field}: ${issue.message}`;
  });
}
