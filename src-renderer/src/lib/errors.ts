/** Turns API errors into words for the person using the app. */
import type { ApiError } from '../../../src-shared/api/result.ts';

const HEADINGS: Record<ApiError['code'], string> = {
  'invalid-input': 'Please check what you entered',
  'not-found': 'That item no longer exists',
  conflict: 'That would clash with something already saved',
  'journal-newer': 'Your journal is from a newer Afterword',
  'journal-damaged': 'Your journal could not be read',
  'journal-locked': 'Your journal is open in another Afterword',
  'journal-busy': 'Your journal is busy for a moment',
  'disk-full': 'The disk is full',
  'read-only': 'Afterword cannot write to your data folder',
  'permission-denied': 'Afterword is not allowed to use your data folder',
  'folder-missing': 'Your data folder is missing',
  'native-module': 'Afterword’s database module is not ready',
  unsupported: 'Not available here',
  forbidden: 'Not allowed',
  internal: 'Something went wrong',
};

export function errorHeading(error: ApiError): string {
  return HEADINGS[error.code] ?? HEADINGS.internal;
}

/** The message for one form field, if the error names it. */
export function fieldError(error: ApiError | null | undefined, path: string): string | undefined {
  return error?.fields?.find((field) => field.path === path)?.message;
}
