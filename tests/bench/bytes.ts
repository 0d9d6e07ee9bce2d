import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/**
 * Byte budgets, computed from the built files (deterministic, so the e2e budget test and the
 * benchmark share these functions and always agree).
 *
 * "First view" = the JavaScript a page loads before it can show anything: the scripts and
 * modulepreloads its HTML names, plus everything those chunks import statically, transitively.
 * Dynamic `import()` is left out: that code loads later, on demand.
 */

export interface FileBytes {
  /** Path inside the build folder, with forward slashes. */
  path: string;
  raw: number;
  /** gzip -9 of the file alone (each file is loaded on its own). */
  gzip: number;
}

export interface Bytes {
  files: FileBytes[];
  raw: number;
  gzip: number;
}

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

function total(files: FileBytes[]): Bytes {
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

function fileBytes(root: string, path: string): FileBytes {
  const data = readFileSync(join(root, path));
  return { path, raw: data.length, gzip: gzipSize(data) };
}

/** Module specifiers of the top-level `import … from` / `import "…"` / `export … from` statements. */
export function staticImports(source: string): string[] {
  const file = ts.createSourceFile('chunk.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const specifiers: string[] = [];
  for (const statement of file.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      // `import type` never reaches built JavaScript, but do not count it if it did.
      !(ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/** The value of attribute `name` in one HTML tag's source, if present. */
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Scripts (module or classic) and modulepreloads that an HTML page names, as build-folder paths. */
export function htmlScripts(html: string, htmlPath = 'index.html'): string[] {
  const found: string[] = [];
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attribute(tag, 'src') : attribute(tag, 'href');
    if (!url) continue;
    if (!isScript && attribute(tag, 'rel')?.toLowerCase() !== 'modulepreload') continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url))
      throw new Error(`${htmlPath} loads a script from outside the package: ${url}`);
    found.push(url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(htmlPath), url));
  }
  return found;
}

/** The first-view JavaScript of `htmlPath` (e.g. popup.html) in the build folder `root`. */
export function firstViewJavaScript(root: string, htmlPath = 'popup.html'): Bytes {
  const htmlFile = join(root, htmlPath);
  if (!existsSync(htmlFile)) throw new Error(`No ${htmlPath} in ${root}: build the extension first.`);
  const queue = htmlScripts(readFileSync(htmlFile, 'utf8'), htmlPath);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = posix.normalize(queue.shift() as string);
    if (seen.has(path)) continue;
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`${htmlPath} needs ${path}, which is not in ${root}`);
    seen.add(path);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        throw new Error(`${path} imports a bare module "${specifier}": the build should have bundled it.`);
      }
      queue.push(specifier.startsWith('/') ? specifier.slice(1) : posix.join(posix.dirname(path), specifier));
    }
  }
  return total([...seen].sort().map((path) => fileBytes(root, path)));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file of the build folder, each gzipped on its own (a proxy for the store zip). */
export function folderBytes(root: string): Bytes {
  const absolute = resolve(root);
  return total(
    walk(absolute)
      .map((file) => relative(absolute, file).split(sep).join('/'))
      .sort()
      .map((path) => fileBytes(absolute, path)),
  );
}

/** The size of one file on disk (the store zip). */
export const fileSize = (path: string): number => statSync(path).size;

/** The zip `wxt zip` wrote for `browser` into `outDir`, e.g. pocket-guide-0.1.0-chrome.zip. */
export function findZip(outDir: string, browser = 'chrome'): string | undefined {
  if (!existsSync(outDir)) return undefined;
  const name = readdirSync(outDir).find((file) => file.endsWith(`-${browser}.zip`));
  return name ? join(outDir, name) : undefined;
}

/** Kilobytes (1000 bytes, as the budgets are written) with one decimal. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
