// `node scripts/electronegativity-scan.cjs INPUT ELECTRON_VERSION`: runs electronegativity's scanner in this
// process and prints its findings as JSON on stdout, for scripts/security-scan.js to gate on.
//
// Why not its command line: (1) at start it fetches translations of its messages with got 11, which on Node 24+
// dies with an uncaught `onCancel` error when the lookup fails fast offline (sindresorhus/got#1489), and the scan
// must make no network request anyway (its check for newer Electron releases uses got too); (2) its CSV writer starts the header and the rows as two concurrent
// `fs.writeFile` calls, so the header can overwrite the first finding (seen on Node 24), which would hide it
// from a gate that reads the file. Here `got` answers every call with a rejection (electronegativity then keeps
// its bundled English messages) and the findings come straight from the scanner's return value.
const Module = require('node:module');
const { dirname, resolve } = require('node:path');

const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = Module.createRequire(`${scannerDir}/`).resolve('got');
function offlineGot(url) {
  return Promise.reject(new Error(`offline: no request is made for ${url}`));
}
const stub = new Module(gotPath);
stub.filename = gotPath;
stub.loaded = true;
// Called as got(url), got.head(url) (its check for newer Electron releases) and got.get(url).
stub.exports = Object.assign(offlineGot, { default: offlineGot, head: offlineGot, get: offlineGot, __esModule: true });
require.cache[gotPath] = stub;

const [input, electronVersion] = process.argv.slice(2);
if (!input || !electronVersion) {
  console.error('Usage: node scripts/electronegativity-scan.cjs INPUT ELECTRON_VERSION');
  process.exit(2);
}

// The scanner's own messages ("No connectivity?") go to stderr; stdout carries only the JSON.
console.log = console.error;
const run = require('@doyensec/electronegativity');
run({
  input: resolve(input),
  isRelative: true,
  isVerbose: false,
  customScan: [],
  excludeFromScan: [],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
})
  .then(({ issues, errors }) => {
    const findings = issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      location: `${issue.location?.line}:${issue.location?.column}`,
    }));
    const unreadable = errors.map((error) => ({ file: error.file, message: String(error.message), tolerable: error.tolerable }));
    process.stdout.write(JSON.stringify({ findings, unreadable }));
  })
  .catch((error) => {
    console.error(error.stack ?? String(error));
    process.exit(1);
  });
