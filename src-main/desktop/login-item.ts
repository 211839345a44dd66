/**
 * "Open at login": macOS and Windows through Electron's login items; Linux through an XDG autostart entry, which
 * Electron does not manage. Started at login, Afterword opens in the tray only (`--hidden`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';

export const HIDDEN_FLAG = '--hidden';

function autostartFile(): string {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart', 'afterword.desktop');
}

/** The command that starts this copy of the app: the AppImage itself when run from one, else the executable. */
function launchCommand(): string {
  const executable = process.env.APPIMAGE || process.execPath;
  const args = app.isPackaged ? [HIDDEN_FLAG] : [app.getAppPath(), HIDDEN_FLAG];
  return [executable, ...args].map((part) => (/[\s"]/.test(part) ? `"${part.replace(/"/g, '\\"')}"` : part)).join(' ');
}

export function setOpenAtLogin(open: boolean): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: open, args: [HIDDEN_FLAG] });
    return;
  }
  const file = autostartFile();
  if (!open) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(
    file,
    ['[Desktop Entry]', 'Type=Application', 'Name=Afterword', 'Comment=Reminders for the notes you owe after an interview', `Exec=${launchCommand()}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n'),
  );
}

export const startedHidden = (argv: readonly string[] = process.argv): boolean => argv.includes(HIDDEN_FLAG);
