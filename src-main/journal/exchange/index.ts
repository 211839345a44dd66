/** The journal as a versioned JSON file (docs/journal-format.md): export, and import into an empty journal. */
export { EXPORTED_TABLES, exportFileName, exportJournal, exportJournalText, journalCounts, journalText } from './export.ts';
export { FORMAT_NAME, FORMAT_VERSION, journalFile, type JournalFile } from './format.ts';
export { assertEmptyJournal, importJournal } from './import.ts';
export { issuePath, parseJournalFile, referenceIssues } from './parse.ts';
export { describeMerge, mergeJournal, planMerge, previewImport, type MergePlan } from './merge.ts';
