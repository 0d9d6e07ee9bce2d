import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors';
import { displayPath } from './places';

/**
 * The topic files and language folders under content/topics/: what belongs there and what does
 * not.
 */

/** Language folders are named like WXT locales: "en", "pt_BR", "zh-Hant". */
export const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

export function listFolder(dir: string) {
  try {
    // Dot entries (.DS_Store, editor swap files) are never content.
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  } catch {
    throw new ContentError(displayPath(dir), 'folder not found or not readable');
  }
}

/** Every `*.md` in a language folder, sorted; anything else there is probably a mistake. */
export function topicFiles(dir: string): string[] {
  return listFolder(dir)
    .map((entry) => {
      const file = path.join(dir, entry.name);
      if (!entry.isFile() || !entry.name.endsWith('.md')) {
        throw new ContentError(displayPath(file), 'only topic files (*.md) belong in a language folder');
      }
      return file;
    })
    .sort();
}

/** The sub-folders of content/topics/, each a language. Code files beside them are ignored. */
export function languageFolders(root: string): string[] {
  const names = listFolder(root)
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    if (!LANGUAGE_FOLDER.test(name)) {
      throw new ContentError(
        displayPath(path.join(root, name)),
        'not a language folder: name it with a language code like "en" or "pt_BR"',
      );
    }
  }
  if (names.length === 0) {
    throw new ContentError(displayPath(root), 'no language folders: topics go in a folder per language, like en/');
  }
  return names;
}
