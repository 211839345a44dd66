import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../src-main/static-files.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('static files of the built page', () => {
  const root = tempDir('afterword-static-');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  writeFileSync(join(tmpdir(), 'afterword-secret.txt'), 'secret');

  it('should serve index.html for the root and files by path with their type', () => {
    expect(resolveStaticFile(root, '/')).toEqual({ path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveStaticFile(root, '/assets/app.js?v=1')?.contentType).toBe('text/javascript; charset=utf-8');
  });
  it('should refuse anything outside the folder, however it is spelled', () => {
    for (const path of ['/../afterword-secret.txt', '/assets/../../afterword-secret.txt', '/%2e%2e/afterword-secret.txt', '/assets/%00', '/%E0%A4%A']) {
      expect(resolveStaticFile(root, path)).toBeNull();
    }
  });
  it('should answer null for missing files and folders', () => {
    expect(resolveStaticFile(root, '/missing.js')).toBeNull();
    expect(resolveStaticFile(root, '/assets')).toBeNull();
  });
});
