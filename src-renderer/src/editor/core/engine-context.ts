/**
 * The journal describes a note one way (`followups.reviewContext`), the review engine wants another: empty fields
 * left out (an empty field switches a check off), and a phone call reviewed as talking points with no channel rules.
 */
import type { FollowUpChannel, ReviewContext as JournalContext } from '../../../../src-shared/api/journal-types.ts';
import type { ReviewContext } from '../../../../src-shared/review/index.ts';

const person = (p: { name: string; title: string }) => (p.title.trim() ? { name: p.name, title: p.title } : { name: p.name });
const filled = (values: readonly string[]) => values.filter((value) => value.trim().length > 0);

/** The interview's topics, then the posting's key phrases the topics do not already hold. */
function topicsAndReferences(journal: JournalContext): string[] {
  const topics = filled(journal.topics);
  const known = new Set(topics.map((topic) => topic.toLocaleLowerCase()));
  return [...topics, ...filled(journal.references ?? []).filter((phrase) => !known.has(phrase.toLocaleLowerCase()))];
}

export function engineContext(journal: JournalContext): ReviewContext {
  const context: ReviewContext = {
    kind: journal.kind,
    topics: topicsAndReferences(journal),
    interviewers: journal.interviewers.filter((p) => p.name.trim()).map(person),
    otherCompanies: filled(journal.otherCompanies),
    otherNames: filled(journal.otherNames),
    siblingDrafts: journal.siblingDrafts.filter((draft) => draft.text.trim()).map((draft) => ({ recipient: draft.recipient, text: draft.text })),
    personalWords: filled(journal.personalWords),
    readingGrade: Math.min(25, Math.max(1, journal.readingGrade)),
    dialect: journal.dialect,
  };
  if (journal.userName.trim()) context.sender = { name: journal.userName.trim() };
  if (journal.channel !== 'phone') context.channel = journal.channel;
  const company = journal.company.trim();
  const aliases = filled(journal.companyAliases ?? []);
  // A company's short names (Companies) count as naming it and are never misspelt.
  if (company) context.company = aliases.length > 0 ? { name: company, aliases } : company;
  if (journal.role.trim()) context.role = journal.role.trim();
  if (journal.recipient?.name.trim()) context.recipient = person(journal.recipient);
  return context;
}

/** The same context with one more word the spelling check accepts. */
export function withPersonalWord(context: ReviewContext, word: string): ReviewContext {
  const words = context.personalWords ?? [];
  return words.includes(word) ? context : { ...context, personalWords: [...words, word] };
}

/** The same context for the channel the note was moved to (a phone call again without channel rules). */
export function withChannel(context: ReviewContext, channel: FollowUpChannel): ReviewContext {
  const { channel: _previous, ...others } = context;
  return channel === 'phone' ? others : { ...others, channel };
}
