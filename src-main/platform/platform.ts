/**
 * What the services need from the machine they run on. The desktop app implements it with Electron
 * (`src-main/desktop/platform.ts`); browser mode and tests implement it without (`./node-platform.ts`), and the
 * renderer falls back to web APIs (Clipboard API, downloads) for what browser mode cannot do from the server.
 */
import type { AppMode } from '../../src-shared/api/types.ts';

export interface SaveFileRequest {
  /** Suggested file name, already safe (no path characters). */
  defaultName: string;
  content: string | Uint8Array;
  filters?: { name: string; extensions: string[] }[];
}

export interface Platform {
  mode: AppMode;
  appVersion: string;
  /** Runtime versions shown in About. */
  runtime: Record<string, string>;
  /** Copies text to the system clipboard; `false` when the renderer must do it (browser mode). */
  writeClipboard(text: string): boolean;
  /** Asks where to save and writes the file; `null` when the user cancelled, `undefined` when unsupported. */
  saveFile(request: SaveFileRequest): Promise<string | null | undefined>;
  /**
   * Asks for a folder to write several files into; `null` when the user cancelled, `undefined` when unsupported
   * (the page downloads the files one by one instead).
   */
  chooseFolder(title: string): Promise<string | null | undefined>;
  /** Opens a file with the system's default program (e.g. an .eml in the mail app); `false` when unsupported. */
  openPath(path: string): Promise<boolean>;
  /** Shows a desktop notification; `false` when the renderer must do it (browser mode). */
  notify(title: string, body: string): boolean;
}
