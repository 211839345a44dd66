/** Everything an editor needs to show live review: flags, their colours and cards, and the keys to move between them. */
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Flag } from '../../../src-shared/review/index.ts';
import { flagActions, flagCards, type FlagActions } from './flag-card.ts';
import { flagDecorations, flagField } from './core/flag-field.ts';
import { flagKeymap } from './flag-navigation.ts';
import { reviewScheduler, type ReviewSource } from './review-plugin.ts';

export function liveReview<Reply extends { flags: Flag[] }>(source: ReviewSource<Reply>, actions: FlagActions): Extension {
  return [
    flagField,
    flagDecorations,
    flagCards,
    flagKeymap,
    flagActions.of(actions),
    reviewScheduler(source),
    // Spelling comes from the review engine only: the browser's own checker would underline twice, differently.
    EditorView.contentAttributes.of({ spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' }),
  ];
}
