/**
 * Invitations reaching the desktop app from the system: a file opened with Afterword (the .ics file association,
 * a path on the command line, macOS's `open-file`), or one chosen from the menu's "Import Invitation…". The file is
 * read here and handed to the page's Import screen, which shows what it says before anything is written.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { app, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { ShellRequest } from '../../src-shared/api/types.ts';
import { MAX_INVITATION_BYTES } from '../calendar/index.ts';

const INVITATION_FILE = /\.(ics|ical|icalendar|eml)$/i;

/** The invitation among a launch's arguments (Windows and Linux pass the opened file there), if any. */
export function invitationPathIn(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') && INVITATION_FILE.test(arg)) return arg;
  }
  return null;
}

/** Reads the file into a request for the page; a file that cannot be read becomes a refusal the page shows. */
export async function invitationRequest(path: string): Promise<ShellRequest> {
  const fileName = basename(path);
  try {
    const size = (await stat(path)).size;
    if (size > MAX_INVITATION_BYTES) return { kind: 'refused-file', fileName, message: 'The file is too large to be an invitation (over 5 MB).' };
    return { kind: 'import-invitation', fileName, base64: (await readFile(path)).toString('base64') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'The file is no longer there.' : code === 'EACCES' ? 'Afterword is not allowed to read it.' : 'It cannot be read.';
    return { kind: 'refused-file', fileName, message };
  }
}

/** Asks for an .ics or .eml file; null when the dialog was cancelled. */
export async function chooseInvitationFile(window: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: 'Import an interview invitation',
    buttonLabel: 'Import',
    properties: ['openFile' as const],
    filters: [
      { name: 'Invitations', extensions: ['ics', 'eml'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * The application menu's "Import Invitation…" item (File menu). `open` receives the chosen path; the menu's owner
 * decides where the item goes.
 */
export function importInvitationMenuItem(open: (path: string) => void, getWindow: () => BrowserWindow | null): MenuItemConstructorOptions {
  return {
    label: 'Import Invitation…',
    accelerator: 'CmdOrCtrl+I',
    click: () => {
      void chooseInvitationFile(getWindow()).then((path) => path && open(path));
    },
  };
}

/**
 * Calls `open` for every invitation the system hands the app: on the command line at launch (Windows, Linux), on
 * a second launch while running (the single-instance lock forwards its arguments), and macOS's `open-file`, which
 * may come before the app is ready; `open` is only called once `ready` resolves.
 */
export function listenForOpenedFiles(open: (path: string) => void, ready: Promise<unknown>, argv: readonly string[] = process.argv): void {
  const whenReady = (path: string) => void ready.then(() => open(path));
  const atLaunch = invitationPathIn(argv);
  if (atLaunch) whenReady(atLaunch);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    whenReady(path);
  });
  app.on('second-instance', (_event, secondArgv) => {
    const path = invitationPathIn(secondArgv);
    if (path) whenReady(path);
  });
}
