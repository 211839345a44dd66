/** What the `export.*` methods answer: a note handed on as a draft file, clipboard text or a call sheet. */

/** One `.eml` draft. Exactly one of `savedTo` and `base64` says where the bytes went. */
export interface EmlFile {
  /** A safe name (company, role, recipient, day), e.g. `Acme - Data engineer - Jane Doe - 2026-11-20.eml`. */
  fileName: string;
  /**
   * Only when asked to save: where the desktop app wrote the file, or `null` if the Save dialog was cancelled.
   * Left out where the page must offer the download itself (browser mode).
   */
  savedTo?: string | null;
  /** The file's bytes, when the page is to offer them as a download. */
  base64?: string;
}

export interface ThankYouFile extends EmlFile {
  followUpId: number;
  recipient: string;
}

export interface ThankYouExport {
  /** One per interviewer with a thank-you note to send by email. */
  files: ThankYouFile[];
  /**
   * Only when asked to save: the folder the desktop app wrote the files to, or `null` if the folder dialog was
   * cancelled (then nothing was written). Left out in browser mode: each file carries `base64` to download.
   */
  folder?: string | null;
  /** Interviewers whose note could not be a mail draft, with why (no note yet, skipped, not by email). */
  left: { recipient: string; reason: string }[];
}

export type CopyPart = 'body' | 'subject' | 'both';

export interface CopyText {
  /** The text as copied: for an email, the body carries the signature from Settings. */
  text: string;
  /** `false` when the page must put `text` on the clipboard itself (browser mode). */
  copied: boolean;
  /** For a text message: how many SMS segments it takes, and in which encoding. */
  sms?: { segments: number; encoding: 'GSM-7' | 'UCS-2' };
}

export interface CallSheet {
  text: string;
}
