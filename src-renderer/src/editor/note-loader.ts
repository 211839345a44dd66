/** The app's one note loader (core/note-loader.ts), over the app's API. */
import type { Settings } from '../../../src-shared/api/journal-types.ts';
import type { Result } from '../../../src-shared/api/result.ts';
import { api } from '../lib/api.ts';
import { engineContext, withChannel } from './core/engine-context.ts';
import { noteLoader, type NoteParts } from './core/note-loader.ts';
import { sharedReviewClient } from './shared-review-client.ts';

const loader = noteLoader(api);
export const { loadFollowUp, loadNote } = loader;

/**
 * Asks for the note a window opens on, and has the worker review its text as soon as it arrives: the review runs
 * while the app and the editor are still being drawn, and the editor's own first review, of the same text under the
 * same context, is that request (core/review-client.ts), so the flags come with the text.
 */
export function askEarly(id: number, settings: Promise<Result<Settings>>): void {
  void loader.askEarly(id, settings)?.then(reviewAhead);
}

function reviewAhead({ detail, context }: NoteParts): void {
  // Sent notes are not reviewed.
  if (!detail.ok || !context.ok || detail.value.followUp.status !== 'draft') return;
  const { followUp } = detail.value;
  sharedReviewClient().reviewAhead(withChannel(engineContext(context.value), followUp.channel), followUp.body);
}
