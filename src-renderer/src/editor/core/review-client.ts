/**
 * The editor's side of the review worker. Requests are matched to replies by id; a reply is dropped (resolved as
 * `null`) when a newer request of the same type has already been answered, so a slow old answer never replaces a
 * fresh one. A note's saved text can be reviewed ahead of its editor (`reviewAhead`): the editor's first review of
 * that text is then the same request, answered without another trip to the worker, so when the answer is already
 * here the flags are drawn with the editor itself.
 */
import type { Dialect, ReviewContext } from '../../../../src-shared/review/index.ts';
import type { ReplyOf, ReviewReply, ReviewRequest } from './review-protocol.ts';

/** The part of a Worker the client uses (a MessagePort-like pair in tests). */
export interface ReviewPort {
  postMessage(message: ReviewRequest): void;
  addEventListener(type: 'message', listener: (event: { data: ReviewReply }) => void): void;
  terminate?(): void;
}

type AnsweredType = Exclude<ReviewRequest['type'], 'context' | 'open'>;

interface Pending {
  type: AnsweredType;
  resolve: (reply: ReviewReply | null) => void;
}

export class ReviewClient {
  #port: ReviewPort;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #latestAnswered = new Map<AnsweredType, number>();
  #readyListeners: Array<() => void> = [];
  #started!: () => void;
  /** Settles once the worker runs and takes messages directly (see review.worker.ts). */
  readonly started = new Promise<void>((resolve) => (this.#started = resolve));
  ready = false;
  /** Why the review cannot run at all, once the worker has said so. */
  unavailable: string | null = null;
  dictionaryLoadMilliseconds = 0;
  /** The context in force, as sent: sending the same one again would change nothing. */
  #contextSent: string | null = null;
  /** The review asked ahead of an editor, for the first review of the same text under the same context. */
  #ahead: { text: string; reply: Promise<ReplyOf<'review'> | null> } | null = null;

  constructor(port: ReviewPort) {
    this.#port = port;
    port.addEventListener('message', ({ data }) => this.#receive(data));
  }

  /** Opens a dialect's dictionary ahead of the notes that will need it. */
  open(dialect: Dialect): void {
    this.#port.postMessage({ id: this.#nextId++, type: 'open', dialect });
  }

  setContext(context: ReviewContext): void {
    const sent = JSON.stringify(context);
    if (sent === this.#contextSent) return;
    this.#contextSent = sent;
    // A review asked under another context answers for that one only.
    this.#ahead = null;
    this.#port.postMessage({ id: this.#nextId++, type: 'context', context });
  }

  /** Reviews a note's saved text before its editor asks (asked once however many parts of the app offer it). */
  reviewAhead(context: ReviewContext, text: string): void {
    this.setContext(context);
    if (this.#ahead?.text !== text) this.#ahead = { text, reply: this.#ask({ type: 'review', text }) };
  }

  review(text: string): Promise<ReplyOf<'review'> | null> {
    const ahead = this.#ahead;
    this.#ahead = null;
    return ahead?.text === text ? ahead.reply : this.#ask({ type: 'review', text });
  }

  reviewSubject(text: string): Promise<ReplyOf<'subject'> | null> {
    return this.#ask({ type: 'subject', text });
  }

  suggest(word: string): Promise<ReplyOf<'suggest'> | null> {
    return this.#ask({ type: 'suggest', word });
  }

  coverage(text: string, topics: string[]): Promise<ReplyOf<'coverage'> | null> {
    return this.#ask({ type: 'coverage', text, topics });
  }

  /** Called once the worker is ready, or could not get ready (then `unavailable` says why). */
  onReady(listener: () => void): void {
    if (this.ready || this.unavailable !== null) listener();
    else this.#readyListeners.push(listener);
  }

  destroy(): void {
    this.#port.terminate?.();
    for (const pending of this.#pending.values()) pending.resolve(null);
    this.#pending.clear();
  }

  #ask<T extends AnsweredType>(request: Omit<Extract<ReviewRequest, { type: T }>, 'id'>): Promise<ReplyOf<T> | null> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { type: request.type as T, resolve: resolve as (reply: ReviewReply | null) => void });
      this.#port.postMessage({ ...request, id } as unknown as ReviewRequest);
    });
  }

  #receive(reply: ReviewReply): void {
    if (reply.type === 'started') return this.#started();
    if (reply.type === 'ready' || reply.type === 'unavailable') {
      if (reply.type === 'ready') {
        this.ready = true;
        this.dictionaryLoadMilliseconds = reply.dictionaryLoadMilliseconds;
      } else {
        this.unavailable = reply.message;
        for (const pending of this.#pending.values()) pending.resolve(null);
        this.#pending.clear();
      }
      for (const listener of this.#readyListeners.splice(0)) listener();
      return;
    }
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if (reply.type === 'failed') {
      console.error(`The review could not run: ${reply.message}`);
      pending.resolve(null);
      return;
    }
    // Suggestions are per word, never stale; the other types are snapshots of one text.
    const latest = this.#latestAnswered.get(pending.type) ?? 0;
    if (pending.type !== 'suggest' && reply.id < latest) {
      pending.resolve(null);
      return;
    }
    this.#latestAnswered.set(pending.type, reply.id);
    pending.resolve(reply);
  }
}
