import { describe, expect, it } from 'vitest';
import { dropStashedDraft, stashDraft, stashedDraft, type DraftStore } from '../../../src-renderer/src/editor/core/draft-stash.ts';

/** Storage as the page has it, in memory; `full` makes every write throw as a full quota does. */
function memoryStorage(full = false): DraftStore {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    removeItem: (key: string) => void items.delete(key),
    setItem: (key: string, value: string) => {
      if (full) throw new Error('The quota has been exceeded.');
      items.set(key, value);
    },
  };
}

describe('the stash of unsaved note text', () => {
  it('should give back the text and the revision it was written on, per note, until dropped', () => {
    const store = memoryStorage();
    stashDraft(store, 4, { subject: 'Thanks', body: 'Dear Ana, 👋' }, 7);
    stashDraft(store, 5, { subject: '', body: 'Other note' }, 0);
    expect(stashedDraft(store, 4)).toEqual({ subject: 'Thanks', body: 'Dear Ana, 👋', baseRevision: 7 });
    dropStashedDraft(store, 4);
    expect(stashedDraft(store, 4)).toBeNull();
    expect(stashedDraft(store, 5)?.body).toBe('Other note');
  });

  it('should ignore what is not a stash, and carry on without storage or with a full one', () => {
    const store = memoryStorage();
    store.setItem('afterword.unsaved-note.1', '{not json');
    store.setItem('afterword.unsaved-note.2', JSON.stringify({ subject: 1, body: 'x', baseRevision: 0 }));
    expect(stashedDraft(store, 1)).toBeNull();
    expect(stashedDraft(store, 2)).toBeNull();
    expect(() => stashDraft(memoryStorage(true), 1, { subject: '', body: 'x' }, 0)).not.toThrow();
    expect(() => stashDraft(null, 1, { subject: '', body: 'x' }, 0)).not.toThrow();
    expect(stashedDraft(null, 1)).toBeNull();
  });
});
