import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstViewJavaScript, gzipSize, htmlScripts, staticImports } from './bench/bytes';

describe('staticImports', () => {
  it('finds static imports and re-exports, and leaves dynamic import() out', () => {
    const source =
      'import{a as e}from"./a.js";import"./b.js";export*from"./c.js";export{y}from"./e.js";' +
      'const later=()=>import("./d.js");const text="import x from \'./not-code.js\'";';

    expect(staticImports(source)).toEqual(['./a.js', './b.js', './c.js', './e.js']);
  });
});

describe('htmlScripts', () => {
  it('lists module scripts, classic scripts and modulepreloads, but not stylesheets', () => {
    const html =
      '<script type="module" crossorigin src="/chunks/popup.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/chunks/shared.js">' +
      '<link rel="stylesheet" href="/assets/popup.css"><script src="legacy.js"></script>';

    expect(htmlScripts(html, 'popup.html')).toEqual(['chunks/popup.js', 'chunks/shared.js', 'legacy.js']);
  });

  it('refuses a script from outside the package', () => {
    expect(() => htmlScripts('<script src="https://example.org/x.js"></script>')).toThrow(/outside the package/);
  });
});

describe('firstViewJavaScript', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('follows static imports transitively, once each, and skips dynamically imported chunks', () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-bytes-'));
    mkdirSync(join(dir, 'chunks'));
    const files = {
      'popup.html': '<script type="module" src="/chunks/popup.js"></script>',
      'chunks/popup.js': 'import{a}from"./shared.js";import"./shared.js";const t=()=>import("./topics.js");',
      'chunks/shared.js': 'import"./runtime.js";export const a=1;',
      'chunks/runtime.js': 'export const r=2;',
      'chunks/topics.js': 'export default "a large chunk loaded later";',
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);

    const bytes = firstViewJavaScript(dir, 'popup.html');

    expect(bytes.files.map((file) => file.path)).toEqual(['chunks/popup.js', 'chunks/runtime.js', 'chunks/shared.js']);
    expect(bytes.raw).toBe(
      files['chunks/popup.js'].length + files['chunks/shared.js'].length + files['chunks/runtime.js'].length,
    );
    expect(bytes.gzip).toBe(
      gzipSize(files['chunks/popup.js']) + gzipSize(files['chunks/shared.js']) + gzipSize(files['chunks/runtime.js']),
    );
  });
});
