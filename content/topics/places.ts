import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topic } from './blocks';

/**
 * Where things are in the guide's files, for error messages that name the file and the line, and
 * what a compiled topic carries so later checks can report at the right place.
 */

/**
 * The repository root, found from this file's place (content/topics/) so error paths do not
 * depend on the cwd. Not `new URL('../..', import.meta.url)`: Vite rewrites that as an asset URL.
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The path shown in errors: repo-relative inside the repository, absolute elsewhere (tests). */
export function displayPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(REPO_ROOT, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}

export function lineAt(line: number, column: number): string {
  return `line ${line}:${column}`;
}

/** A reference to another topic, kept with its place so a broken one can be reported there. */
export interface TopicRef {
  id: string;
  kind: 'related' | 'link';
  where: string;
}

/** A compiled topic plus what the set-wide checks need to report problems at the right line. */
export interface CompiledTopic {
  file: string;
  topic: Topic;
  refs: TopicRef[];
  idWhere: string;
  orderWhere: string;
}
