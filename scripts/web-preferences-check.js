// Afterword's own check of every window's `webPreferences`, run by the security gate beside electronegativity.
// electronegativity reports `nodeIntegration: true` only as INFORMATIONAL, and not at all when `sandbox: true`
// sits beside it (the sandbox does switch Node off, until someone removes it too); a setting that undoes one of
// the renderer's locks must fail the gate on its own, whatever else the window says.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import ts from 'typescript';

/** Each setting and the value that weakens the renderer. */
export const INSECURE_VALUES = {
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  contextIsolation: false,
  sandbox: false,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  webviewTag: true,
};

const SCANNED = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : SCANNED.has(extname(name)) ? [path] : [];
  });
}

/** `true`, `false`, and their minified forms `!0` and `!1`; anything else is not a literal boolean. */
function booleanOf(node) {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken && ts.isNumericLiteral(node.operand)) {
    return Number(node.operand.text) === 0;
  }
  return undefined;
}

/** Findings in the shape of the gate's: `{ id, severity, file, location, sample }`, with paths relative to `dir`. */
export function insecureWebPreferences(dir) {
  const findings = [];
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const name = node.name.text;
        if (Object.hasOwn(INSECURE_VALUES, name) && booleanOf(node.initializer) === INSECURE_VALUES[name]) {
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
          findings.push({ id: 'INSECURE_WEB_PREFERENCE', severity: 'HIGH', file: relative(dir, file), location: `${line + 1}:${character}`, sample: node.getText(source) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}
