/**
 * A window opened on a note asks for it as the page starts; the note's screen and its editor then use those answers
 * once instead of asking again, one after the other (src-renderer/src/editor/core/note-loader.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { noteLoader } from '../../../src-renderer/src/editor/core/note-loader.ts';

const calls: string[] = [];
let failing = new Set<string>();
const answer = (name: string, value: unknown) => {
  calls.push(name);
  return Promise.resolve(failing.has(name) ? { ok: false, error: { code: 'journal-locked', message: 'locked' } } : { ok: true, value });
};

const api = {
  followups: {
    get: ({ id }: { id: number }) => answer(`followups.get ${id}`, { followUp: { id, body: 'Thank you' } }),
    reviewContext: ({ id }: { id: number }) => answer(`followups.reviewContext ${id}`, { kind: 'thank-you' }),
  },
  settings: { get: () => answer('settings.get', { signature: '' }) },
} as unknown as Parameters<typeof noteLoader>[0];

const loader = () => noteLoader(api);

beforeEach(() => {
  calls.length = 0;
  failing = new Set();
});

describe('a note asked for early', () => {
  it('is asked for once: the screen and the editor both use the early answers', async () => {
    const { askEarly, loadFollowUp, loadNote } = loader();
    askEarly(7);
    const [followUp, parts] = await Promise.all([loadFollowUp(7), loadNote(7)]);
    expect(calls).toEqual(['followups.get 7', 'followups.reviewContext 7', 'settings.get']);
    expect(followUp).toEqual({ ok: true, value: { followUp: { id: 7, body: 'Thank you' } } });
    expect(parts.context).toEqual({ ok: true, value: { kind: 'thank-you' } });
  });

  it('uses the settings the page already asked for instead of asking for them again', async () => {
    const { askEarly, loadNote } = loader();
    const settings = Promise.resolve({ ok: true as const, value: { signature: 'Sam' } });
    askEarly(7, settings as never);
    const parts = await loadNote(7);
    expect(calls).toEqual(['followups.get 7', 'followups.reviewContext 7']);
    expect(parts.settings).toEqual({ ok: true, value: { signature: 'Sam' } });
  });

  it('is used once: opening the note again later asks the journal afresh', async () => {
    const { askEarly, loadNote } = loader();
    askEarly(7);
    await loadNote(7);
    calls.length = 0;
    await loadNote(7);
    expect(calls).toEqual(['followups.get 7', 'followups.reviewContext 7', 'settings.get']);
  });

  it('is not used for another note', async () => {
    const { askEarly, loadFollowUp } = loader();
    askEarly(7);
    calls.length = 0;
    const other = await loadFollowUp(8);
    expect(calls).toEqual(['followups.get 8']);
    expect(other.ok && other.value.followUp.id).toBe(8);
  });

  it('is asked again when the early answer was a failure (the journal was not open yet)', async () => {
    const { askEarly, loadNote } = loader();
    failing = new Set(['followups.reviewContext 7']);
    askEarly(7);
    await Promise.resolve();
    failing = new Set();
    const parts = await loadNote(7);
    expect(parts.context.ok).toBe(true);
    expect(calls.filter((name) => name === 'followups.reviewContext 7')).toHaveLength(2);
  });

  it('is not asked for at all for an address that names no note', async () => {
    const { askEarly } = loader();
    askEarly(Number('new'));
    askEarly(0);
    expect(calls).toEqual([]);
  });
});
