/**
 * How the command line finds, at start, the prepared dictionary made from the dictionary installed now: the build
 * writes `manifest.json` beside the prepared files, naming for each dialect its file and the source it was made
 * from (the dictionary package's version and the sizes of its `.aff` and `.dic`). At start these are compared
 * with a `stat` of each file and a read of the package's `package.json`, which is what keeps it cheap: reading the
 * `.dic` and hashing it (how the files are named, prepared-dictionary-files.ts) would cost more than it saves. A
 * dictionary updated since the build no longer matches, and is read from its `.aff`/`.dic` until the next build.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dialect } from '../../src-shared/review/index.ts';

export const MANIFEST = 'manifest.json';

interface Source {
  version: string;
  affBytes: number;
  dicBytes: number;
}

export type PreparedManifest = Partial<Record<Dialect, { file: string; source: Source }>>;

/** The `.aff` that goes with a `.dic`: hunspell pairs them by name. */
export const affPathOf = (dicPath: string) => dicPath.replace(/\.dic$/, '.aff');

/** What identifies an installed dictionary: its package's version and the sizes of its two files. */
function sourceOf(dicPath: string): Source {
  const { version } = JSON.parse(readFileSync(join(dirname(dicPath), 'package.json'), 'utf8')) as { version?: unknown };
  return { version: String(version), affBytes: statSync(affPathOf(dicPath)).size, dicBytes: statSync(dicPath).size };
}

export function writeManifest(folder: string, prepared: Array<{ dialect: Dialect; dicPath: string; file: string }>): void {
  const manifest: PreparedManifest = {};
  for (const { dialect, dicPath, file } of prepared) manifest[dialect] = { file, source: sourceOf(dicPath) };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The prepared file for the dictionary at `dicPath`, if the folder has one made from it; never throws. */
export function findPrepared(folder: string, dialect: Dialect, dicPath: string): string | undefined {
  try {
    const entry = (JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as PreparedManifest)[dialect];
    if (!entry || typeof entry.file !== 'string' || entry.file.includes('/') || entry.file.includes('\\')) return undefined;
    const source = sourceOf(dicPath);
    const same = entry.source?.version === source.version && entry.source.affBytes === source.affBytes && entry.source.dicBytes === source.dicBytes;
    return same ? join(folder, entry.file) : undefined;
  } catch {
    return undefined;
  }
}
