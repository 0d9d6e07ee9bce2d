import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { ContentError } from './errors';
import { loadFacts } from './facts/load';
import { helplineNumbers } from './facts/numbers';
import type { FactsByCountry } from './facts/types';
import { loadHelplinesByLanguage } from './helplines/load';
import type { HelplineCountry } from './helplines/schema';
import { guideLanguages } from './languages';
import { loadAllMessages, type Messages, STANDALONE_KEYS } from './messages';
import type { Topic, TopicMeta } from './topics/blocks';
import { loadAllLanguages } from './topics/compile';

/**
 * Turns the guide's source files into modules at build time. The Markdown and YAML parsers stay
 * here, in the build; the extension ships only validated JSON. A broken file stops the build
 * with its path, the place in it and the reason (ContentError). The languages are those with
 * strings, topics and helpline words (languages.ts; English first); every language has its own
 * modules, loaded when chosen.
 *
 *   virtual:languages              — the languages, and the few strings needed before any of the
 *                                    modules below can load (the popup's shell, the worker)
 *   virtual:languages/loaders      — a loader per language for each module below
 *   virtual:guide/index            — every topic's title, summary and group, in every language:
 *                                    the home list (small, eager)
 *   virtual:guide/topics/<lang>    — the topics with their text (loaded when a topic or search opens)
 *   virtual:helplines/<lang>       — the helpline directory (loaded when the helplines view opens)
 *   virtual:facts/<lang>           — the country facts (loaded with a topic that shows one)
 *   virtual:messages/<lang>        — the interface strings (loaded before the app first renders)
 */
const CONTENT_DIR = path.dirname(fileURLToPath(import.meta.url));

const PER_LANGUAGE = ['virtual:guide/topics/', 'virtual:helplines/', 'virtual:messages/', 'virtual:facts/'] as const;
export type ModuleId =
  | 'virtual:languages'
  | 'virtual:languages/loaders'
  | 'virtual:guide/index'
  | `${(typeof PER_LANGUAGE)[number]}${string}`;

/** The home list needs neither the text, nor where its facts were checked, nor its safety marks. */
const metaOf = ({ blocks: _, sources: _s, reviewed: _r, risk: _k, selfHarm: _h, ...meta }: Topic): TopicMeta => meta;

/**
 * The languages the guide speaks, English first: each with its strings, topics and helpline words,
 * or the build stops (languages.ts: a language ships whole or not at all).
 */
export const languagesIn = (root = CONTENT_DIR): string[] => guideLanguages(root);

/** The data each virtual module exports, read fresh from `root` (content/ unless a test says otherwise). */
export function contentModule(id: ModuleId, root = CONTENT_DIR): unknown {
  if (id === 'virtual:guide/index') {
    return Object.fromEntries(
      Object.entries(topicsIn(root)).map(([language, topics]) => [language, topics.map(metaOf)]),
    );
  }
  if (id === 'virtual:languages') return { LANGUAGES: languagesIn(root), STANDALONE_STRINGS: standaloneStrings(root) };
  if (id === 'virtual:languages/loaders') throw new Error('virtual:languages/loaders is code, not data');
  const [prefix, language] = splitLanguage(id);
  if (!languagesIn(root).includes(language)) {
    throw new ContentError(path.join('content', 'locales', `${language}.yml`), 'no such language');
  }
  switch (prefix) {
    case 'virtual:guide/topics/':
      return topicsIn(root)[language];
    case 'virtual:helplines/':
      return withoutMaintainerNotes(helplinesIn(root, language));
    case 'virtual:messages/':
      return loadAllMessages(path.join(root, 'locales'))[language];
    case 'virtual:facts/':
      return factsIn(root)[language];
  }
}

/**
 * The country facts in every language the guide speaks. A fact's text may not hold one of its
 * country's helpline numbers (they live in the helplines data, where they are checked).
 */
function factsIn(root: string): Record<string, FactsByCountry> {
  const numbers = helplineNumbers(path.join(root, 'helplines'));
  return loadFacts(path.join(root, 'facts'), {
    languages: languagesIn(root),
    phoneNumbers: (country) => numbers.get(country) ?? [],
  });
}

function splitLanguage(id: string): [(typeof PER_LANGUAGE)[number], string] {
  const prefix = PER_LANGUAGE.find((start) => id.startsWith(start));
  if (!prefix) throw new Error(`not a content module: ${id}`);
  return [prefix, id.slice(prefix.length)];
}

/**
 * The helplines in one language. Every language is loaded and checked each time, so a missing or
 * stale translation fails the build (content/helplines/translations.ts), whichever module asked.
 */
function helplinesIn(root: string, language: string): HelplineCountry[] {
  const byLanguage = loadHelplinesByLanguage(path.join(root, 'helplines'));
  const countries = byLanguage[language];
  if (!countries) {
    throw new ContentError(
      path.join('content', 'helplines', 'translations', `${language}.yaml`),
      `is missing: content/locales/${language}.yml exists, so the guide speaks ${language} and needs its helplines' words`,
    );
  }
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

/** Every language's topics, checked against each other; a language with strings needs its topics. */
function topicsIn(root: string): Record<string, Topic[]> {
  // The languages first: a half language is named as such before any topic is compiled.
  const languages = languagesIn(root);
  const byLanguage = loadAllLanguages(path.join(root, 'topics'));
  for (const language of languages) {
    if (!byLanguage[language]) {
      throw new ContentError(
        path.join('content', 'topics', language),
        `is missing: content/locales/${language}.yml exists, so the guide speaks ${language} and needs its topics`,
      );
    }
  }
  return byLanguage;
}

/** The strings the popup's static shell needs before any language module loads, in every language. */
function standaloneStrings(root: string): Record<string, Messages> {
  const all = loadAllMessages(path.join(root, 'locales'));
  return Object.fromEntries(
    Object.entries(all).map(([language, messages]) => [
      language,
      Object.fromEntries(STANDALONE_KEYS.map((key) => [key, messages[key] ?? ''])),
    ]),
  );
}

/** The code of `virtual:languages/loaders`: one import() per language and module, so each is its own chunk. */
function loadersCode(root: string): string {
  const languages = languagesIn(root);
  const loaders = (prefix: string) =>
    `{ ${languages.map((language) => `${JSON.stringify(language)}: () => import(${JSON.stringify(`${prefix}${language}`)})`).join(', ')} }`;
  return [
    `export const loadTopicsModule = ${loaders('virtual:guide/topics/')};`,
    `export const loadHelplinesModule = ${loaders('virtual:helplines/')};`,
    `export const loadMessagesModule = ${loaders('virtual:messages/')};`,
    `export const loadFactsModule = ${loaders('virtual:facts/')};`,
  ].join('\n');
}

const isModuleId = (id: string): id is ModuleId =>
  id === 'virtual:languages' ||
  id === 'virtual:languages/loaders' ||
  id === 'virtual:guide/index' ||
  PER_LANGUAGE.some((prefix) => id.startsWith(prefix));

const sourceDir = (root: string, id: ModuleId): string => {
  if (id.startsWith('virtual:helplines/')) return path.join(root, 'helplines');
  if (id.startsWith('virtual:facts/')) return path.join(root, 'facts');
  if (id.startsWith('virtual:messages/') || id.startsWith('virtual:languages')) return path.join(root, 'locales');
  return path.join(root, 'topics');
};

export function contentModules(root = CONTENT_DIR): Plugin {
  return {
    name: 'pocket-guide-content',
    enforce: 'pre',
    resolveId: (id) => (isModuleId(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !isModuleId(name)) return undefined;
      const dir = sourceDir(root, name);
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (/\.(md|ya?ml)$/.test(file)) this.addWatchFile(path.join(dir, file));
      }
      if (name === 'virtual:languages/loaders') return loadersCode(root);
      if (name === 'virtual:languages') {
        const { LANGUAGES, STANDALONE_STRINGS } = contentModule(name, root) as Record<string, unknown>;
        return `export const LANGUAGES = ${JSON.stringify(LANGUAGES)};\nexport const STANDALONE_STRINGS = ${JSON.stringify(STANDALONE_STRINGS)};`;
      }
      // JSON.parse of a string literal starts faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(contentModule(name, root)))});`;
    },
  };
}
