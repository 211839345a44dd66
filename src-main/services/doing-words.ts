/** What a method was doing, in the words of "Afterword could not …", for errors about the disk. */
import type { MethodName } from '../../src-shared/api/contract.ts';

const WORDS: Partial<Record<MethodName, string>> = {
  'followups.saveDraft': 'save this note',
  'backups.create': 'make a backup',
  'backups.restore': 'restore the backup',
  'recovery.restoreBackup': 'restore the backup',
  'recovery.startNewJournal': 'start a new journal',
};

export function doingWords(name: MethodName): string {
  const exact = WORDS[name];
  if (exact) return exact;
  if (name.startsWith('export.')) return 'write the file';
  if (/\.(list|get|search|info)$|^due\./.test(name)) return 'read your journal';
  return 'save your change';
}
