/**
 * Maintenance report: which helpline entries need a human to check them again.
 *
 *   npx jiti content/helplines/check.ts
 *
 * Lists what to verify next: first any High entry checked more than 18 months ago (a test fails
 * on those, see HIGH_EXPIRES_AFTER_MONTHS), then, by country, entries last checked more than 6
 * months ago and every entry whose confidence is Medium or Low, with what to verify. The many
 * emergency-only countries that share one source and one thing to verify are listed together.
 * Always exits 0: it informs; the test gates.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHelplines } from './load';
import type { Confidence, HelplineCountry } from './schema';

export const STALE_AFTER_MONTHS = 6;
/** A High entry checked longer ago than this is no longer High: `npm test` fails until re-checked. */
export const HIGH_EXPIRES_AFTER_MONTHS = 18;

/**
 * The language this report is written in, for maintainers: explicit, because the report runs in
 * Node at build time, far from the reader's language (the UI names countries in that one).
 */
export const REPORT_LANGUAGE = 'en';

/** The country's name for maintainers, in `language` (the report's, unless told otherwise). */
export function maintainerName(id: HelplineCountry['id'], language = REPORT_LANGUAGE): string {
  if (id === 'other') return 'Other countries';
  return new Intl.DisplayNames(language, { type: 'region' }).of(id.toUpperCase()) ?? id;
}

/** High entries checked more than 18 months before `today`: each must be checked again. */
export function expiredHigh(countries: readonly HelplineCountry[], today: Date | string): StaleRow[] {
  const cutoff = monthsBefore(toIsoDate(today), HIGH_EXPIRES_AFTER_MONTHS);
  return countries.flatMap((country) =>
    entriesOf(country)
      .filter((entry) => entry.confidence === 'High' && entry.checked < cutoff)
      .map(({ entry, checked, confidence }) => ({
        countryId: country.id,
        countryName: maintainerName(country.id),
        entry,
        checked,
        confidence,
        reasons: ['stale' as const],
      })),
  );
}

/** Every emergency number, line and language option of a country, named for the report. */
function entriesOf(country: HelplineCountry) {
  return [
    ...country.emergency.map((e) => ({ ...e, entry: `emergency ${e.display}` })),
    ...(country.cantTalk ?? []).map((route, i) => ({
      ...route,
      entry: `can't talk ${route.textLine?.display ?? route.phone?.display ?? `#${i + 1}`}`,
    })),
    ...country.lines.flatMap((line) => [
      { ...line, entry: line.id },
      ...(line.languageOptions ?? []).map((option) => ({ ...option, entry: `${line.id} (${option.language})` })),
    ]),
  ];
}

export interface StaleRow {
  countryId: HelplineCountry['id'];
  countryName: string;
  /** The line id, `<line id> (<language>)` for a language option, or `emergency <number>`. */
  entry: string;
  checked: string;
  confidence: Confidence;
  /** Why it is listed: checked too long ago, not High confidence, or both. */
  reasons: ('stale' | 'not-high')[];
  verify?: string;
}

/** Rows for every entry that is stale (checked before today − 6 months) or not High. */
export function staleReport(countries: readonly HelplineCountry[], today: Date | string): StaleRow[] {
  const cutoff = monthsBefore(toIsoDate(today), STALE_AFTER_MONTHS);
  const rows: StaleRow[] = [];
  for (const country of countries) {
    for (const { entry, checked, confidence, verify } of entriesOf(country)) {
      const reasons: StaleRow['reasons'] = [];
      if (checked < cutoff) reasons.push('stale');
      if (confidence !== 'High') reasons.push('not-high');
      if (reasons.length === 0) continue;
      rows.push({
        countryId: country.id,
        countryName: maintainerName(country.id),
        entry,
        checked,
        confidence,
        reasons,
        ...(verify ? { verify } : {}),
      });
    }
  }
  return rows;
}

/** The report as text: a table per country and a one-line summary. */
export function formatStaleReport(rows: readonly StaleRow[], total: number, today: string): string {
  const out: string[] = [];
  // Many countries that share one thing to verify (the emergency table) read better as one block.
  const byVerify = new Map<string, StaleRow[]>();
  for (const row of rows) {
    if (row.verify && row.entry.startsWith('emergency '))
      byVerify.set(row.verify, [...(byVerify.get(row.verify) ?? []), row]);
  }
  const shared = new Set(
    [...byVerify].filter(([, group]) => new Set(group.map((r) => r.countryId)).size >= 5).map(([v]) => v),
  );
  for (const verify of shared) {
    const group = byVerify.get(verify) ?? [];
    const countries = [...new Set(group.map((row) => row.countryId))];
    out.push(
      '',
      `${countries.length} countries, ${group.length} emergency numbers, ${group[0]?.confidence} confidence:`,
    );
    for (const line of wrap(countries.join(' '), 96)) out.push(`  ${line}`);
    for (const line of wrap(`verify: ${verify}`, 96)) out.push(`  ${line}`);
  }
  const individual = rows.filter(
    (row) => !(row.verify && shared.has(row.verify) && row.entry.startsWith('emergency ')),
  );
  const countries = [...new Set(individual.map((row) => row.countryName))];
  for (const name of countries) {
    const group = individual.filter((row) => row.countryName === name);
    out.push('', `${name}`);
    const width = Math.max(...group.map((row) => row.entry.length));
    for (const row of group) {
      const why = [
        row.reasons.includes('stale') ? `checked ${row.checked}, over ${STALE_AFTER_MONTHS} months ago` : '',
        row.reasons.includes('not-high') ? `${row.confidence} confidence` : '',
      ]
        .filter(Boolean)
        .join('; ');
      out.push(`  ${row.entry.padEnd(width)}  ${why}`);
      if (row.verify) {
        for (const line of wrap(`verify: ${row.verify}`, 96 - width)) {
          out.push(`  ${' '.repeat(width)}  ${line}`);
        }
      }
    }
  }
  const stale = rows.filter((row) => row.reasons.includes('stale')).length;
  const notHigh = rows.filter((row) => row.reasons.includes('not-high')).length;
  out.push(
    '',
    rows.length === 0
      ? `All ${total} helpline entries are High confidence and checked within ${STALE_AFTER_MONTHS} months (today ${today}).`
      : `${rows.length} of ${total} entries need checking: ${stale} checked over ${STALE_AFTER_MONTHS} months ago, ${notHigh} Medium or Low confidence (today ${today}).`,
  );
  return out.join('\n');
}

/** Splits text into lines of at most `width` characters (at least 40), at spaces. */
function wrap(text: string, width: number): string[] {
  const max = Math.max(width, 40);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** YYYY-MM-DD, `months` calendar months before `isoDate` (31 Aug − 6 months = 28/29 Feb). */
function monthsBefore(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function toIsoDate(date: Date | string): string {
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}

function main(): void {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const countries = loadHelplines(dir);
  const today = toIsoDate(new Date());
  const total = countries.reduce((n, c) => n + c.emergency.length + c.lines.length, 0);
  const expired = expiredHigh(countries, today);
  console.log(`Helpline entries to check again (content/helplines)`);
  if (expired.length > 0) {
    console.log(
      `\nFirst: ${expired.length} High entries checked over ${HIGH_EXPIRES_AFTER_MONTHS} months ago (npm test fails on these):`,
    );
    for (const row of expired) console.log(`  ${row.countryId} ${row.entry} (checked ${row.checked})`);
  }
  console.log(formatStaleReport(staleReport(countries, today), total, today));
}

// Run only as a script, not when a test imports staleReport.
const thisFile = fileURLToPath(import.meta.url);
if (process.argv.slice(1).some((arg) => path.resolve(arg) === thisFile)) main();
