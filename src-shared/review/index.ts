/** The review engine's public face: plain TypeScript, no DOM, no Node, so it runs in a Web Worker and in Node. */
export type { Flag, FlagCategory, Severity, ReviewStats, ReviewResult } from './types.ts';
export { severityRank } from './types.ts';
export {
  reviewContextSchema,
  describeContextIssues,
  siblingDraftsOf,
  companyName,
  companyAliases,
  followUpKinds,
  channels,
  type ReviewContext,
  type FollowUpKind,
  type Channel,
  type SiblingDraft,
} from './context.ts';
export { dialects, defaultDialect, dialectNames, dialectFromLocale, parseDialect, type Dialect } from './dialects.ts';
export { createReviewEngine, type ReviewEngine, type ReviewOptions } from './engine.ts';
export type { DictionaryFiles } from './spelling/checker.ts';
export { topicCoverage, type TopicCoverage } from './topics.ts';
export { smsSegments, type SmsEncoding } from './text/sms.ts';
export { placeholderPattern } from './plugins/placeholder.ts';
export { default as retextAfterwordSpelling, contextWords } from './plugins/spelling.ts';
export { default as retextAfterwordGrammar } from './plugins/grammar.ts';
export { default as retextAfterwordSentenceSpacing } from './plugins/sentence-spacing.ts';
export { default as retextAfterwordReadability } from './plugins/readability.ts';
export { default as retextAfterwordNeedy } from './plugins/needy.ts';
export { default as retextAfterwordReference } from './plugins/reference.ts';
export { default as retextAfterwordDuplicate } from './plugins/duplicate.ts';
export { default as retextAfterwordLength } from './plugins/length.ts';
export { default as retextAfterwordPlaceholder } from './plugins/placeholder.ts';
