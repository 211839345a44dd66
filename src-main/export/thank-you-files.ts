/** "Export all thank-you notes of this interview": one draft file per interviewer, ready to save side by side. */
import { buildEml } from './eml.ts';
import { emlFileName, uniqueFileNames } from './file-name.ts';
import { EmlInputError, type Mailbox } from './address.ts';
import { withSignature } from '../../src-shared/drafts/signature.ts';

export interface ThankYouNote {
  to: Mailbox;
  subject: string;
  body: string;
}

export interface InterviewThankYouInput {
  company: string;
  role: string;
  notes: readonly ThankYouNote[];
  from?: Mailbox | undefined;
  /** Appended below "-- " to every note that does not already end with it. */
  signature?: string | undefined;
  /** Stamps the files and their names; defaults to now. */
  date?: Date | undefined;
}

export interface ExportFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * Builds every note of the interview as an `.eml` draft. File names never collide, even for two interviewers who
 * share a name. Any invalid address stops the whole export, naming the person, so no note is left out silently.
 */
export async function interviewThankYouFiles(input: InterviewThankYouInput): Promise<ExportFile[]> {
  const date = input.date ?? new Date();
  const names = uniqueFileNames(
    input.notes.map((note) => emlFileName({ company: input.company, role: input.role, kind: 'thank-you', recipient: note.to.name || note.to.address, date })),
  );
  return Promise.all(
    input.notes.map(async (note, index) => ({
      fileName: names[index] ?? `Draft ${index + 1}.eml`,
      bytes: await buildEml({
        to: note.to,
        from: input.from,
        subject: note.subject,
        body: input.signature ? withSignature(note.body, input.signature) : note.body,
        date,
      }).catch((error: unknown) => {
        // The sender is the same on every note, so a bad one is not this interviewer's problem: leave them unnamed.
        if (!(error instanceof EmlInputError) || error.field === 'from') throw error;
        throw new EmlInputError(error.field, `Note to ${note.to.name || note.to.address || `interviewer ${index + 1}`}: ${error.message}`);
      }),
    })),
  );
}
