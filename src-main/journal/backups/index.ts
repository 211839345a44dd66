/** Backups of the journal: made online at start-up and on demand, the newest seven kept, and restored safely. */
export { createBackup, type BackupOptions } from './create.ts';
export { BACKUPS_KEPT, backupInfo, listBackups, pruneBackups } from './files.ts';
export { backupName, parseBackupName } from './names.ts';
export { checkJournalFile, discardStaged, restoreInto, stageRestore, swapIn } from './restore.ts';
export { setAsideJournal, type SetAsideReason } from './set-aside.ts';
