/**
 * The CodeMirror set-up of a note's two fields, the text and the subject line: live review, word-sized undo, the
 * keys, and the two ways a field stops taking edits (a note that is no longer a draft; a status change on its way).
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder as emptyHint } from '@codemirror/view';
import { stripPastedControls } from './core/paste-controls.ts';
import { singleLine } from './core/single-line.ts';
import { wordUndoSteps } from './core/word-undo.ts';
import type { NoteReview } from './note-review.svelte.ts';
import { liveReview } from './review-extension.ts';

const readOnly: Extension = [EditorState.readOnly.of(true), EditorView.editable.of(false)];

/**
 * Read-only while locked, yet still focusable and where it was: if the status change fails, typing resumes there.
 * Only `true` is ever given (the first value of the facet wins), so it never reopens a note that is not a draft.
 * The change filter stops the edits that are not typed, too: a quick fix, a first draft.
 */
const locked: Extension = [EditorState.readOnly.of(true), EditorState.changeFilter.of(() => false)];
const unlocked: Extension = [];
const lockedNow = (on: boolean): Extension => (on ? locked : unlocked);

export class NoteFields {
  readonly #lock = new Compartment();
  readonly body: Extension;
  readonly subject: Extension;

  constructor(
    review: NoteReview,
    options: { editable: boolean; locked: boolean; onPasteRemoved: (removed: number, how: 'paste' | 'drop') => void },
  ) {
    const common = (field: 'body' | 'subject'): Extension => [
      // A note that was sent (or skipped) is a record: it is not reviewed any more.
      options.editable ? [liveReview(review.source(field), review.actions), review.reportFlags(field)] : [],
      stripPastedControls(options.onPasteRemoved),
      history(),
      wordUndoSteps,
      options.editable ? [] : readOnly,
      this.#lock.of(lockedNow(options.locked)),
    ];
    this.body = [
      common('body'),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      emptyHint('Write your note here, or start from the interview.'),
    ];
    this.subject = [
      common('subject'),
      // Enter in the subject line goes on to the text, as in a mail program.
      keymap.of([{ key: 'Enter', run: () => (review.view('body')?.focus(), true) }, ...defaultKeymap, ...historyKeymap]),
      singleLine,
    ];
  }

  /** Locks or unlocks the fields (the screen is changing the note's status; two versions wait for a choice). */
  lock(views: ReadonlyArray<EditorView | null>, on: boolean): void {
    const wanted = lockedNow(on);
    // Only where it changes something: an editor's update costs it a layout, which a new window's first one (its
    // fields set up unlocked, then told they are unlocked) cannot spare.
    for (const view of views) if (view && this.#lock.get(view.state) !== wanted) view.dispatch({ effects: this.#lock.reconfigure(wanted) });
  }
}
