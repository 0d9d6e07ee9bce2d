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

/**
 * The same list in parts, for a caller that wraps each item (a link) and keeps the words between:
 * joined by "and", or by "or" (`disjunction`).
 */
export const listParts = (
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
  locale = currentLanguage(),
) => new Intl.ListFormat(locale, { type }).formatToParts(items);

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

/**
 * Clocks: what a clock reads in a time zone (the reader's own when `zone` is left out), for the
 * helplines' "Open now". The reader's zone is the computer's; nothing here asks where they are.
 */
export const localZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What a clock in `zone` reads at `instant`; `weekday` 0 is Monday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** Numbers only, so any locale will do: the Gregorian calendar, Latin digits, a 24-hour clock. */
export function wallClock(instant: number, zone = localZone()): WallClock {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(instant).find((entry) => entry.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { year, month, day, hour: part('hour'), minute: part('minute'), weekday };
}

/** "08:00": the time in `zone` on a 24-hour clock, which never leaves midnight in doubt. */
export const formatTime = (instant: number, zone = localZone(), locale = currentLanguage()): string =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );

/** "Monday", "lunes": the day of the week in `zone`. */
export const formatWeekday = (instant: number, zone = localZone(), locale = currentLanguage()): string =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'long' }).format(instant);

/** "today" (0), "tomorrow" (1), in the language's words. */
export const formatRelativeDay = (days: number, locale = currentLanguage()): string =>
  new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');

/** "Chile Time", "hora de Chile": a zone's name, the same in summer and winter. */
export function zoneName(zone: string, instant: number, locale = currentLanguage()): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(instant);
  return parts.find((entry) => entry.type === 'timeZoneName')?.value ?? zone;
}
