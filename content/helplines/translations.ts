/**
 * The helpline text in other languages: `content/helplines/translations/<language>.yaml`, one file
 * per language, a list of pairs keyed by the English text as it stands in the data:
 *
 * ```yaml
 * - en: Police, ambulance, fire
 *   es: Policía, ambulancia, bomberos
 * ```
 *
 * Every text a reader sees (TRANSLATED_FIELDS, and the emergency table's labels) needs exactly one
 * pair; the build fails on a text without one (naming one place it is used), on a pair nothing
 * uses (the English was changed or removed), on an English text given twice, and on an empty
 * translation. Names of organisations are not translated; a service that is a proper name may be
 * written the same in both. Numbers, keywords and addresses are data, not text, and stay as they
 * are. Adding a language is adding a file here: helplineLanguages() lists it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ContentError } from '../errors';
import { strict, text } from './fields';
import { displayPath, issueError, parseYaml } from './files';
import type { HelplineCountry } from './schema';

/** The language the data is written in. */
export const SOURCE_LANGUAGE = 'en';
export const TRANSLATIONS_DIR = 'translations';

/**
 * Every field a reader sees as text, by kind of entry. The rest is not translated: ids, names of
 * organisations, numbers, keywords, addresses, tags, dates, grades and `verify`.
 */
export const TRANSLATED_FIELDS = {
  country: ['note'],
  area: ['name'],
  emergency: ['label', 'note'],
  line: ['service', 'helpsWith', 'for', 'hours', 'languages', 'privacy', 'note'],
  otherPhone: ['label'],
  languageOption: ['how'],
  cantTalk: ['how'],
} as const;

type Translate = (text: string, where: string) => string;

/** A copy of `entry` with each named text field passed through `fn`; `where` is the entry's place. */
function mapFields<T extends object>(entry: T, fields: readonly string[], where: string, fn: Translate): T {
  const out = { ...entry } as Record<string, unknown>;
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') out[field] = fn(value, where ? `${where}.${field}` : field);
  }
  return out as T;
}

/**
 * The country with every text a reader sees passed through `fn`, which also learns where the text
 * is (`lines[2].hours`). Used both to list the texts and to translate them.
 */
export function mapTexts(country: HelplineCountry, fn: Translate): HelplineCountry {
  const f = TRANSLATED_FIELDS;
  return {
    ...mapFields(country, f.country, '', fn),
    ...(country.areas && { areas: country.areas.map((area, i) => mapFields(area, f.area, `areas[${i}]`, fn)) }),
    emergency: country.emergency.map((entry, i) => mapFields(entry, f.emergency, `emergency[${i}]`, fn)),
    ...(country.cantTalk && {
      cantTalk: country.cantTalk.map((entry, i) => mapFields(entry, f.cantTalk, `cantTalk[${i}]`, fn)),
    }),
    lines: country.lines.map((line, i) => {
      const where = `lines[${i}]`;
      return {
        ...mapFields(line, f.line, where, fn),
        ...(line.otherPhones && {
          otherPhones: line.otherPhones.map((phone, j) =>
            mapFields(phone, f.otherPhone, `${where}.otherPhones[${j}]`, fn),
          ),
        }),
        ...(line.languageOptions && {
          languageOptions: line.languageOptions.map((option, j) =>
            mapFields(option, f.languageOption, `${where}.languageOptions[${j}]`, fn),
          ),
        }),
      };
    }),
  };
}

/** The languages the helplines can be shown in: English, then one per translations file, sorted. */
export function helplineLanguages(dir: string): string[] {
  const folder = path.join(dir, TRANSLATIONS_DIR);
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')) : [];
  const languages = files.map((name) => path.basename(name, '.yaml')).filter((name) => name !== SOURCE_LANGUAGE);
  return [SOURCE_LANGUAGE, ...languages.sort()];
}

/** "Spanish" for `es`: error messages are for maintainers, in English. */
const languageName = (language: string): string =>
  new Intl.DisplayNames(SOURCE_LANGUAGE, { type: 'language', fallback: 'code' }).of(language) ?? language;

/**
 * Reads and checks translations/<language>.yaml against `uses`: every English text in the data,
 * each with one place it is used (`gb.yaml lines[2].hours`). Returns English → translation.
 */
export function readTranslations(
  dir: string,
  language: string,
  uses: ReadonlyMap<string, string>,
): Map<string, string> {
  const fullPath = path.join(dir, TRANSLATIONS_DIR, `${language}.yaml`);
  const file = displayPath(fullPath);
  if (!existsSync(fullPath)) {
    throw new ContentError(file, `no such file: the helplines can be shown in ${helplineLanguages(dir).join(', ')}`);
  }
  const data = parseYaml(readFileSync(fullPath, 'utf8'), file);
  const schema = v.array(
    strict({ [SOURCE_LANGUAGE]: text(), [language]: text() }),
    `must be a list of pairs, like "- { ${SOURCE_LANGUAGE}: …, ${language}: … }"`,
  );
  const result = v.safeParse(schema, data);
  if (!result.success) throw pairError(file, result.issues, data);

  const translations = new Map<string, string>();
  const index = new Map<string, number>();
  result.output.forEach((pair, i) => {
    const english = pair[SOURCE_LANGUAGE] as string;
    const earlier = index.get(english);
    if (earlier !== undefined) {
      throw new ContentError(file, `"${english}" is already translated at [${earlier}]: keep one pair`, `[${i}].en`);
    }
    index.set(english, i);
    translations.set(english, pair[language] as string);
  });

  const missing = [...uses].filter(([english]) => !translations.has(english));
  const [first] = missing;
  if (first) {
    const more = missing.length > 1 ? `, and ${missing.length - 1} more texts without one` : '';
    throw new ContentError(file, `no ${languageName(language)} for "${first[0]}" (used in ${first[1]})${more}`);
  }
  for (const [english, i] of index) {
    if (!uses.has(english)) {
      throw new ContentError(
        file,
        `"${english}" is not used in the helpline data: remove the pair, or make its English match the data exactly`,
        `[${i}].en`,
      );
    }
  }
  return translations;
}

/** A schema failure, with the English of the pair when the problem is in one. */
function pairError(file: string, issues: Parameters<typeof issueError>[1], data: unknown): ContentError {
  const error = issueError(file, issues);
  const index = issues[0].path?.[0]?.key;
  const pair = typeof index === 'number' && Array.isArray(data) ? data[index] : undefined;
  const english = pair && typeof pair === 'object' ? (pair as Record<string, unknown>)[SOURCE_LANGUAGE] : undefined;
  if (typeof english !== 'string') return error;
  return new ContentError(error.file, `${error.reason} (the pair for "${english}")`, error.where);
}

/** The countries with every text a reader sees in the translation's language. */
export function translateCountries(
  countries: readonly HelplineCountry[],
  translations: ReadonlyMap<string, string>,
): HelplineCountry[] {
  return countries.map((country) =>
    mapTexts(country, (english, where) => {
      const translated = translations.get(english);
      // readTranslations has checked that every text has one; this guards a text it was not shown.
      if (translated === undefined) throw new Error(`${country.id} ${where}: no translation for "${english}"`);
      return translated;
    }),
  );
}
