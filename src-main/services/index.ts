/**
 * Wires the services (journal, review, export) to the contract. Plain Node: used by the desktop app, browser
 * mode, the command line and tests alike.
 */
import { mkdirSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { methodNames, type Handlers } from '../../src-shared/api/contract.ts';
import type { BackupInfo, Settings } from '../../src-shared/api/journal-types.ts';
import { AppError } from '../../src-shared/api/result.ts';
import type { JournalProblem, NativeModuleProblem, ShellRequest } from '../../src-shared/api/types.ts';
import { dataLayout, type DataLayout } from '../paths.ts';
import type { Platform } from '../platform/platform.ts';
import { appInfo, appInfoWithoutDatabase } from './app.ts';
import { backupService } from './backups.ts';
import { calendarHandlers } from './calendar.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { exchangeHandlers } from './exchange.ts';
import { exportHandlers } from './export.ts';
import { openJournalHandle } from './journal-handle.ts';
import { journalHandlers } from './journal.ts';
import { checkNativeModule, type NativeModuleOptions } from './native-module.ts';
import { recoveryHandlers } from './recovery.ts';
import { storageError } from '../journal/index.ts';
import { removeLeftovers } from '../journal/temporary-files.ts';
import { doingWords } from './doing-words.ts';
import { trackerHandlers } from './tracker.ts';

export interface ServicesOptions {
  dataDir: string;
  platform: Platform;
  nativeBinding?: string;
  /**
   * How to name the runtime and the fix if the database module cannot be loaded. Default: Node, fixed by
   * `npm rebuild better-sqlite3` (browser mode, the command line, tests).
   */
  nativeModule?: Omit<NativeModuleOptions, 'nativeBinding'>;
  log?: (message: string) => void;
  /** The current moment in milliseconds; tests pin it. */
  clock?: () => number;
  /** After every settings change: the desktop shell applies "open at login". */
  onSettingsChanged?: (settings: Settings) => void;
}

export interface Services {
  layout: DataLayout;
  /** The journal's current connection (a restore replaces it). */
  readonly db: Database.Database;
  /** Why the journal could not be opened, until `recovery.*` replaces it; `null` while it is open. */
  readonly journalProblem: JournalProblem | null;
  /** Why the database module could not be loaded (the journal is then never opened); `null` when it loaded. */
  readonly nativeModuleProblem: NativeModuleProblem | null;
  handlers: Handlers;
  dispatch: Dispatch;
  /** Leaves a request for the page (desktop shell: a file to import, a note to open); `app.takeShellRequests` collects it. */
  askPage(request: ShellRequest): void;
  /**
   * The automatic backup at start-up: call once after creating the services (the desktop app and browser mode
   * do). Answers `null` while the journal is still empty.
   */
  backupAtStart(): Promise<BackupInfo | null>;
  close(): void;
}

/**
 * Never throws for a journal that cannot be opened (damaged, or from a newer Afterword): the services then start
 * without it, `app.info` reports the problem, and `recovery.*` offers the ways out (see recovery.ts). Nor for a
 * database module that cannot be loaded: the journal is then left alone, and `app.info` says how to fix it.
 */
export function createServices(options: ServicesOptions): Services {
  const layout = dataLayout(options.dataDir);
  mkdirSync(layout.dataDir, { recursive: true });
  const native = checkNativeModule({
    nativeBinding: options.nativeBinding,
    ...(options.nativeModule ?? { runtime: `Node ${process.versions.node}`, fix: 'npm rebuild better-sqlite3', fixIsCommand: true }),
  });
  if (!native.ok) return servicesWithoutDatabase(layout, options, native.problem);

  const journal = openJournalHandle(layout.journalPath, {
    dataDir: layout.dataDir,
    lockOwner: options.platform.mode === 'desktop' ? 'the Afterword desktop app' : 'Afterword in browser mode',
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  // Only the process holding the lock may clear what an interrupted backup, restore or export left behind.
  if (!journal.problem || journal.problem.code === 'journal-damaged' || journal.problem.code === 'journal-newer') {
    removeLeftovers(layout, options.log ?? console.error);
  }
  const clock = options.clock ?? Date.now;
  const shellRequests: ShellRequest[] = [];
  const backups = backupService(journal, layout.backupsDir, clock, options.nativeBinding);
  const handlers: Handlers = {
    'app.info': () => appInfo(journal, layout, options.platform, native.sqliteVersion),
    'app.notify': ({ title, body }) => options.platform.notify(title, body),
    'app.copyText': ({ text }) => options.platform.writeClipboard(text),
    'app.takeShellRequests': () => shellRequests.splice(0),
    ...journalHandlers(() => journal.db, clock),
    ...backups.handlers,
    ...recoveryHandlers(journal, layout.backupsDir, clock, options.nativeBinding),
    ...exchangeHandlers(journal, options.platform, clock),
    ...exportHandlers(journal, options.platform, clock),
    ...calendarHandlers(journal, options.platform, clock),
    ...trackerHandlers(() => journal.db, options.platform, clock),
  };
  const updateSettings = handlers['settings.update'];
  handlers['settings.update'] = async (input) => {
    const settings = await updateSettings(input);
    options.onSettingsChanged?.(settings);
    return settings;
  };
  return {
    layout,
    get db() {
      return journal.db;
    },
    get journalProblem() {
      return journal.problem;
    },
    nativeModuleProblem: null,
    handlers,
    dispatch: createDispatch(handlers, options.log, (error, name) => storageError(error, { dataDir: layout.dataDir, doing: doingWords(name) })),
    askPage: (request) => void shellRequests.push(request),
    // Nothing to back up while the journal cannot be opened; its backups are what the user may need now.
    backupAtStart: () => (journal.problem ? Promise.resolve(null) : backups.backupAtStart()),
    close: () => journal.close(),
  };
}

/** `app.info`, notifications and the clipboard work; every method that needs the journal says why it cannot. */
function servicesWithoutDatabase(layout: DataLayout, options: ServicesOptions, problem: NativeModuleProblem): Services {
  const unavailable = () => {
    throw new AppError('native-module', problem.message);
  };
  const shellRequests: ShellRequest[] = [];
  const handlers: Handlers = {
    ...(Object.fromEntries(methodNames.map((name) => [name, unavailable])) as unknown as Handlers),
    'app.info': () => appInfoWithoutDatabase(layout, options.platform, problem),
    'app.notify': ({ title, body }) => options.platform.notify(title, body),
    'app.copyText': ({ text }) => options.platform.writeClipboard(text),
    'app.takeShellRequests': () => shellRequests.splice(0),
  };
  return {
    layout,
    get db(): never {
      throw new AppError('native-module', problem.message);
    },
    journalProblem: null,
    nativeModuleProblem: problem,
    handlers,
    dispatch: createDispatch(handlers, options.log),
    askPage: (request) => void shellRequests.push(request),
    backupAtStart: () => Promise.resolve(null),
    close: () => {},
  };
}

export { createDispatch, type Dispatch } from './dispatch.ts';
