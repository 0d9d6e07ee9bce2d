import { formatDate } from '@/components/ui/format';
import type {
  CantTalk,
  Confidence,
  EmergencyNumber,
  Helpline,
  HelplineCountry,
  PhoneNumber,
  TextLine,
} from '@/content/helplines/schema';

/**
 * Small pure helpers behind the helplines view: links, dates, and which entries to show in which
 * order. No browser APIs here, so every rule can be tested on its own.
 */

/** The area value that means "the whole country" (every line shows). */
export const ALL_AREAS = 'all';

/** A tel: link dials exactly the stored `tel` (already E.164, a short code or a national-only number). */
export const telHref = (tel: string): string => `tel:${tel}`;

/**
 * An sms: link, with the keyword as the message body when the service asks for one.
 * `?&body=` is the form both iOS (which reads `&body=`) and Android (`?body=`) accept.
 */
export function smsHref({ tel, keyword }: Pick<TextLine, 'tel'> & { keyword?: string }): string {
  return keyword ? `sms:${tel}?&body=${encodeURIComponent(keyword)}` : `sms:${tel}`;
}

/** WhatsApp's click-to-chat page takes the full international number, digits only. */
export const whatsappHref = ({ tel }: Pick<PhoneNumber, 'tel'>): string => `https://wa.me/${tel.replace(/\D/g, '')}`;

/** "24 November 2026": the day an entry was checked (see formatDate). */
export const formatChecked = (date: string, locale?: string): string => formatDate(date, 'day', locale);

/** The earliest of some YYYY-MM-DD dates (the honest "checked on" for a group of entries). */
export const earliest = (dates: readonly string[]): string | undefined => [...dates].sort()[0];

/** The host a source link points to, without "www.", to show beside it ("refuge.org.uk"). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Low = seen only in code datasets: hidden unless the user asks (shared/reference/helplines.md). */
export const isUnconfirmed = (entry: { confidence: Confidence }): boolean => entry.confidence === 'Low';

export interface LineFilter {
  /** An area id from the country's `areas`, or ALL_AREAS. */
  area: string;
  showUnconfirmed: boolean;
}

const inArea = (line: Helpline, area: string) => area === ALL_AREAS || !line.areas || line.areas.includes(area);

/**
 * The country's lines to show, in the data's order: lines with no `areas` show in every area. A
 * language option we could not confirm is hidden with the lines we could not confirm.
 */
export function visibleLines(country: HelplineCountry, { area, showUnconfirmed }: LineFilter): Helpline[] {
  return country.lines
    .filter((line) => inArea(line, area) && (showUnconfirmed || !isUnconfirmed(line)))
    .map((line) =>
      showUnconfirmed || !line.languageOptions?.some(isUnconfirmed)
        ? line
        : { ...line, languageOptions: line.languageOptions.filter((option) => !isUnconfirmed(option)) },
    );
}

export function visibleEmergency(
  country: HelplineCountry,
  { showUnconfirmed }: Pick<LineFilter, 'showUnconfirmed'>,
): EmergencyNumber[] {
  return country.emergency.filter((entry) => showUnconfirmed || !isUnconfirmed(entry));
}

/** The country's ways to reach help without speaking aloud, without the ones we could not confirm unless asked. */
export function visibleRoutes(
  country: HelplineCountry,
  { showUnconfirmed }: Pick<LineFilter, 'showUnconfirmed'>,
): CantTalk[] {
  return (country.cantTalk ?? []).filter((route) => showUnconfirmed || !isUnconfirmed(route));
}

/** Language options we could not confirm, on lines that show by default. */
const unconfirmedOptions = (lines: readonly Helpline[]): number =>
  lines.filter((line) => !isUnconfirmed(line)).flatMap((line) => (line.languageOptions ?? []).filter(isUnconfirmed))
    .length;

/** How many entries the "show entries we could not confirm" checkbox would reveal here. */
export function unconfirmedCount(country: HelplineCountry, area: string): number {
  const inThisArea = country.lines.filter((line) => inArea(line, area));
  return (
    inThisArea.filter(isUnconfirmed).length +
    unconfirmedOptions(inThisArea) +
    country.emergency.filter(isUnconfirmed).length +
    (country.cantTalk ?? []).filter(isUnconfirmed).length
  );
}

/** Whether the country has anything hidden by default, in any area. */
export const hasUnconfirmed = (country: HelplineCountry): boolean =>
  country.lines.some(isUnconfirmed) ||
  country.emergency.some(isUnconfirmed) ||
  (country.cantTalk ?? []).some(isUnconfirmed) ||
  unconfirmedOptions(country.lines) > 0;

/**
 * How a line relates to people worried about their own behaviour. A line's first tag is what it
 * is mainly for: `[own-behaviour, …]` is a line for them ("only"); a later own-behaviour tag
 * means the line also takes their calls ("also").
 */
export function ownBehaviour(line: Pick<Helpline, 'tags'>): 'only' | 'also' | undefined {
  if (line.tags[0] === 'own-behaviour') return 'only';
  return line.tags.includes('own-behaviour') ? 'also' : undefined;
}

export const LINE_GROUPS = ['abuse', 'other', 'own-behaviour', 'directory'] as const;
export type LineGroup = (typeof LINE_GROUPS)[number];

/**
 * Sexual violence and abuse first (what this guide is about), then other support (crisis, young
 * people), then lines for people worried about their own behaviour, then lists of services.
 */
export function groupOf(line: Pick<Helpline, 'tags'>): LineGroup {
  if (ownBehaviour(line) === 'only') return 'own-behaviour';
  if (line.tags[0] === 'directory') return 'directory';
  if (line.tags.some((tag) => tag === 'sexual-violence' || tag === 'domestic-abuse' || tag === 'medical')) {
    return 'abuse';
  }
  return 'other';
}

/** Lines in their groups, in LINE_GROUPS order; the data's order within a group; no empty group. */
export function groupLines<L extends Pick<Helpline, 'tags'>>(lines: readonly L[]): { group: LineGroup; lines: L[] }[] {
  return LINE_GROUPS.map((group) => ({ group, lines: lines.filter((line) => groupOf(line) === group) })).filter(
    ({ lines: inGroup }) => inGroup.length > 0,
  );
}

/**
 * The lines to show for a country: its own, then the international directories (other.yaml's
 * lines), so every country, even one with only an emergency number, has somewhere to turn.
 */
export function withDirectories(country: HelplineCountry, directory: readonly HelplineCountry[]): Helpline[] {
  if (country.id === 'other') return country.lines;
  const international = directory.find((entry) => entry.id === 'other')?.lines ?? [];
  return [...country.lines, ...international];
}

/** A line's ways in that need no voice: text, WhatsApp, chat ("If you can't talk"). */
export const writtenContact = ({ textLine, whatsapp, chat }: Helpline) => ({ textLine, whatsapp, chat });

/** Whether a line can be reached without speaking aloud. */
export const canWrite = (line: Helpline): boolean => Boolean(line.textLine || line.whatsapp || line.chat);
