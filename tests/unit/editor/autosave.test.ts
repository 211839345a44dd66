import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type Draft, type SaveOutcome, type SaveState } from '../../../src-renderer/src/editor/core/autosave.ts';
import type { ApiError } from '../../../src-shared/api/result.ts';

const BUSY: ApiError = { code: 'journal-busy', message: 'The journal is busy with another change. Afterword keeps trying.' };
const STALE: ApiError = { code: 'conflict', message: 'This note was changed in another window or tab after you opened it.' };

/** A journal the test controls: it accepts each save and counts revisions, or refuses with the error it is given. */
function journal() {
  const attempts: { draft: Draft; base: number; at: number }[] = [];
  let revision = 0;
  let refusal: ApiError | null = null;
  return {
    attempts,
    refuse(error: ApiError | null) {
      refusal = error;
    },
    setRevision(value: number) {
      revision = value;
    },
    async save(draft: Draft, base: number): Promise<SaveOutcome> {
      attempts.push({ draft, base, at: Date.now() });
      if (refusal) return { ok: false, error: refusal };
      revision += 1;
      return { ok: true, at: new Date().toISOString(), revision };
    },
  };
}

describe('Autosave', () => {
  let states: SaveState[];
  let store: ReturnType<typeof journal>;
  let autosave: Autosave;
  const kinds = () => states.map((state) => state.kind);
  const saved = () => store.attempts.map((attempt) => attempt.draft);

  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    states = [];
    store = journal();
    autosave = new Autosave({ subject: '', body: '' }, 0, { save: (draft, base) => store.save(draft, base), onState: (state) => states.push(state) });
  });
  afterEach(() => {
    autosave.dispose();
    vi.useRealTimers();
  });

  it('should save about a second after a change', async () => {
    autosave.change({ subject: '', body: 'Hi' });
    await vi.advanceTimersByTimeAsync(900);
    expect(saved()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved()).toEqual([{ subject: '', body: 'Hi' }]);
    expect(kinds().at(-1)).toBe('saved');
  });

  it('should save every second while typing goes on, so at most a second is at risk', async () => {
    let body = '';
    for (let keystroke = 0; keystroke < 45; keystroke++) {
      body += 'a';
      autosave.change({ subject: '', body });
      await vi.advanceTimersByTimeAsync(66);
    }
    expect(saved().length).toBeGreaterThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved().at(-1)?.body).toBe(body);
  });

  it('should save at once when flushed (leaving the screen) and not save an unchanged draft', async () => {
    await autosave.flush();
    expect(saved()).toEqual([]);
    autosave.change({ subject: 'Thanks', body: 'Hi' });
    await autosave.flush();
    expect(saved()).toEqual([{ subject: 'Thanks', body: 'Hi' }]);
  });

  it('should base each save on the revision the journal answered to the one before', async () => {
    store.setRevision(6);
    const later = new Autosave({ subject: '', body: '' }, 6, { save: (draft, base) => store.save(draft, base), onState: () => {} });
    later.change({ subject: '', body: 'a' });
    await later.flush();
    later.change({ subject: '', body: 'ab' });
    await later.flush();
    expect(store.attempts.map((attempt) => attempt.base)).toEqual([6, 7]);
    expect(later.revision).toBe(8);
    later.dispose();
  });

  describe('when a save fails', () => {
    it('should keep the text, say why, and try again after 1 s, 2 s, 4 s … never waiting more than 30 s', async () => {
      store.refuse(BUSY);
      autosave.change({ subject: '', body: 'Dear Ana' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(states.at(-1)).toEqual({ kind: 'failed', message: BUSY.message, retrying: true });
      expect(autosave.dirty).toBe(true);
      const shown = states.length;
      expect(autosave.latest).toEqual({ subject: '', body: 'Dear Ana' });

      await vi.advanceTimersByTimeAsync(200_000);
      const gaps = store.attempts.slice(1).map((attempt, i) => attempt.at - (store.attempts[i]?.at ?? 0));
      expect(gaps.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000]);
      expect(new Set(gaps.slice(5))).toEqual(new Set([30_000]));
      // Every attempt carries the whole text: nothing typed is dropped between them.
      expect(new Set(store.attempts.map((attempt) => attempt.draft.body))).toEqual(new Set(['Dear Ana']));
      // The reason stays in view through the attempts: no flicker back to "Saving…".
      expect(new Set(states.slice(shown).map((state) => state.kind))).toEqual(new Set(['failed']));
    });

    it('should save when the cause goes away, and then say saved', async () => {
      store.refuse(BUSY);
      autosave.change({ subject: 'Thanks', body: 'Dear Ana' });
      await vi.advanceTimersByTimeAsync(1000 + 1000 + 2000);
      expect(kinds().at(-1)).toBe('failed');
      store.refuse(null);
      await vi.advanceTimersByTimeAsync(4000);
      expect(states.at(-1)?.kind).toBe('saved');
      expect(autosave.dirty).toBe(false);
      expect(saved().at(-1)).toEqual({ subject: 'Thanks', body: 'Dear Ana' });
      // And it stops trying once saved.
      const count = store.attempts.length;
      await vi.advanceTimersByTimeAsync(120_000);
      expect(store.attempts.length).toBe(count);
    });

    it('should keep the reason in view while typing goes on, and try again with the next edit rather than wait', async () => {
      store.refuse(BUSY);
      autosave.change({ subject: '', body: 'a' });
      await vi.advanceTimersByTimeAsync(1000 + 1000 + 2000);
      const before = store.attempts.length;
      store.refuse(null);
      autosave.change({ subject: '', body: 'ab' });
      expect(kinds().at(-1)).toBe('failed');
      // The next scheduled retry is 4 s away; the edit brings one within a second.
      await vi.advanceTimersByTimeAsync(1000);
      expect(store.attempts.length).toBe(before + 1);
      expect(saved().at(-1)?.body).toBe('ab');
      expect(kinds().at(-1)).toBe('saved');
    });

    it('should try again at once when asked (the window got the focus back), and not when nothing failed', async () => {
      autosave.retryNow();
      expect(store.attempts).toEqual([]);
      store.refuse(BUSY);
      autosave.change({ subject: '', body: 'a' });
      await vi.advanceTimersByTimeAsync(1000);
      store.refuse(null);
      autosave.retryNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(store.attempts).toHaveLength(2);
      expect(kinds().at(-1)).toBe('saved');
    });

    it('should not retry by itself a refusal that sending again cannot fix, but still save the next edit', async () => {
      store.refuse({ code: 'invalid-input', message: 'Text can be at most 50,000 characters.' });
      autosave.change({ subject: '', body: 'x' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(states.at(-1)).toEqual({ kind: 'failed', message: 'Text can be at most 50,000 characters.', retrying: false });
      await vi.advanceTimersByTimeAsync(120_000);
      expect(store.attempts).toHaveLength(1);
      store.refuse(null);
      autosave.change({ subject: '', body: 'shorter' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(store.attempts).toHaveLength(2);
      expect(kinds().at(-1)).toBe('saved');
    });
  });

  describe('when the note changed elsewhere', () => {
    it('should stop saving, keep the text and report the conflict', async () => {
      store.refuse(STALE);
      autosave.change({ subject: '', body: 'mine' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(states.at(-1)).toEqual({ kind: 'conflict', message: STALE.message });
      expect(autosave.atRisk).toBe(true);
      autosave.change({ subject: '', body: 'mine, more' });
      await vi.advanceTimersByTimeAsync(120_000);
      await autosave.flush();
      expect(store.attempts).toHaveLength(1);
      expect(autosave.latest.body).toBe('mine, more');
    });

    it('should save the text the user kept over the revision saved elsewhere', async () => {
      store.refuse(STALE);
      autosave.change({ subject: '', body: 'mine' });
      await vi.advanceTimersByTimeAsync(1000);
      store.refuse(null);
      store.setRevision(4);
      autosave.rebase({ subject: 'Theirs', body: 'theirs' }, 4);
      await vi.advanceTimersByTimeAsync(0);
      expect(store.attempts.at(-1)).toMatchObject({ draft: { subject: '', body: 'mine' }, base: 4 });
      expect(kinds().at(-1)).toBe('saved');
      expect(autosave.revision).toBe(5);
    });

    it('should save nothing when the user took the version saved elsewhere', async () => {
      store.refuse(STALE);
      autosave.change({ subject: '', body: 'mine' });
      await vi.advanceTimersByTimeAsync(1000);
      autosave.change({ subject: 'Theirs', body: 'theirs' });
      autosave.rebase({ subject: 'Theirs', body: 'theirs' }, 4);
      await vi.advanceTimersByTimeAsync(5000);
      expect(store.attempts).toHaveLength(1);
      expect(autosave.atRisk).toBe(false);
      expect(autosave.revision).toBe(4);
    });
  });

  it('should hold saves while another change to the note is made, and continue from the revision it answers', async () => {
    let release: (revision: number) => void = () => {};
    autosave.change({ subject: '', body: 'a' });
    const held = autosave.hold(() => new Promise<number>((resolve) => (release = resolve)));
    autosave.change({ subject: '', body: 'ab' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.attempts).toEqual([]);
    store.setRevision(3);
    release(3);
    await held;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.attempts).toEqual([expect.objectContaining({ draft: { subject: '', body: 'ab' }, base: 3 })]);
  });
});
