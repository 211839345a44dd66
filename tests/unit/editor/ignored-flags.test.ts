import { describe, expect, it } from 'vitest';
import { IgnoredFlags } from '../../../src-renderer/src/editor/core/ignored-flags.ts';

function memoryStore() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('IgnoredFlags', () => {
  it('should remember an ignored flag by rule and words, for this note only, across reloads', () => {
    const store = memoryStore();
    new IgnoredFlags(7, store).add({ ruleId: 'needy-over-apology' }, 'Sorry to bother you');
    const reloaded = new IgnoredFlags(7, store);
    expect(reloaded.has({ ruleId: 'needy-over-apology' }, 'sorry to bother you ')).toBe(true);
    expect(reloaded.has({ ruleId: 'needy-pleading' }, 'Sorry to bother you')).toBe(false);
    expect(new IgnoredFlags(8, store).has({ ruleId: 'needy-over-apology' }, 'Sorry to bother you')).toBe(false);
  });

  it('should survive a damaged or full store', () => {
    const damaged = { getItem: () => '{not json', setItem: () => { throw new Error('full'); } };
    const ignored = new IgnoredFlags(1, damaged);
    ignored.add({ ruleId: 'spelling' }, 'Zorblat');
    expect(ignored.has({ ruleId: 'spelling' }, 'Zorblat')).toBe(true);
  });
});
