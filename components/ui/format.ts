import { currentLanguage } from './language';

/**
 * Dates, numbers and lists in the language whose messages are in use (`currentLanguage`): the
 * only place in components/ where a locale is chosen.
 */

/**
 * A YYYY-MM-DD date as people read it: "24 November 2026" (`day`) or "November 2026" (`month`).
 * Read as a calendar date in UTC, so the day never shifts with the computer's time zone. Anything
 * else, or a day that does not exist, is returned unchanged rather than shown as a wrong date.
 */
export function formatDate(date: string, precision: 'day' | 'month', locale = currentLanguage()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const when = new Date(Date.UTC(year, month - 1, day));
  if (when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) return date;
  const parts = precision === 'day' ? { day: 'numeric' as const } : {};
  return new Intl.DateTimeFormat(locale, { ...parts, month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
}

/** "a, b and c", with the commas and the "and" of the language. */
export const formatList = (items: readonly string[], locale = currentLanguage()): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** The same list in parts, for a caller that wraps each item (a link) and keeps the words between. */
export const listParts = (items: readonly string[], locale = currentLanguage()) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items);

/** "2,000" */
export const formatNumber = (value: number, locale = currentLanguage()): string =>
  new Intl.NumberFormat(locale).format(value);

/**
 * A language's name in that language, as a reader looking for it would: "English", "Español".
 * Capitalised as a label, whatever the language's own rule for running text.
 */
export function languageName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
