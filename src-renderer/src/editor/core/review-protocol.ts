/**
 * Messages between the editor and its review worker. Every request carries an id; the reply to it carries the same
 * id, so the editor can drop a reply that a newer one of the same type has already overtaken.
 */
import type { Dialect, Flag, ReviewContext, ReviewStats, TopicCoverage } from '../../../../src-shared/review/index.ts';

export type ReviewRequest =
  /** Opens a dialect's dictionary before any note asks for it: the journal's English, as the page starts (no reply). */
  | { id: number; type: 'open'; dialect: Dialect }
  /** Replaces the context every later request is judged against (no reply). */
  | { id: number; type: 'context'; context: ReviewContext }
  | { id: number; type: 'review'; text: string }
  | { id: number; type: 'subject'; text: string }
  | { id: number; type: 'suggest'; word: string }
  | { id: number; type: 'coverage'; text: string; topics: string[] };

export type ReviewReply =
  /** The worker's first script has run: messages reach it directly from now on (review.worker.ts). */
  | { type: 'started' }
  /** The first dictionary has opened. */
  | { type: 'ready'; dictionaryLoadMilliseconds: number }
  /** The engine could not start (its dictionary could not be read): no request will be answered. */
  | { type: 'unavailable'; message: string }
  | { id: number; type: 'review'; flags: Flag[]; stats: ReviewStats; milliseconds: number }
  | { id: number; type: 'subject'; flags: Flag[]; milliseconds: number }
  | { id: number; type: 'suggest'; word: string; suggestions: string[] }
  | { id: number; type: 'coverage'; coverage: TopicCoverage[] }
  | { id: number; type: 'failed'; message: string };

export type ReplyOf<T extends ReviewRequest['type']> = Extract<ReviewReply, { type: T }>;
