/**
 * `recovery.*`: the ways out when the journal cannot be opened (damaged, or from a newer Afterword). Either puts
 * the newest usable backup in its place or starts a new, empty journal; in both cases the file that could not be
 * opened is first set aside under a name that says why, never overwritten or removed.
 */
import { realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Handlers } from '../../src-shared/api/contract.ts';
import { AppError } from '../../src-shared/api/result.ts';
import type { JournalProblem, RecoveryResult } from '../../src-shared/api/types.ts';
import { backupInfo, discardStaged, listBackups, setAsideJournal, stageRestore, swapIn } from '../journal/index.ts';
import type { JournalHandle } from './journal-handle.ts';

export type RecoveryHandlers = Pick<Handlers, `recovery.${string}` & keyof Handlers>;

function waitingProblem(journal: JournalHandle): JournalProblem {
  const problem = journal.problem;
  if (!problem) {
    throw new AppError('conflict', 'Your journal is open and working; there is nothing to recover. Backups can be restored from Settings → Journal.');
  }
  if (problem.code !== 'journal-damaged' && problem.code !== 'journal-newer') {
    // The journal itself is fine: replacing it would only lose what it holds. Its cause must go away instead.
    throw new AppError(problem.code, `${problem.message} Your journal itself is not damaged, so it is not replaced.`);
  }
  return problem;
}

/**
 * Where the journal's file really is: a journal that is a symbolic link is set aside and replaced at its target,
 * so the link keeps working and the data stays in one place.
 */
function realJournalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const reasonOf = (problem: JournalProblem) => (problem.code === 'journal-newer' ? 'newer-version' : 'damaged');

export function recoveryHandlers(journal: JournalHandle, backupsDir: string, clock: () => number, nativeBinding?: string): RecoveryHandlers {
  function restoreBackup(name: string | undefined): RecoveryResult {
    const problem = waitingProblem(journal);
    const target = realJournalPath(journal.path);
    const candidates = name ? [name] : listBackups(backupsDir).map((backup) => backup.name);
    if (candidates.length === 0) {
      throw new AppError('not-found', `There are no backups in ${backupsDir}. You can start a new journal instead; the one that could not be opened is kept.`);
    }
    const skipped: RecoveryResult['skipped'] = [];
    let staged: { name: string; path: string } | null = null;
    for (const candidate of candidates) {
      try {
        staged = { name: candidate, path: stageRestore(join(backupsDir, candidate), target, nativeBinding) };
        break;
      } catch (error) {
        // One named backup that fails is the user's answer; when picking the newest, try the next one.
        if (name || !(error instanceof AppError)) throw error;
        skipped.push({ name: candidate, message: error.message });
      }
    }
    if (!staged) {
      throw new AppError(
        'journal-damaged',
        `None of the ${candidates.length} backups could be opened (the newest: ${skipped[0]?.message ?? 'unknown'}). You can start a new journal instead.`,
      );
    }
    const chosen = staged;
    const keptAs = journal.replaceUnavailable(() => {
      let kept: string;
      try {
        kept = setAsideJournal(target, reasonOf(problem), clock());
      } catch (error) {
        discardStaged(chosen.path);
        throw error;
      }
      swapIn(chosen.path, target);
      return kept;
    });
    return { keptAs, restored: backupInfo(backupsDir, basename(chosen.name)), skipped };
  }

  function startNewJournal(): RecoveryResult {
    const problem = waitingProblem(journal);
    const keptAs = journal.replaceUnavailable(() => setAsideJournal(realJournalPath(journal.path), reasonOf(problem), clock()));
    return { keptAs, restored: null, skipped: [] };
  }

  return {
    'recovery.restoreBackup': (input) => restoreBackup(input?.name),
    'recovery.startNewJournal': () => startNewJournal(),
    'recovery.retry': () => journal.retry(),
  };
}
