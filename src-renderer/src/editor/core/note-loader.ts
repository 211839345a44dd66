/**
 * What the editor needs to open a note: the note, its review context and the settings (the signature). A window
 * opened on a note asks for them as the page starts (`askEarly`, from start.ts), beside the app's own start-up
 * questions, instead of after the app and then the note's screen have been drawn: the text shows that much sooner.
 * The early answers are used once, by the screen (`loadFollowUp`) and the editor (`loadNote`); any other time, and
 * after a failure (a journal that was not open yet), the journal is asked afresh.
 */
import type { Client } from '../../../../src-shared/api/contract.ts';
import type { FollowUpDetail, ReviewContext, Settings } from '../../../../src-shared/api/journal-types.ts';
import type { Result } from '../../../../src-shared/api/result.ts';

export interface NoteParts {
  detail: Result<FollowUpDetail>;
  context: Result<ReviewContext>;
  settings: Result<Settings>;
}

export interface NoteLoader {
  /**
   * Asks for the note now; answers what is asked (null for an address that names no note). Settings the page has
   * already asked for are used rather than asked again.
   */
  askEarly(id: number, settings?: Promise<Result<Settings>>): Promise<NoteParts> | null;
  /** The note's own record (for its screen's header). */
  loadFollowUp(id: number): Promise<Result<FollowUpDetail>>;
  /** Everything the editor needs. */
  loadNote(id: number): Promise<NoteParts>;
}

/** Early answers are for the screen the window opens on, drawn within moments; later, a note is asked afresh. */
const EARLY_FOR_MS = 5_000;

export function noteLoader(api: { followups: Pick<Client['followups'], 'get' | 'reviewContext'>; settings: Pick<Client['settings'], 'get'> }): NoteLoader {
  let early: { id: number; at: number; detail: Promise<Result<FollowUpDetail>> | null; parts: Promise<NoteParts> | null } | null = null;

  const ask = (id: number, detail = api.followups.get({ id }), settings?: Promise<Result<Settings>>): Promise<NoteParts> =>
    Promise.all([detail, api.followups.reviewContext({ id }), settings ?? api.settings.get()]).then(([detail, context, settings]) => ({
      detail,
      context,
      settings,
    }));

  /** The early answer for this note, once. */
  function take<K extends 'detail' | 'parts'>(id: number, part: K) {
    if (!early || early.id !== id || performance.now() - early.at >= EARLY_FOR_MS) return null;
    const taken = early[part];
    early[part] = null;
    return taken;
  }

  return {
    askEarly(id, settings) {
      if (!Number.isInteger(id) || id <= 0) return null;
      const detail = api.followups.get({ id });
      early = { id, at: performance.now(), detail, parts: ask(id, detail, settings) };
      return early.parts;
    },
    async loadFollowUp(id) {
      const answer = await take(id, 'detail');
      return answer?.ok ? answer : api.followups.get({ id });
    },
    async loadNote(id) {
      const answer = await take(id, 'parts');
      return answer?.detail.ok && answer.context.ok ? answer : ask(id);
    },
  };
}
