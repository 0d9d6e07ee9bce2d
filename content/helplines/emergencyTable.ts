/**
 * content/helplines/emergency.yaml: the emergency numbers of every country without a file of its
 * own, read into countries with emergency numbers and no lines (the view shows the international
 * directories). Its labels come from LABELS, not from the file.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { ContentError } from '../errors';
import { issueError, parseYaml } from './files';
import { libraryProblem, type NumberException, numberProblem } from './numbers';
import { COUNTRY_IDS, type CountryId, type EmergencyFor, EmergencyTableSchema, type HelplineCountry } from './schema';

/** The shared table of emergency numbers. */
export const TABLE_FILE = 'emergency.yaml';

/** The label an emergency number gets from its `for` in the table. */
export const LABELS: Readonly<Record<EmergencyFor, string>> = {
  all: 'Police, ambulance, fire',
  police: 'Police',
  ambulance: 'Ambulance',
  fire: 'Fire',
  'police-ambulance': 'Police, ambulance',
  'police-fire': 'Police, fire',
  'ambulance-fire': 'Ambulance, fire',
};

export interface TableOptions {
  /** "Today" for the no-future-dates rule, YYYY-MM-DD. */
  today: string;
  exceptions: readonly NumberException[];
  /** Collects the exceptions that were needed. */
  used: Set<NumberException>;
}

/**
 * The emergency-only countries, from the shared table. Each row becomes a country with its
 * emergency numbers and no lines of its own (the view shows the international directories).
 */
export function readEmergencyTable(
  fullPath: string,
  file: string,
  withFile: ReadonlySet<string>,
  options: TableOptions,
): HelplineCountry[] {
  const result = v.safeParse(EmergencyTableSchema, parseYaml(readFileSync(fullPath, 'utf8'), file));
  if (!result.success) throw issueError(file, result.issues);
  const table = result.output;
  const fail = (where: string, reason: string): never => {
    throw new ContentError(file, reason, where);
  };

  const provenance = {
    source: table.source,
    checked: table.checked,
    confidence: table.confidence,
    verify: table.verify,
  };
  const low = { ...provenance, confidence: 'Low' as const, verify: table.unconfirmed.reason };
  const rows: [string, string, { tel: string; for: EmergencyFor }[], typeof provenance][] = [
    ...Object.entries(table.countries).map(([id, numbers]) => [`countries.${id}`, id, numbers, provenance] as const),
    ...Object.entries(table.unconfirmed.countries).map(
      ([id, numbers]) => [`unconfirmed.countries.${id}`, id, numbers, low] as const,
    ),
    ...Object.keys(table.withoutNumber).map((id) => [`withoutNumber.${id}`, id, [], provenance] as const),
  ].map(([where, id, numbers, entry]) => [where, id, [...numbers], entry]);

  // A country has one place in the table, except that a row under `countries` may have a row
  // under `unconfirmed` too: numbers the library accepts (Medium) and numbers Android's list
  // adds that the library does not know (Low, hidden by default). Its Medium numbers come first.
  const byId = new Map<string, { country: HelplineCountry; where: string }>();
  for (const [where, id, numbers, entry] of rows) {
    const countryId = COUNTRY_IDS.find((known) => known === id);
    if (!countryId || countryId === 'other') fail(where, `"${id}" is not a country id in content/helplines/locale.ts`);
    if (withFile.has(id)) fail(where, `"${id}" has its own file (${id}.yaml): keep its emergency numbers there`);
    if (entry.checked > options.today) fail('checked', `is in the future (${entry.checked})`);
    const unconfirmed = where.startsWith('unconfirmed.');
    const earlier = byId.get(id);
    if (earlier && !(unconfirmed && earlier.where.startsWith('countries.'))) {
      fail(where, `"${id}" is listed twice (also under ${earlier.where})`);
    }
    const emergency = numbers.map((number, i) => {
      if (unconfirmed) {
        // Kept, graded Low and hidden by default, precisely because the library disagrees.
        if (!libraryProblem(id, number.tel, 'emergency')) {
          fail(`${where}[${i}].tel`, `google-libphonenumber accepts "${number.tel}": move it to countries`);
        }
      } else {
        const problem = numberProblem(
          id,
          { display: number.tel, tel: number.tel },
          'emergency',
          options.exceptions,
          options.used,
        );
        if (problem) fail(`${where}[${i}].tel`, problem.reason);
      }
      return { display: number.tel, tel: number.tel, label: LABELS[number.for], ...entry };
    });
    if (earlier) earlier.country.emergency.push(...emergency);
    else byId.set(id, { country: { id: countryId as CountryId, emergency, lines: [] }, where });
  }
  return [...byId.values()].map(({ country }) => country);
}
