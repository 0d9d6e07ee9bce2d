import { LANGUAGES, STANDALONE_STRINGS } from 'virtual:languages';
import { browser } from 'wxt/browser';
import { formatMessage, i18n, useMessages } from './i18n';

/**
 * The language the guide speaks: the reader's choice in Settings, else the browser's language
 * when the guide speaks it (es-* → Spanish), else English. The choice is the only thing stored.
 * The manifest's name, toolbar title and command description are the browser's to choose: they
 * follow the browser's language, whatever the choice.
 */
export { LANGUAGES };

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

let spoken: string | undefined;
const listeners = new Set<(language: string) => void>();

/** The language in use on this page (its strings loaded), or the browser's before any is. */
export const activeLanguage = (): string => spoken ?? browserLanguage();

/**
 * The language whose messages are in use: the one place every date, number and list takes its
 * locale from, so they always match the words around them. Each messages file names its own
 * language (`messagesLanguage` in content/locales/<language>.yml, a BCP 47 tag).
 */
export const currentLanguage = (): string => i18n.t('messagesLanguage') || browser.i18n.getUILanguage();

/** Makes `language` this page's language, with its strings (loaded by followLanguage.ts); every listener re-renders. */
export function switchLanguage(language: string, messages: Readonly<Record<string, string>>): void {
  useMessages(messages);
  spoken = language;
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
  for (const listener of listeners) listener(language);
}

/** Calls back whenever this page's language changes. Returns the function that stops it. */
export function onLanguageChange(listener: (language: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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

/**
 * The reader's language preferences, most preferred first: the browser's UI language, then the
 * preferred-languages list they set in the browser (which needs no permission). Used only to
 * guess a country, never sent anywhere and never stored.
 */
export function languagePreferences(): string[] {
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  return [browser.i18n.getUILanguage(), ...preferred];
}

/** The language countries are named in: the guide's own, so names match the words around them. */
export const countryNamesLanguage = (): string => currentLanguage();

/**
 * One of the few strings that need no language module (content/messages.ts, STANDALONE_KEYS), in
 * `language`: for the worker, which has no page to load strings into.
 */
export function standaloneString(language: string, key: string): string {
  return formatMessage(STANDALONE_STRINGS[language]?.[key] ?? STANDALONE_STRINGS[LANGUAGES[0] as string]?.[key] ?? '');
}
