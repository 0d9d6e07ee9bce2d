import { LANGUAGES, STANDALONE_STRINGS } from 'virtual:languages';
import { browser } from '@wxt-dev/browser';

/**
 * What the popup's static shell needs to speak the reader's language before its first paint, and
 * nothing more: it runs before any other module, so it uses WXT's thin `browser` (as
 * @wxt-dev/i18n does), not the polyfill, and no storage.
 */

/**
 * Where a copy of the reader's choice is kept for the popup's static shell, which must name its
 * button before its first paint, when storage (asynchronous) cannot answer yet: this extension's
 * own localStorage. The stored setting (languageChoice.ts) stays the truth; the copy is rewritten
 * from it on every start and change.
 */
export const SHELL_COPY = 'language';

/** The language the browser's own messages are in, if the guide speaks it; else English. */
export function browserLanguage(): string {
  const ui = browser.i18n.getUILanguage().toLowerCase();
  return LANGUAGES.find((language) => ui === language || ui.startsWith(`${language}-`)) ?? (LANGUAGES[0] as string);
}

/**
 * The popup's static shell, before its first paint: the strings it shows, in the language chosen
 * (from the copy) or the browser's. Synchronous: no storage read, no module load.
 */
export function shellStrings(): { language: string; strings: Readonly<Record<string, string>> | undefined } {
  let copy: string | null = null;
  try {
    copy = localStorage.getItem(SHELL_COPY);
  } catch {
    copy = null;
  }
  const language = LANGUAGES.find((known) => known === copy) ?? browserLanguage();
  return { language, strings: STANDALONE_STRINGS[language] };
}
