import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type Draft, type SaveState } from '../../../src-renderer/src/editor/core/autosave.ts';

describe('Autosave', () => {
  let saved: Draft[];
  let states: SaveState['kind'][];
  let autosave: Autosave;

  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    states = [];
    autosave = new Autosave(
      { subject: '', body: '' },
      {
        save: async (draft) => (saved.push(draft), { ok: true, at: '2026-01-01T00:00:00.000Z' }),
        onState: (state) => states.push(state.kind),
      },
    );
  });
  afterEach(() => vi.useRealTimers());

  it('should save about a second after a change', async () => {
    autosave.change({ subject: '', body: 'Hi' });
    await vi.advanceTimersByTimeAsync(900);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual([{ subject: '', body: 'Hi' }]);
    expect(states.at(-1)).toBe('saved');
  });

  it('should save every second while typing goes on, so at most a second is at risk', async () => {
    let body = '';
    for (let keystroke = 0; keystroke < 45; keystroke++) {
      body += 'a';
      autosave.change({ subject: '', body });
      await vi.advanceTimersByTimeAsync(66);
    }
    expect(saved.length).toBeGreaterThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.at(-1)?.body).toBe(body);
  });

  it('should save at once when flushed (leaving the screen) and not save an unchanged draft', async () => {
    await autosave.flush();
    expect(saved).toEqual([]);
    autosave.change({ subject: 'Thanks', body: 'Hi' });
    await autosave.flush();
    expect(saved).toEqual([{ subject: 'Thanks', body: 'Hi' }]);
  });

  it('should report a refused save and keep the draft unsaved', async () => {
    const refusing = new Autosave({ subject: '', body: '' }, { save: async () => ({ ok: false, message: 'The note was sent.' }), onState: (s) => states.push(s.kind) });
    refusing.change({ subject: '', body: 'x' });
    await refusing.flush();
    expect(states.at(-1)).toBe('failed');
    expect(refusing.dirty).toBe(true);
  });
});
