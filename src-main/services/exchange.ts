/** `journal.exportJson` and `journal.importJson`: the journal as a JSON file, out and back in. */
import type { Handlers } from '../../src-shared/api/contract.ts';
import type { JournalExport } from '../../src-shared/api/journal-types.ts';
import { exportFileName, exportJournal, importJournal, journalText, mergeJournal, previewImport } from '../journal/index.ts';
import type { Platform } from '../platform/platform.ts';
import type { JournalHandle } from './journal-handle.ts';

export type ExchangeHandlers = Pick<Handlers, 'journal.exportJson' | 'journal.importJson' | 'journal.previewImport'>;

export function exchangeHandlers(journal: JournalHandle, platform: Platform, clock: () => number): ExchangeHandlers {
  return {
    'journal.exportJson': async (input) => {
      const now = clock();
      const file = exportJournal(journal.db, platform.appVersion, now);
      const result: JournalExport = {
        fileName: exportFileName(now),
        text: journalText(file),
        counts: { people: file.people.length, applications: file.applications.length, interviews: file.interviews.length, followUps: file.followUps.length },
      };
      if (input?.save) {
        const filters = [{ name: 'Afterword journal', extensions: ['json'] }];
        const saved = await platform.saveFile({ defaultName: result.fileName, content: result.text, filters });
        if (saved !== undefined) result.savedTo = saved;
      }
      return result;
    },
    'journal.importJson': ({ text, mode }) => (mode === 'merge' ? mergeJournal(journal.db, text) : importJournal(journal.db, text)),
    'journal.previewImport': ({ text }) => previewImport(journal.db, text),
  };
}
