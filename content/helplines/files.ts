/**
 * Reading helpline files at build time (Node only): YAML parsing, and the file, place and reason
 * every error names, so that whoever edited a file sees at once what to fix.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as v from 'valibot';
import { parseDocument } from 'yaml';
import { ContentError } from '../errors';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL resolves against localhost.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A YAML file as plain data; a syntax error names the file, the line and the column. */
export function parseYaml(source: string, file: string): unknown {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const pos = error.linePos?.[0];
    // With prettyErrors the message ends " at line L, column C:" and a code frame; keep the words.
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '');
    throw new ContentError(
      file,
      `is not valid YAML: ${reason}`,
      pos ? `line ${pos.line}, column ${pos.col}` : undefined,
    );
  }
  return doc.toJS();
}

/** The first problem valibot found (and how many more), naming the file and the place. */
export function issueError(
  file: string,
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
): ContentError {
  const [issue] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return new ContentError(file, `${issue.message}${more}`, formatPath(issue.path) || undefined);
}

/** `lines[2].phone.tel` from a valibot issue path. */
function formatPath(issuePath: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const { key } of issuePath ?? []) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The path shown in errors: relative to the repository when the file is inside it. */
export function displayPath(fullPath: string): string {
  const relative = path.relative(REPO_ROOT, fullPath);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? fullPath : relative;
  return shown.split(path.sep).join('/');
}

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), so that an entry checked "today"
 * in New Zealand does not fail on a build server still on yesterday's date.
 */
export function latestToday(today: Date | string = new Date()): string {
  if (typeof today === 'string') return today;
  return new Date(today.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
