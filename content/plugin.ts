import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadHelplinesByLanguage } from './helplines/load';
import type { HelplineCountry } from './helplines/schema';
import type { Topic, TopicMeta } from './topics/blocks';
import { loadAllLanguages } from './topics/compile';

/**
 * Turns the guide's source files into modules at build time. The Markdown and YAML parsers stay
 * here, in the build; the extension ships only validated JSON. A broken file stops the build
 * with its path, the place in it and the reason (ContentError).
 *
 *   virtual:guide/index   — every topic's title, summary and group: the home list (small, eager)
 *   virtual:guide/topics  — the topics with their text (loaded when a topic or search opens)
 *   virtual:helplines     — the helpline directory (loaded when the helplines view opens)
 */
export const LANGUAGE = 'en';

const CONTENT_DIR = path.dirname(fileURLToPath(import.meta.url));

type ModuleId = 'virtual:guide/index' | 'virtual:guide/topics' | 'virtual:helplines';

/** The home list needs neither the text nor where its facts were checked. */
const metaOf = ({ blocks: _, sources: _s, reviewed: _r, ...meta }: Topic): TopicMeta => meta;

/** The JSON each virtual module exports, read fresh from `root` (content/ unless a test says otherwise). */
export function contentModule(id: ModuleId, root = CONTENT_DIR): unknown {
  switch (id) {
    case 'virtual:guide/index':
      return topicsIn(root).map(metaOf);
    case 'virtual:guide/topics':
      return topicsIn(root);
    case 'virtual:helplines':
      return withoutMaintainerNotes(helplinesIn(root));
  }
}

/**
 * The helplines in LANGUAGE. Every language with a translations file is loaded too, so that a
 * missing or stale translation fails the build (content/helplines/translations.ts).
 */
function helplinesIn(root: string): HelplineCountry[] {
  const byLanguage = loadHelplinesByLanguage(path.join(root, 'helplines'));
  const countries = byLanguage[LANGUAGE];
  if (!countries) throw new Error(`The helplines have no text in ${LANGUAGE}.`);
  return countries;
}

/** `verify` says what a maintainer should check next; the reader never sees it, so it does not ship. */
function withoutMaintainerNotes(countries: HelplineCountry[]): HelplineCountry[] {
  const strip = <T extends { verify?: string }>({ verify: _, ...entry }: T): Omit<T, 'verify'> => entry;
  return countries.map((country) => ({
    ...country,
    emergency: country.emergency.map(strip),
    lines: country.lines.map((line) => ({
      ...strip(line),
      ...(line.languageOptions && { languageOptions: line.languageOptions.map(strip) }),
    })),
  }));
}

function topicsIn(root: string): Topic[] {
  const byLanguage = loadAllLanguages(path.join(root, 'topics'));
  const topics = byLanguage[LANGUAGE];
  if (!topics) throw new Error(`content/topics/${LANGUAGE}/ is missing: the guide needs its default language.`);
  return topics;
}

const isModuleId = (id: string): id is ModuleId =>
  id === 'virtual:guide/index' || id === 'virtual:guide/topics' || id === 'virtual:helplines';

export function contentModules(root = CONTENT_DIR): Plugin {
  return {
    name: 'pocket-guide-content',
    enforce: 'pre',
    resolveId: (id) => (isModuleId(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !isModuleId(name)) return undefined;
      const dir = path.join(root, name === 'virtual:helplines' ? 'helplines' : 'topics');
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (/\.(md|yaml)$/.test(file)) this.addWatchFile(path.join(dir, file));
      }
      // JSON.parse of a string literal starts faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(contentModule(name, root)))});`;
    },
  };
}
