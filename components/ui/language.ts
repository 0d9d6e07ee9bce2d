import { LANGUAGES, STANDALONE_STRINGS } from 'virtual:languages';
import { browser } from 'wxt/browser';
import { formatMessage, i18n, useMessages } from './i18n';
import { browserLanguage } from './shellLanguage';

export { browserLanguage, SHELL_COPY, shellStrings } from './shellLanguage';
/**
 * The language the guide speaks: the reader's choice in Settings, else the browser's language
 * when the guide speaks it (es-* → Spanish), else English. The choice is the only thing stored.
 * The manifest's name, toolbar title and command description are the browser's to choose: they
 * follow the browser's language, whatever the choice.
 */
export { LANGUAGES };

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
