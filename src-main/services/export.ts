/**
 * `export.*`: handing a finished note to the tools the user already has. Afterword never sends anything itself; it
 * writes drafts, fills the clipboard and prepares calls.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Handlers } from '../../src-shared/api/contract.ts';
import type { CopyText, EmlFile, ThankYouExport } from '../../src-shared/api/export-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import { buildEml, callSheet, emlFileName, interviewThankYouFiles, smsSegments, uniqueFileNames } from '../export/index.ts';
import * as journal from '../journal/index.ts';
import { writeFileWhole } from '../journal/temporary-files.ts';
import type { Platform } from '../platform/platform.ts';
import { callSheetInput, fromEmlError, fromThankYouFilesError, interviewNotes, invalidField, noteDraft, sendableBody } from './export-notes.ts';
import type { JournalHandle } from './journal-handle.ts';

export type ExportHandlers = Pick<Handlers, `export.${string}` & keyof Handlers>;

const EML_FILTERS = [{ name: 'Email draft', extensions: ['eml'] }];

/** Writes a file without replacing one already there: "Name.eml", then "Name (2).eml", and so on. */
async function writeNewFile(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const candidates = uniqueFileNames(Array.from({ length: 100 }, () => fileName));
  for (const candidate of candidates) {
    const path = join(folder, candidate);
    try {
      await writeFileWhole(path, bytes, { exclusive: true });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new AppError('conflict', `${folder} already holds too many files called ${fileName}.`);
}

export function exportHandlers(journalHandle: JournalHandle, platform: Platform, clock: () => number): ExportHandlers {
  // Only drafts this session wrote may be handed to the system's default app: the page cannot name any other file.
  const written = new Set<string>();

  async function eml(followUpId: number, save: boolean | undefined): Promise<EmlFile> {
    const date = new Date(clock());
    const { detail, draft } = noteDraft(journalHandle.db, followUpId, date);
    const bytes = await buildEml(draft).catch(fromEmlError);
    const fileName = emlFileName({ company: detail.company, role: detail.role, kind: detail.followUp.kind, recipient: draft.to.name || draft.to.address, date });
    if (save) {
      const savedTo = await platform.saveFile({ defaultName: fileName, content: bytes, filters: EML_FILTERS });
      if (savedTo) written.add(resolve(savedTo));
      if (savedTo !== undefined) return { fileName, savedTo };
    }
    return { fileName, base64: bytes.toString('base64') };
  }

  async function thankYous(interviewId: number, save: boolean | undefined): Promise<ThankYouExport> {
    const source = interviewNotes(journalHandle.db, interviewId);
    const files = await interviewThankYouFiles({ ...source, date: new Date(clock()) }).catch(fromThankYouFilesError);
    const described = files.map((file, index) => ({ file, note: source.notes[index]! }));
    const folder = save && files.length > 0 ? await platform.chooseFolder('Choose a folder for the thank-you notes') : undefined;
    if (folder === null) {
      return { folder, left: source.left, files: described.map(({ file, note }) => ({ fileName: file.fileName, followUpId: note.followUpId, recipient: note.to.name })) };
    }
    const result: ThankYouExport = { files: [], left: source.left };
    for (const { file, note } of described) {
      const base = { fileName: file.fileName, followUpId: note.followUpId, recipient: note.to.name };
      if (folder === undefined) {
        result.files.push({ ...base, base64: file.bytes.toString('base64') });
        continue;
      }
      const path = await writeNewFile(folder, file.fileName, file.bytes);
      written.add(resolve(path));
      result.files.push({ ...base, savedTo: path });
    }
    if (folder !== undefined) result.folder = folder;
    return result;
  }

  async function openInMailApp(path: string): Promise<boolean> {
    const full = resolve(path);
    // Browser mode never writes a file, so every path is refused here before the question of support arises.
    if (!/\.eml$/i.test(full) || !written.has(full)) {
      throw new AppError('not-found', 'Afterword opens only the .eml drafts it saved since it started. Save the draft again, then open it.');
    }
    if (platform.mode !== 'desktop') throw new AppError('unsupported', 'Opening a draft in your mail app works in the desktop app; here, open the downloaded file.');
    if (!existsSync(full)) throw new AppError('not-found', `The draft is no longer at ${full}. Save it again.`);
    if (!(await platform.openPath(full))) {
      throw new AppError('unsupported', 'No mail app opened the draft. Open it from its folder, or choose a default mail app in your system settings.');
    }
    return true;
  }

  function copy(followUpId: number, part: 'body' | 'subject' | 'both'): CopyText {
    const note = journal.getFollowUp(journalHandle.db, followUpId);
    const body = sendableBody(note, journal.getSettings(journalHandle.db));
    const subject = note.subject.trim();
    if (part !== 'body' && !subject) throw invalidField('subject', 'There is no subject to copy yet: write one first.');
    if (part !== 'subject' && !note.body.trim()) throw invalidField('body', 'There is no text to copy yet: write the note first.');
    const text = part === 'subject' ? subject : part === 'body' ? body : `Subject: ${subject}\n\n${body}`;
    const copied = platform.writeClipboard(text);
    if (note.channel !== 'text') return { text, copied };
    const { segments, encoding } = smsSegments(text);
    return { text, copied, sms: { segments, encoding } };
  }

  return {
    'export.eml': ({ followUpId, save }) => eml(followUpId, save),
    'export.interviewThankYous': ({ interviewId, save }) => thankYous(interviewId, save),
    'export.openInMailApp': ({ path }) => openInMailApp(path),
    'export.copy': ({ followUpId, part }) => copy(followUpId, part),
    'export.callSheet': ({ followUpId }) => ({ text: callSheet(callSheetInput(journalHandle.db, followUpId)) }),
  };
}
