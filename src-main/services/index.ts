/**
 * Wires the services (journal, review, export) to the contract. Plain Node: used by the desktop app, browser
 * mode, the command line and tests alike.
 */
import { mkdirSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { Handlers } from '../../src-shared/api/contract.ts';
import { openDatabase } from '../journal/index.ts';
import { dataLayout, type DataLayout } from '../paths.ts';
import type { Platform } from '../platform/platform.ts';
import { appInfo } from './app.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { journalHandlers } from './journal.ts';

export interface ServicesOptions {
  dataDir: string;
  platform: Platform;
  nativeBinding?: string;
  log?: (message: string) => void;
  /** The current moment in milliseconds; tests pin it. */
  clock?: () => number;
}

export interface Services {
  layout: DataLayout;
  db: Database.Database;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): void;
}

export function createServices(options: ServicesOptions): Services {
  const layout = dataLayout(options.dataDir);
  mkdirSync(layout.dataDir, { recursive: true });
  const db = openDatabase(layout.journalPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const handlers: Handlers = {
    'app.info': () => appInfo(db, layout, options.platform),
    'app.notify': ({ title, body }) => options.platform.notify(title, body),
    'app.copyText': ({ text }) => options.platform.writeClipboard(text),
    ...journalHandlers(db, options.clock),
  };
  return {
    layout,
    db,
    handlers,
    dispatch: createDispatch(handlers, options.log),
    close: () => db.close(),
  };
}

export { createDispatch, type Dispatch } from './dispatch.ts';
