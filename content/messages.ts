/**
 * Build-time loader for the interface strings, content/locales/<language>.yml (Node only).
 *
 * The browser's own `i18n.getMessage` follows the browser's language, so a reader who chooses
 * another language in Settings needs the strings bundled: this turns each file into a flat
 * `{ key: message }` (keys as Chrome names them, `a.b` → `a_b`; plural forms joined by " | ", as
 * @wxt-dev/i18n writes them into _locales for the manifest). English is the reference: every
 * other file must have the same keys with the same placeholders, or the build stops naming the
 * file and what is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { ContentError } from './errors';

export type Messages = Readonly<Record<string, string>>;

/** The source language: every other language is compared with it. */
export const REFERENCE_LANGUAGE = 'en';

/**
 * The strings needed where no language module can load, in every language: the popup's static
 * shell before the app loads (components/exit/earlyExit.ts), and the worker re-applying the
 * toolbar button's name in the reader's language when the browser starts (settings/disguise.ts).
 */
export const STANDALONE_KEYS = [
  'quickExit',
  'quickExitLabel',
  'shiftCount',
  'shiftCancelled',
  'extName',
  'disguiseNotes',
  'disguiseWeather',
  'disguiseCalculator',
  'disguiseCalendar',
] as const;

const displayPath = (file: string) => path.relative(process.cwd(), file) || file;

/** The languages with interface strings: the `<language>.yml` files in `dir`, English first. */
export function messageLanguages(dir: string): string[] {
  const languages = readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => path.basename(name, '.yml'))
    .sort();
  if (!languages.includes(REFERENCE_LANGUAGE)) {
    throw new ContentError(displayPath(dir), `${REFERENCE_LANGUAGE}.yml is missing: it is the reference language`);
  }
  return [REFERENCE_LANGUAGE, ...languages.filter((language) => language !== REFERENCE_LANGUAGE)];
}

/** One language's strings, flat. A file that does not parse stops the build, naming it. */
export function readMessages(dir: string, language: string): Messages {
  const file = path.join(dir, `${language}.yml`);
  let parsed: ReturnType<typeof generateChromeMessages>;
  try {
    parsed = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));
  } catch (error) {
    throw new ContentError(displayPath(file), `cannot be read: ${(error as Error).message}`);
  }
  return Object.fromEntries(Object.entries(parsed).map(([key, { message }]) => [key, message]));
}

/** `$1`…`$9`, sorted: two messages with the same list take the same substitutions. */
const placeholdersOf = (message: string) => [...new Set(message.match(/(?<!\$)\$[1-9]/g) ?? [])].sort().join(', ');
const pluralFormsOf = (message: string) => message.split(' | ').length;

/**
 * Every language's strings, checked against English: the same keys, the same placeholders, the
 * same number of plural forms, no empty message.
 */
export function loadAllMessages(dir: string): Record<string, Messages> {
  const languages = messageLanguages(dir);
  const all = Object.fromEntries(languages.map((language) => [language, readMessages(dir, language)]));
  const reference = all[REFERENCE_LANGUAGE] as Messages;
  for (const language of languages) {
    const file = displayPath(path.join(dir, `${language}.yml`));
    const messages = all[language] as Messages;
    for (const [key, message] of Object.entries(messages)) {
      if (message.trim() === '') throw new ContentError(file, `"${key}" is empty`);
    }
    if (language === REFERENCE_LANGUAGE) continue;
    const missing = Object.keys(reference).filter((key) => !(key in messages));
    if (missing.length > 0)
      throw new ContentError(
        file,
        `missing ${missing.map((key) => `"${key}"`).join(', ')} (in ${REFERENCE_LANGUAGE}.yml)`,
      );
    const extra = Object.keys(messages).filter((key) => !(key in reference));
    if (extra.length > 0)
      throw new ContentError(
        file,
        `${extra.map((key) => `"${key}"`).join(', ')} not in ${REFERENCE_LANGUAGE}.yml: remove it, or add it there first`,
      );
    for (const [key, english] of Object.entries(reference)) {
      const translated = messages[key] as string;
      if (placeholdersOf(translated) !== placeholdersOf(english)) {
        throw new ContentError(
          file,
          `"${key}" must use the placeholders ${placeholdersOf(english) || '(none)'}, as in ${REFERENCE_LANGUAGE}.yml (has ${placeholdersOf(translated) || 'none'})`,
        );
      }
      if (pluralFormsOf(translated) !== pluralFormsOf(english)) {
        throw new ContentError(file, `"${key}" must have the same plural forms as in ${REFERENCE_LANGUAGE}.yml`);
      }
    }
  }
  return all;
}
