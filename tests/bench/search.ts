import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { createJiti } from 'jiti';
import { type Content, loadContent } from './content';
import { type Summary, summarize } from './stats';

/**
 * Search latency over the whole guide, in Node (V8, like Chromium) through jiti, over the real
 * content: the same JSON the build ships (`contentModule` from content/plugin.ts). The popup
 * builds its index on first use; that build time is reported apart from the per-query latency.
 */

/** A fixed list: everyday words, phrases, and the misspellings people type in a hurry. */
export const QUERIES = [
  'consent',
  'concent',
  'drunk',
  'condom',
  'saying no',
  'pressure',
  'helpline',
  'police',
  'trust',
  'changing my mind',
  'contraception',
  'coersion',
  'boundries',
  'pain',
  'go slowly',
  'alcohol',
  'nudes',
  'report',
  'friend',
  'counselling',
  'after sex',
  'how do i ask',
] as const;

export type SearchBench =
  | { available: false; reason: string }
  | {
      available: true;
      /** Topics and helpline countries indexed. */
      topics: number;
      countries: number;
      /** Building the index (once per popup, on first use), median over a few builds. */
      buildMs: number;
      /** Every timed call of every query. */
      perQuery: Summary;
      /** Per query: median ms, result count, first result's title. */
      queries: { query: string; medianMs: number; results: number; top: string | null }[];
    };

interface Searcher {
  search(query: string, options?: object): unknown;
}

const WARM_UP_PASSES = 5;
const TIMED_PASSES = 30;

/** The virtual modules the search module (or its imports) may ask for, written out as plain files. */
function virtualModules({ topics, countries }: Content, englishMessages: Record<string, { message: string }>) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-bench-virtual-'));
  const writeSource = (name: string, source: string) => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, source);
    return file;
  };
  const write = (name: string, data: unknown) => writeSource(name, `export default ${JSON.stringify(data)};\n`);
  return {
    dir,
    alias: {
      'virtual:guide/index': write(
        'index',
        topics.map(({ blocks: _, ...meta }) => meta),
      ),
      'virtual:guide/topics/en': write('topics', topics),
      'virtual:helplines/en': write('helplines', countries),
      // The extension's messages and browser API, as far as the search code reaches them (country
      // names): the real English messages, and a UI language.
      '#i18n': writeSource(
        'i18n',
        `const messages = ${JSON.stringify(englishMessages)};\n` +
          'export const i18n = { t: (key, subs) => { const list = subs == null ? [] : [].concat(subs);' +
          " return (messages[key]?.message ?? '').replace(/\\$(\\d)/g, (_, n) => list[n - 1] ?? ''); } };\n",
      ),
      'wxt/browser': writeSource(
        'browser',
        `const messages = ${JSON.stringify(englishMessages)};\n` +
          "export const browser = { i18n: { getUILanguage: () => 'en-GB', getMessage: (key, subs = []) =>" +
          " (messages[key]?.message ?? '').replace(/\\$(\\d)/g, (_, n) => subs[n - 1] ?? '') } };\n",
      ),
      // The language list and its loaders: English only, nothing to load (the bench passes the content in).
      'virtual:languages/loaders': writeSource(
        'loaders',
        'export const loadTopicsModule = {}; export const loadHelplinesModule = {}; export const loadMessagesModule = {};\n',
      ),
      'virtual:languages': writeSource(
        'languages',
        "export const LANGUAGES = ['en']; export const EARLY_STRINGS = {}; export const loadTopicsModule = {};\n" +
          'export const loadHelplinesModule = {}; export const loadMessagesModule = {};\n',
      ),
    },
  };
}

export async function benchSearch(root = resolve('.'), content: Content = loadContent(root)): Promise<SearchBench> {
  const file = join(root, 'components/guide/search.ts');
  if (!existsSync(file)) return { available: false, reason: 'components/guide/search.ts does not exist yet' };
  const messages = generateChromeMessages(await parseMessagesFile(join(root, 'content/locales/en.yml')));
  const virtual = virtualModules(content, messages);
  try {
    const withContent = createJiti(import.meta.url, {
      moduleCache: false,
      jsx: { runtime: 'automatic', importSource: 'preact' },
      alias: { '@': root, '~': root, ...virtual.alias },
    });
    let module: { createSearch?: unknown };
    try {
      module = (await withContent.import(file)) as { createSearch?: unknown };
    } catch (error) {
      return {
        available: false,
        reason: `components/guide/search.ts did not load in Node: ${(error as Error).message}`,
      };
    }
    const createSearch = module.createSearch;
    if (typeof createSearch !== 'function') {
      return { available: false, reason: 'components/guide/search.ts has no createSearch(topics, countries?) export' };
    }
    const { topics, countries } = content;

    const builds: number[] = [];
    let searcher: Searcher | undefined;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      searcher = (createSearch as (t: unknown[], c: unknown[]) => Searcher)(topics, countries);
      builds.push(performance.now() - started);
    }
    if (!searcher || typeof searcher.search !== 'function') {
      return { available: false, reason: 'createSearch() returned no search(query) function' };
    }
    const run = searcher;
    const first = run.search(QUERIES[0]);
    if (first && typeof (first as Promise<unknown>).then === 'function') {
      return { available: false, reason: 'search(query) returns a Promise: this bench times synchronous search only' };
    }

    for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const query of QUERIES) run.search(query);
    const times = new Map<string, number[]>(QUERIES.map((query) => [query, []]));
    for (let pass = 0; pass < TIMED_PASSES; pass++) {
      for (const query of QUERIES) {
        const started = performance.now();
        run.search(query);
        times.get(query)?.push(performance.now() - started);
      }
    }
    const titleOf = (result: unknown): string | null => {
      const title = (result as { title?: unknown } | undefined)?.title;
      return typeof title === 'string' ? title : null;
    };
    return {
      available: true,
      topics: topics.length,
      countries: countries.length,
      buildMs: summarize(builds).median,
      perQuery: summarize([...times.values()].flat()),
      queries: QUERIES.map((query) => {
        const results = run.search(query);
        const list = Array.isArray(results) ? results : [];
        return {
          query,
          medianMs: summarize(times.get(query) ?? []).median,
          results: list.length,
          top: titleOf(list[0]),
        };
      }),
    };
  } finally {
    rmSync(virtual.dir, { recursive: true, force: true });
  }
}
