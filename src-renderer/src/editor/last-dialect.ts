/**
 * The English this computer's journal last had, kept in the page's storage: the next window's review worker opens
 * that dictionary as it starts (shared-review-client.ts), without waiting for the journal to say. The first window
 * on a computer has none, guesses nothing, and waits for Settings.
 */
import { isDialect, type Dialect } from '../../../src-shared/review/dialects.ts';

const KEY = 'afterword.dialect';

export function lastDialect(): Dialect | null {
  try {
    const value = localStorage.getItem(KEY);
    return isDialect(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberDialect(dialect: Dialect): void {
  try {
    localStorage.setItem(KEY, dialect);
  } catch {
    // Storage refused (a private window): the next window waits for the journal's answer instead.
  }
}
