import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/**
 * The language whose messages are in use: the one place every date, number and list takes its
 * locale from, so they always match the words around them. Each messages file names its own
 * language (`messagesLanguage` in content/locales/<language>.yml); the browser picks the file from
 * its UI language, falling back to English. When the reader can choose a language (English or
 * Spanish), this is where that choice is read.
 */
export const currentLanguage = (): string => i18n.t('messagesLanguage') || browser.i18n.getUILanguage();

/**
 * The reader's language preferences, most preferred first: the browser's UI language, then the
 * preferred-languages list they set in the browser (which needs no permission). Used only to
 * guess a country and to name countries in the reader's own language, never sent anywhere and
 * never stored.
 */
export function languagePreferences(): string[] {
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  return [browser.i18n.getUILanguage(), ...preferred];
}

/**
 * The language countries are named in: the reader's own (the browser names every country in every
 * language), else the messages' language.
 */
export const countryNamesLanguage = (): string => languagePreferences()[0] ?? currentLanguage();
