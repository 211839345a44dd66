/**
 * The live review of one open note: the shared worker and the context it judges against (the channel, the words
 * added to the dictionary), the flags the user ignored, and what the review reports back to the panels (flags,
 * stats, topic coverage). The two CodeMirror views register themselves here; the workspace only lays things out.
 */
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import type { FollowUpChannel, FollowUpDetail, ReviewContext as JournalContext } from '../../../src-shared/api/journal-types.ts';
import type { Flag, ReviewContext, ReviewStats, TopicCoverage } from '../../../src-shared/review/index.ts';
import { api } from '../lib/api.ts';
import { engineContext, withChannel, withPersonalWord } from './core/engine-context.ts';
import { dropFlags, flagsOf, setFlags } from './core/flag-field.ts';
import { ignoredFlagOf, IgnoredFlags } from './core/ignored-flags.ts';
import { isWholeNoteFlag } from './core/placed-flags.ts';
import type { PanelFlag } from './core/types.ts';
import type { FlagActions } from './flag-card.ts';
import { moveToFlag } from './flag-navigation.ts';
import { reviewAgain } from './review-plugin.ts';
import type { ReviewSource } from './review-plugin.ts';
import { sharedReviewClient } from './shared-review-client.ts';
import type { ReplyOf } from './core/review-protocol.ts';

type Field = PanelFlag['field'];

const isSameFlag = (a: Flag, aText: string, b: Flag, bText: string) => {
  if (a === b) return true;
  const [first, second] = [ignoredFlagOf(a, aText), ignoredFlagOf(b, bText)];
  return first.ruleId === second.ruleId && first.text === second.text;
};

export class NoteReview {
  readonly #client = sharedReviewClient();
  readonly #followUpId: number;
  readonly #topics: readonly string[];
  readonly #ignored: IgnoredFlags;
  #context: ReviewContext;
  #channel: FollowUpChannel;
  #views: Record<Field, EditorView | null> = { body: null, subject: null };
  #coverageTimer: ReturnType<typeof setTimeout> | undefined;

  /** The worker has its dictionary: until then no flag can be trusted to be complete. */
  ready = $state(false);
  /** The text's first review has come back: until then there is nothing to count. */
  reviewed = $state(false);
  /** Why the review cannot run (its dictionary could not be read), if it cannot. */
  unavailable = $state<string | null>(null);
  bodyFlags = $state.raw<PanelFlag[]>([]);
  subjectFlags = $state.raw<PanelFlag[]>([]);
  stats = $state.raw<ReviewStats | null>(null);
  coverage = $state.raw<TopicCoverage[]>([]);
  wordError = $state('');
  ignoreError = $state('');
  /** Every flag of the note, the subject's first, as the panel and the stats list them. */
  readonly allFlags = $derived([...this.subjectFlags, ...this.bodyFlags]);

  constructor(detail: FollowUpDetail, journal: JournalContext, channel: FollowUpChannel) {
    this.#followUpId = detail.followUp.id;
    this.#topics = journal.topics;
    this.#channel = channel;
    this.#context = withChannel(engineContext(journal), channel);
    // A head start: the worker reviews the saved text while the editor is still being built (unless the window's
    // first script already asked, editor/note-loader.ts), and that answers the editor's own first review of it.
    // Sent notes are not reviewed.
    if (detail.followUp.status === 'draft') this.#client.reviewAhead(this.#context, detail.followUp.body);
    else this.#client.setContext(this.#context);
    this.ready = this.#client.ready;
    this.#client.onReady(() => {
      this.ready = this.#client.ready;
      this.unavailable = this.#client.unavailable;
    });
    this.#ignored = new IgnoredFlags(detail.ignoredFlags, async (flag) => {
      const result = await api.followups.ignoreFlag({ id: this.#followUpId, ...flag });
      return result.ok ? null : result.error;
    });
  }


  view(field: Field): EditorView | null {
    return this.#views[field];
  }

  attach(field: Field, view: EditorView | null): void {
    this.#views[field] = view;
    // The subject is hidden for a text message, a phone call or a letter: its flags leave the panel with it.
    if (!view && field === 'subject') this.subjectFlags = [];
  }

  #dispatchBoth(effects: Parameters<EditorView['dispatch']>[0] & object): void {
    for (const view of Object.values(this.#views)) view?.dispatch(effects);
  }

  /** The channel sets the review's rules (length, a missing subject): both fields are judged again under the new ones. */
  setChannel(channel: FollowUpChannel): void {
    if (channel === this.#channel) return;
    this.#channel = channel;
    this.#context = withChannel(this.#context, channel);
    this.#client.setContext(this.#context);
    this.#dispatchBoth({ effects: reviewAgain.of(null) });
  }

  /** What a field's live review asks the worker, and what it does with the answers. */
  source(field: Field): ReviewSource<ReplyOf<'review'> | ReplyOf<'subject'>> {
    const isIgnored = (flag: Flag, text: string) => this.#ignored.has(flag, text);
    if (field === 'subject') return { review: (text) => this.#client.reviewSubject(text), isIgnored };
    return {
      review: (text) => this.#client.review(text),
      isIgnored,
      onReviewed: (reply, text) => {
        const first = this.stats === null;
        if ('stats' in reply) this.stats = reply.stats;
        // The topic checklist is beside the text, not under the cursor: it follows once typing pauses, so a long
        // note is not searched for every topic at every keystroke.
        clearTimeout(this.#coverageTimer);
        this.#coverageTimer = setTimeout(() => this.coverOnce(text), first ? 0 : 400);
      },
    };
  }

  /** Which of the interview's topics the text refers to (asked once for a note that is not reviewed any more). */
  coverOnce(text: string): void {
    if (this.#topics.length > 0) void this.#client.coverage(text, [...this.#topics]).then((answer) => answer && (this.coverage = answer.coverage));
  }

  /** The quick fixes a flag's card offers. */
  readonly actions: FlagActions = {
    suggest: async (word) => (await this.#client.suggest(word))?.suggestions ?? [],
    addWord: (word) => void this.#addPersonalWord(word),
    ignore: (flag, text) => {
      this.ignoreError = '';
      void this.#ignored.add(flag, text).then((error) => {
        if (error) this.ignoreError = `The flag is hidden until the page is reloaded, but could not be kept with the note: ${error.message}`;
      });
      this.#dispatchBoth({ effects: dropFlags.of((other, otherText) => isSameFlag(other, otherText, flag, text)) });
    },
  };

  async #addPersonalWord(word: string): Promise<void> {
    this.wordError = '';
    const result = await api.settings.addPersonalWord({ word });
    if (!result.ok) {
      this.wordError = `“${word}” was not added: ${result.error.message}`;
      return;
    }
    this.#context = withPersonalWord(this.#context, word);
    this.#client.setContext(this.#context);
    const sameWord = (flag: Flag, text: string) => flag.category === 'spelling' && (flag.actual ?? text) === word;
    this.#dispatchBoth({ effects: [dropFlags.of(sameWord), reviewAgain.of(null)] });
  }

  /** Flags ignored before they were kept in the journal, in this browser's storage: moved into the note once. */
  async adoptStoredIgnoredFlags(): Promise<void> {
    let store: Storage;
    try {
      store = localStorage;
    } catch {
      return;
    }
    await this.#ignored.adoptStored(this.#followUpId, store);
    this.#dispatchBoth({ effects: dropFlags.of((flag, text) => this.#ignored.has(flag, text)) });
  }

  /** Tells the panel whenever a review (or a quick fix) changed a field's flags. */
  reportFlags(field: Field): Extension {
    return EditorView.updateListener.of((update) => {
      const changed = update.transactions.some((tr) => tr.effects.some((effect) => effect.is(setFlags) || effect.is(dropFlags)));
      if (!changed) return;
      const entries = flagsOf(update.state).map((placed) => ({
        flag: placed.flag,
        field,
        text: update.state.doc.sliceString(placed.from, placed.to),
        wholeNote: placed.from === placed.to || isWholeNoteFlag(placed.flag),
      }));
      if (field === 'body') {
        this.bodyFlags = entries;
        this.reviewed = true;
      } else this.subjectFlags = entries;
    });
  }

  dispose(): void {
    clearTimeout(this.#coverageTimer);
  }

  /** Moves the cursor to a flag picked in the panel, and opens its card. */
  select(entry: PanelFlag): void {
    const view = this.#views[entry.field];
    const placed = view && flagsOf(view.state).find((candidate) => candidate.flag === entry.flag);
    if (view && placed) moveToFlag(view, placed);
  }
}
