/**
 * Asks the worker to review the text a moment after typing pauses, and shows the answer. At most one request is in
 * flight per editor: edits made meanwhile are remembered, the answer is carried through them, and one more review
 * follows. Typing itself never waits for any of this.
 */
import { ChangeSet, StateEffect, type ChangeDesc, type Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type PluginValue, type ViewUpdate } from '@codemirror/view';
import type { Flag } from '../../../src-shared/review/index.ts';
import { dropFlags, setFlags } from './core/flag-field.ts';
import { placeFlags } from './core/placed-flags.ts';

export interface ReviewSource<Reply extends { flags: Flag[] }> {
  /** Reviews a snapshot of the text; `null` when the answer was overtaken by a newer one. */
  review(text: string): Promise<Reply | null>;
  /** Flags the user chose to ignore are never shown. */
  isIgnored(flag: Flag, text: string): boolean;
  /** Called with every answer shown, and the text it judged. */
  onReviewed?(reply: Reply, text: string): void;
  /** Milliseconds of quiet before a review is asked for (REVIEW_PAUSE_MS unless given). */
  delay?: number;
}

/** Makes the editor review its text again now (the context changed: a word was added to the dictionary). */
export const reviewAgain = StateEffect.define<null>();

/**
 * How long typing must pause before the text is reviewed again. At 60 ms a review came back between almost every
 * two keys of steady typing (15 a second), and taking in its flags was what made the slowest keys slow: measured in
 * the editor bench, keystroke-to-paint p95 went from 16-17 ms to 11-14 ms at 200 ms. A word being typed is not
 * flagged half-written either; the flags follow a fifth of a second after the typing stops.
 */
export const REVIEW_PAUSE_MS = 200;

export function reviewScheduler<Reply extends { flags: Flag[] }>(source: ReviewSource<Reply>): Extension {
  const delay = source.delay ?? REVIEW_PAUSE_MS;

  return ViewPlugin.fromClass(
    class implements PluginValue {
      timer: ReturnType<typeof setTimeout> | undefined;
      /** Edits made since the request in flight took its snapshot. */
      inFlight: { changes: ChangeDesc } | null = null;
      again = false;
      destroyed = false;

      constructor(readonly view: EditorView) {
        this.schedule(0);
      }

      update(update: ViewUpdate) {
        if (update.docChanged) {
          if (this.inFlight) this.inFlight.changes = this.inFlight.changes.composeDesc(update.changes.desc);
          this.schedule(delay);
        }
        if (update.transactions.some((tr) => tr.effects.some((effect) => effect.is(reviewAgain)))) this.schedule(0);
      }

      schedule(ms: number) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.send(), ms);
      }

      send() {
        if (this.destroyed) return;
        if (this.inFlight) {
          this.again = true;
          return;
        }
        const text = this.view.state.doc.toString();
        const inFlight = { changes: ChangeSet.empty(text.length).desc };
        this.inFlight = inFlight;
        void source.review(text).then((reply) => {
          this.inFlight = null;
          if (this.destroyed) return;
          if (reply) {
            const shown = reply.flags.filter((flag) => !source.isIgnored(flag, text.slice(flag.start, flag.end)));
            this.view.dispatch({ effects: setFlags.of(placeFlags(shown, text, inFlight.changes)) });
            source.onReviewed?.(reply, text);
          }
          if (this.again || !inFlight.changes.empty) {
            this.again = false;
            this.send();
          }
        });
      }

      destroy() {
        this.destroyed = true;
        clearTimeout(this.timer);
      }
    },
  );
}

/** Removes matching flags at once, without waiting for the next review. */
export function dropMatchingFlags(view: EditorView, predicate: (flag: Flag, text: string) => boolean): void {
  view.dispatch({ effects: dropFlags.of(predicate) });
}
