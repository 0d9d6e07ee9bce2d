/**
 * Every phone number in the helpline files, per country, read straight from the YAML (build time,
 * Node only). A fact's text may not hold its country's helpline numbers: numbers live in the
 * helplines data, where they are checked. The helpline loader validates the files; this only
 * needs their numbers, so it skips that (slow) work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const TABLE_FILE = 'emergency.yaml';

/** Every `tel` and `display` value anywhere inside `data`. */
function numbersIn(data: unknown, into: string[] = []): string[] {
  if (Array.isArray(data)) {
    for (const item of data) numbersIn(item, into);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if ((key === 'tel' || key === 'display') && typeof value === 'string') into.push(value);
      else numbersIn(value, into);
    }
  }
  return into;
}

/** The numbers of each country's file, and of its rows in the shared emergency table. */
export function helplineNumbers(dir: string): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  const add = (country: string, numbers: string[]) =>
    byCountry.set(country, [...(byCountry.get(country) ?? []), ...numbers]);
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml'))) {
    const data: unknown = parse(readFileSync(path.join(dir, name), 'utf8'));
    if (name === TABLE_FILE && data !== null && typeof data === 'object') {
      for (const section of ['countries', 'unconfirmed'] as const) {
        const rows = (data as Record<string, unknown>)[section];
        if (rows && typeof rows === 'object') {
          for (const [country, row] of Object.entries(rows)) add(country, numbersIn(row));
        }
      }
    } else {
      add(path.basename(name, '.yaml'), numbersIn(data));
    }
  }
  return byCountry;
}
