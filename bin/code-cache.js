// Loads the built command (CommonJS files in out/cli/) with V8's code cache kept per user and made at the end of a
// run, so it holds every function that run compiled, not only the top-level code Node's own compile cache keeps for
// a module: a later start neither parses nor compiles what the review needs (about a fifth of its time).
//
// The cache lives in the user's own cache folder (never a shared temporary folder, whose files another user could
// plant), one file per chunk; a chunk's name carries a hash of its content (scripts/build-cli.js), so a changed
// chunk is a new name and its old cache is removed. V8 itself refuses a cache made by another version. Nothing here
// may stop the command: a cache that cannot be read or written is simply not used. NODE_DISABLE_COMPILE_CACHE=1
// turns it off.
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { basename, dirname, join, resolve } = require('node:path');
const { Script } = require('node:vm');

/** `review-Dx98_o3a.cjs` (and its cache, `….cjs.cache`): the chunk's name, then rolldown's 8-character hash. */
const CHUNK = /^(.+)-[\w-]{8}\.cjs(?:\.cache)?$/;

/** The per-user cache folder of this Node version, or undefined when caching is off or there is no home. */
function cacheFolder() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const base =
      process.platform === 'win32'
        ? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : process.platform === 'darwin'
          ? join(homedir(), 'Library', 'Caches')
          : (process.env.XDG_CACHE_HOME || join(homedir(), '.cache'));
    return join(base, 'afterword', 'code-cache', `${process.version}-${process.arch}`);
  } catch {
    return undefined;
  }
}

/** A loader of CommonJS files that share one module table, as `require` would, but compiled with the cache. */
function codeCachedLoader() {
  const folder = cacheFolder();
  const modules = new Map();
  const toWrite = [];

  function load(file) {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const source = readFileSync(file, 'utf8');
    // Only chunks are named by content; the small entry is compiled each time.
    const hashed = CHUNK.test(basename(file)) && basename(dirname(file)) === 'chunks';
    const cacheFile = folder && hashed ? join(folder, `${basename(file)}.cache`) : undefined;
    let cachedData;
    try {
      if (cacheFile) cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet: compiled as usual.
    }
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) toWrite.push({ script, cacheFile });
    const nodeRequire = createRequire(file);
    const localRequire = (id) => (id.startsWith('.') ? load(resolve(dirname(file), id)) : nodeRequire(id));
    script.runInThisContext()(module.exports, localRequire, module, file, dirname(file));
    return module.exports;
  }

  /** Writes the caches missing so far; the functions compiled by then are in them. */
  function saveCaches() {
    for (const { script, cacheFile } of toWrite.splice(0)) {
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        const partial = `${cacheFile}.${process.pid}.partial`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
        // The cache of an earlier build of the same chunk (same name before the hash) is of no more use.
        const [, stem] = CHUNK.exec(basename(cacheFile)) ?? [];
        for (const other of readdirSync(dirname(cacheFile))) {
          if (other !== basename(cacheFile) && CHUNK.exec(other)?.[1] === stem) rmSync(join(dirname(cacheFile), other), { force: true });
        }
      } catch {
        // A read-only or full disk: the next start compiles again.
      }
    }
  }

  return { load, saveCaches };
}

module.exports = { codeCachedLoader };
