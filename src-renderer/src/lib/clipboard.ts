/** Putting text on the clipboard: the desktop app does it in main; browser mode uses the Clipboard API. */
import type { CopyText } from '../../../src-shared/api/export-types.ts';
import type { ApiError } from '../../../src-shared/api/result.ts';
import { api } from './api.ts';

/** Finishes a copy the API answered: writes the text here when main could not. `null` when it is on the clipboard. */
export async function finishCopy(answer: Pick<CopyText, 'text' | 'copied'>): Promise<ApiError | null> {
  if (answer.copied) return null;
  try {
    await navigator.clipboard.writeText(answer.text);
    return null;
  } catch {
    return { code: 'unsupported', message: 'The browser did not allow copying. Select the text and copy it with Ctrl+C (⌘C on a Mac).' };
  }
}

/** Copies text the page already holds (a call sheet). */
export async function copyText(text: string): Promise<ApiError | null> {
  const result = await api.app.copyText({ text });
  if (!result.ok) return result.error;
  return finishCopy({ text, copied: result.value });
}
