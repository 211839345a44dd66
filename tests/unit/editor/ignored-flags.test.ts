// The editor's ignored flags against a real journal, through the same API calls the editor makes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IgnoredFlags, type SaveIgnoredFlag } from '../../../src-renderer/src/editor/core/ignored-flags.ts';
import { nodePlatform } from '../../../src-main/platform/node-platform.ts';
import { createServices, type Services } from '../../../src-main/services/index.ts';
import type { IgnoredFlag } from '../../../src-shared/api/journal-types.ts';

let dir: string;
let services: Services;
let noteId: number;
let otherNoteId: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-ignored-'));
  services = createServices({ dataDir: dir, platform: nodePlatform('9.9.9'), log: () => {} });
  const app = await services.dispatch('applications.create', { company: 'Acme' });
  if (!app.ok) throw new Error(app.error.message);
  const applicationId = (app.value as { id: number }).id;
  const notes = await Promise.all(['thank-you', 'other'].map((kind) => services.dispatch('followups.create', { applicationId, kind })));
  [noteId, otherNoteId] = notes.map((note) => (note.ok ? (note.value as { id: number }).id : 0)) as [number, number];
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the editor does: save through `followups.ignoreFlag`, and open a note with what `followups.get` gives. */
const saveTo = (id: number): SaveIgnoredFlag => async (flag) => {
  const result = await services.dispatch('followups.ignoreFlag', { id, ...flag });
  return result.ok ? null : result.error;
};
async function open(id: number): Promise<IgnoredFlags> {
  const detail = await services.dispatch('followups.get', { id });
  if (!detail.ok) throw new Error(detail.error.message);
  return new IgnoredFlags((detail.value as { ignoredFlags: IgnoredFlag[] }).ignoredFlags, saveTo(id));
}

function memoryStore(entries: Record<string, string> = {}) {
  const items = new Map(Object.entries(entries));
  return { items, getItem: (key: string) => items.get(key) ?? null, removeItem: (key: string) => void items.delete(key) };
}

const apology = { ruleId: 'needy-over-apologising', category: 'needy' } as const;

describe('IgnoredFlags', () => {
  it('should keep an ignored flag with its note, by rule and words, when the note is opened again', async () => {
    const ignored = await open(noteId);
    expect(await ignored.add(apology, 'Sorry to bother you')).toBeNull();

    const reopened = await open(noteId);
    expect(reopened.has(apology, ' sorry to BOTHER you ')).toBe(true);
    expect(reopened.has({ ruleId: 'needy-pleading', category: 'needy' }, 'Sorry to bother you')).toBe(false);
    expect((await open(otherNoteId)).has(apology, 'Sorry to bother you')).toBe(false);
  });

  it('should keep ignoring a whole-note flag after the note changes', async () => {
    const tooLong = { ruleId: 'length-email', category: 'length' } as const;
    await (await open(noteId)).add(tooLong, 'Dear Ana, a long note…');
    expect((await open(noteId)).has(tooLong, 'Dear Ana, a longer note, edited since…')).toBe(true);
  });

  it('should hide the flag at once, and say so when the journal cannot keep it', async () => {
    const ignored = await open(noteId);
    const answer = await ignored.add({ ruleId: 'readability-hard', category: 'readability' }, 'x'.repeat(3_000));
    expect(answer).toMatchObject({ code: 'invalid-input' });
    expect(ignored.has({ ruleId: 'readability-hard', category: 'readability' }, 'x'.repeat(3_000))).toBe(true);
  });

  it('should move flags an earlier version kept in the browser into the journal, once, and forget them there', async () => {
    const store = memoryStore({
      [`afterword.ignoredFlags.${noteId}`]: JSON.stringify(['needy-over-apologising\u0000sorry to bother you', 'spelling-unknown\u0000zorblat']),
      [`afterword.ignoredFlags.${otherNoteId}`]: JSON.stringify(['spelling-unknown\u0000qwx']),
    });
    await (await open(noteId)).adoptStored(noteId, store);

    const reopened = await open(noteId);
    expect(reopened.has(apology, 'Sorry to bother you')).toBe(true);
    expect(reopened.has({ ruleId: 'spelling-unknown', category: 'spelling' }, 'Zorblat')).toBe(true);
    expect(store.items.has(`afterword.ignoredFlags.${noteId}`)).toBe(false);
    // Another note's entries wait for that note to be opened.
    expect(store.items.has(`afterword.ignoredFlags.${otherNoteId}`)).toBe(true);
    expect((await open(otherNoteId)).has({ ruleId: 'spelling-unknown', category: 'spelling' }, 'qwx')).toBe(false);
  });

  it('should keep the browser’s entries while the journal cannot be reached, and survive damaged ones', async () => {
    const key = `afterword.ignoredFlags.${noteId}`;
    const store = memoryStore({ [key]: JSON.stringify(['spelling-unknown\u0000zorblat']) });
    const unreachable = new IgnoredFlags([], async () => ({ code: 'internal', message: 'The server is not answering.' }));
    await unreachable.adoptStored(noteId, store);
    expect(unreachable.has({ ruleId: 'spelling-unknown', category: 'spelling' }, 'Zorblat')).toBe(true);
    expect(store.items.has(key)).toBe(true);

    const damaged = memoryStore({ [key]: '{not json' });
    await (await open(noteId)).adoptStored(noteId, damaged);
    expect(damaged.items.has(key)).toBe(false);
    expect((await services.dispatch('followups.get', { id: noteId })).ok).toBe(true);
  });
});
