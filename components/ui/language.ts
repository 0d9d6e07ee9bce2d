import { browser } from 'wxt/browser';

/**
 * The reader's language, from one place. For now it is the browser's UI language; when the reader
 * can choose a language (English or Spanish), this is where that choice is read.
 */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/**
 * The reader's language preferences, most preferred first: the UI language, then the
 * preferred-languages list they set in the browser (which needs no permission). Used only to
 * guess a country, never sent anywhere and never stored.
 */
export function languagePreferences(): string[] {
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  return [uiLanguage(), ...preferred];
}
