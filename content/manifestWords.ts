/**
 * The build's check of what the browser shows outside the popup (PRODUCT.md safety rule 2): the
 * extension's name, description, toolbar title and command descriptions, in every locale, and the
 * toolbar titles the disguises set at run time. A string holding a revealing word (revealing.ts)
 * stops the build, naming the locale, the key and the word. Node only (wxt.config.ts calls it).
 */
import path from 'node:path';
import { ContentError } from './errors';
import { loadAllMessages, type Messages } from './messages';
import { revealingWord } from './revealing';

/** The toolbar titles a disguise sets with `action.setTitle` (components/settings/disguise.ts). */
export const TOOLBAR_TITLE_KEYS = ['disguiseNotes', 'disguiseWeather', 'disguiseCalculator', 'disguiseCalendar'];

/** What a manifest says that the browser shows: only the fields this check reads. */
export interface ShownManifest {
  name?: string;
  short_name?: string;
  description?: string;
  action?: { default_title?: string };
  commands?: Record<string, { description?: string }>;
}

/** The strings of `manifest` the browser shows, with where they are. */
export function shownStrings(manifest: ShownManifest): { field: string; text: string }[] {
  const fields: [string, string | undefined][] = [
    ['name', manifest.name],
    ['short_name', manifest.short_name],
    ['description', manifest.description],
    ['action.default_title', manifest.action?.default_title],
    ...Object.entries(manifest.commands ?? {}).map(([id, command]): [string, string | undefined] => [
      `commands.${id}.description`,
      command.description,
    ]),
  ];
  return fields.flatMap(([field, text]) => (text === undefined ? [] : [{ field, text }]));
}

/** The message keys `__MSG_key__` that `text` takes from the locales. */
const messageKeys = (text: string): string[] =>
  [...text.matchAll(/__MSG_(\w+?)__/g)].map((match) => match[1] as string);

/**
 * Stops the build when a string shown outside the popup holds a revealing word: a literal in the
 * manifest, or a message it names (or a disguise's title) in any locale of `localesDir`.
 */
export function checkShownStrings(manifest: ShownManifest, localesDir: string): void {
  const messages = loadAllMessages(localesDir);
  const keys = new Set(TOOLBAR_TITLE_KEYS);
  for (const { field, text } of shownStrings(manifest)) {
    const literal = text.replace(/__MSG_\w+?__/g, ' ');
    const found = revealingWord(literal);
    if (found) throw new ContentError('wxt.config.ts', `manifest ${field} holds "${found.word}", a revealing word`);
    for (const key of messageKeys(text)) keys.add(key);
  }
  for (const [language, strings] of Object.entries(messages)) checkMessages(localesDir, language, strings, keys);
}

function checkMessages(dir: string, language: string, messages: Messages, keys: ReadonlySet<string>): void {
  const file = path.join(path.relative(process.cwd(), dir) || dir, `${language}.yml`);
  for (const key of keys) {
    const text = messages[key];
    if (text === undefined)
      throw new ContentError(file, `locale ${language}, "${key}": missing, and the browser shows it`);
    const found = revealingWord(text);
    if (found) {
      throw new ContentError(
        file,
        `locale ${language}, "${key}": holds "${found.word}" (${found.language} list), a word that reveals the guide's purpose; the browser shows this string outside the popup (safety rule 2)`,
      );
    }
  }
}
