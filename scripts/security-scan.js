// Static security scan with electronegativity, gated on its CSV output (the tool itself exits 0 on findings).
// Scans the sources (main + preload + the page) as one application, then the built out/ folder.
// Fails on any HIGH or MEDIUM finding. A finding reviewed and settled is silenced where it occurs, with
// electronegativity's own `// eng-disable CHECK_ID` comment and the reason beside it, so the source says why.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion } from './prepare-native.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function scan(label, input) {
  const csv = join(mkdtempSync(join(tmpdir(), 'afterword-scan-')), 'findings.csv');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', input, '-o', csv, '-r', '-e', electronVersion(), '-v', 'false'],
    { cwd: root, encoding: 'utf8' },
  );
  if (!existsSync(csv)) {
    console.error(result.stdout, result.stderr);
    throw new Error(`electronegativity produced no report for ${label} (exit ${result.status}).`);
  }
  const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1).filter(Boolean).map(parseCsvLine);
  return rows.map(([id, severity, confidence, file, location]) => ({ label, id, severity, confidence, file, location }));
}

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

function sourcesAsOneApp() {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-src-'));
  for (const part of ['src-main', 'src-preload', 'src-shared']) cpSync(join(root, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'src-renderer'));
  cpSync(join(root, 'src-renderer/index.html'), join(dir, 'src-renderer/index.html'));
  return dir;
}

// `--only DIR` scans just that folder (used by the test that proves the gate fails on a finding).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
const sources = only ? null : sourcesAsOneApp();
try {
  if (!only && !existsSync(join(root, 'out/main/index.js'))) throw new Error('out/ is missing: run `npm run build` first.');
  const findings = only
    ? scan(only, only)
    : [...scan('sources (src-main, src-preload, page)', sources), ...scan('build (out/)', join(root, 'out'))];
  const counts = {};
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  const blocking = findings.filter((finding) => ['HIGH', 'MEDIUM'].includes(finding.severity));
  console.log(`security scan: ${findings.length} findings by severity ${JSON.stringify(counts)}`);
  for (const finding of findings.filter((f) => !['HIGH', 'MEDIUM'].includes(f.severity))) console.log(`  note ${finding.severity} ${finding.id} in ${finding.label} ${finding.file}:${finding.location}`);
  if (blocking.length > 0) {
    for (const finding of blocking) console.error(`  BLOCKING ${finding.severity} ${finding.id} in ${finding.label} ${finding.file}:${finding.location}`);
    console.error(`security scan failed: ${blocking.length} HIGH/MEDIUM finding(s).`);
    process.exit(1);
  }
  console.log('security scan passed: no HIGH or MEDIUM finding.');
} catch (error) {
  console.error(`security scan could not run: ${error.message}`);
  process.exit(1);
} finally {
  if (sources) rmSync(sources, { recursive: true, force: true });
}
