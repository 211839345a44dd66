/**
 * How every API call answers, on every transport (IPC, the browser-mode bridge, direct calls in tests).
 * Errors are data, not exceptions, so they cross process boundaries intact and the UI can word them.
 */
export type ErrorCode =
  /** The payload failed validation; `fields` says which field and why. */
  | 'invalid-input'
  /** The record asked for does not exist (any more). */
  | 'not-found'
  /** The change would contradict what is stored (e.g. a duplicate). */
  | 'conflict'
  /** The journal file was written by a newer Afterword and is left untouched. */
  | 'journal-newer'
  /** The journal file is not a readable Afterword journal. */
  | 'journal-damaged'
  /** Another Afterword (desktop, browser mode) has this data folder's journal open; the message names it. */
  | 'journal-locked'
  /** The journal is busy for a moment (a restore, or another connection writing); trying again will work. */
  | 'journal-busy'
  /** The disk holding the journal is full; the message says how much is free. */
  | 'disk-full'
  /** The data folder or the journal file cannot be written (a read-only file, folder or file system). */
  | 'read-only'
  /** The operating system refused access to the data folder or a file in it. */
  | 'permission-denied'
  /** The data folder (or a folder on the way to it) does not exist and could not be made. */
  | 'folder-missing'
  /** The database module could not be loaded (not built for this Node or Electron): `app.info` says how to fix it. */
  | 'native-module'
  /** The action is not available in this mode (e.g. a native dialog in browser mode). */
  | 'unsupported'
  /** The request did not come from the app's own page. */
  | 'forbidden'
  /** Anything else: a bug. The message says what was being done. */
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the field in the payload, e.g. `company` or `interviewers.1.name`. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, fields?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

/**
 * Whether the same call may succeed later without the user changing what they sent: the cause lies outside the
 * request (a full disk, a lock, a folder made read-only), so autosave keeps the text and tries again.
 */
export function isRetryable(error: ApiError): boolean {
  return !['invalid-input', 'not-found', 'conflict', 'forbidden', 'unsupported'].includes(error.code);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
