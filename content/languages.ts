/**
 * The languages the guide speaks, and the rule that keeps a half language out of the build.
 *
 * A language is made of three pieces: its interface strings (content/locales/<language>.yml), its
 * topics (content/topics/<language>/) and its helpline words
 * (content/helplines/translations/<language>.yaml; English is the data itself). Any one piece
 * makes the language part of the guide, and then every piece must be there and complete: the
 * build stops naming each missing piece here, and each piece's parity check (messages.ts,
 * topics/parity.ts and topics/checks.ts, helplines/translations.ts) names what is missing inside
 * it (a key, a topic, a heading, a helpline text). So a language is offered in Settings, followed
 * from the browser and shipped only when it is whole; one that is being written lives outside
 * content/ (or on a branch) until then, and no list in code has to change for it.
 *
 * Node only (the build and tests).
 */
import path from 'node:path';
import { ContentError } from './errors';
import { helplineLanguages } from './helplines/translations';
import { messageLanguages, REFERENCE_LANGUAGE } from './messages';
import { languageFolders } from './topics/topicFiles';

/** Where each piece of language `language` lives, relative to content/. */
const PIECES = {
  strings: (language: string) => path.join('locales', `${language}.yml`),
  topics: (language: string) => `${path.join('topics', language)}/`,
  helplines: (language: string) => path.join('helplines', 'translations', `${language}.yaml`),
} as const;

type Piece = keyof typeof PIECES;

/** The languages each piece is present in, under `root` (content/). */
function presentIn(root: string): Record<Piece, readonly string[]> {
  return {
    strings: messageLanguages(path.join(root, 'locales')),
    topics: languageFolders(path.join(root, 'topics')),
    helplines: helplineLanguages(path.join(root, 'helplines')),
  };
}

/**
 * The languages the guide speaks, English first then sorted: every language with any piece, once
 * each has every piece. A language with some pieces but not all stops the build, naming them.
 */
export function guideLanguages(root: string): string[] {
  const present = presentIn(root);
  const all = [...new Set(Object.values(present).flat())].sort();
  for (const language of all) {
    const has = (Object.keys(PIECES) as Piece[]).filter((piece) => present[piece].includes(language));
    const missing = (Object.keys(PIECES) as Piece[]).filter((piece) => !has.includes(piece));
    if (missing.length === 0) continue;
    const where = (piece: Piece) => path.join('content', PIECES[piece](language));
    throw new ContentError(
      where(missing[0] as Piece),
      `is missing: ${has.map(where).join(' and ')} make ${language} a language of the guide, which then needs ${missing.map(where).join(' and ')} too. A language ships whole or not at all: add what is missing (README, "Adding a language"), or keep its files out of content/ until they are complete`,
    );
  }
  return [REFERENCE_LANGUAGE, ...all.filter((language) => language !== REFERENCE_LANGUAGE)];
}

/**
 * The manifest's locale folders for a language the browsers know only by region. Chrome accepts
 * `_locales/fr` and `_locales/es` but not `_locales/pt` (only pt_BR and pt_PT, its list in
 * @wxt-dev/i18n's SUPPORTED_LOCALES), so the one Portuguese of the guide is written to both.
 * A language split into two locales later (pt_BR.yml, pt_PT.yml) keeps its own files.
 */
export const MANIFEST_LOCALES: Readonly<Record<string, readonly string[]>> = { pt: ['pt_BR', 'pt_PT'] };

/** A file the build writes: as WXT's `build:publicAssets` hook lists them (only the fields used here). */
export interface BuiltFile {
  relativeDest: string;
}

const LOCALE_FILE = /^_locales[\\/]([^\\/]+)[\\/]messages\.json$/;

/**
 * `files` with each `_locales/<language>/messages.json` of a MANIFEST_LOCALES language replaced by
 * one copy per regional locale that has no file of its own.
 */
export function withManifestLocales<T extends BuiltFile>(files: readonly T[]): T[] {
  const written = new Set(files.map((file) => LOCALE_FILE.exec(file.relativeDest)?.[1]));
  return files.flatMap((file) => {
    const locales = MANIFEST_LOCALES[LOCALE_FILE.exec(file.relativeDest)?.[1] ?? ''];
    if (!locales) return [file];
    return locales
      .filter((locale) => !written.has(locale))
      .map((locale) => ({ ...file, relativeDest: path.join('_locales', locale, 'messages.json') }));
  });
}
