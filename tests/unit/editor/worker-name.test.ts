/** The review worker's name carries the English to open as it starts (src-renderer/src/editor/core/worker-name.ts). */
import { describe, expect, it } from 'vitest';
import { dialectOfWorkerName, reviewWorkerName } from '../../../src-renderer/src/editor/core/worker-name.ts';
import { dialects } from '../../../src-shared/review/dialects.ts';

describe('the review worker’s name', () => {
  it('carries every English there is, and gives it back', () => {
    for (const dialect of dialects) expect(dialectOfWorkerName(reviewWorkerName(dialect))).toBe(dialect);
  });

  it('names no English when none is known, and the worker then opens none until asked', () => {
    expect(reviewWorkerName(null)).toBe('review');
    expect(dialectOfWorkerName('review')).toBeNull();
  });

  it('opens nothing for a name that is not one of ours', () => {
    for (const name of ['', 'review en-NZ', 'review en-GB extra', 'reviewen-GB', 'other en-GB']) expect(dialectOfWorkerName(name)).toBeNull();
  });
});
