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
import {
  COUNTRY_IDS,
  type Confidence,
  type CountryId,
  type EmergencyFor,
  EmergencyTableSchema,
  type HelplineCountry,
} from './schema';

/** A number as the table gives it. */
type TableNumber = {
  tel: string;
  for: EmergencyFor;
  source?: string;
  checked?: string;
  confidence?: Confidence;
  verify?: string;
  note?: string;
  label?: string;
  display?: string;
};

/** Where a number came from, how sure we are, and what to check next. */
interface Provenance {
  source: string;
  checked: string;
  confidence: Confidence;
  verify?: string;
}

/** The shared table of emergency numbers. */
export const TABLE_FILE = 'emergency.yaml';

/** The label an emergency number gets from its `for` in the table. */
/**
 * The label of a number whose only source is Android's list: what the list says, hedged. Its
 * categories are how phones route the call, not what the number answers (a review found three of
 * 25 wrong), so a caller can still tell the numbers apart without being told a fact about them.
 */
export const ROUTED_LABELS: Readonly<Record<EmergencyFor, string>> = {
  all: 'Emergency number (phones route it as: police, ambulance, fire)',
  police: 'Emergency number (phones route it as: police)',
  ambulance: 'Emergency number (phones route it as: ambulance)',
  fire: 'Emergency number (phones route it as: fire)',
  'police-ambulance': 'Emergency number (phones route it as: police, ambulance)',
  'police-fire': 'Emergency number (phones route it as: police, fire)',
  'ambulance-fire': 'Emergency number (phones route it as: ambulance, fire)',
};

/** The label of a number whose own source names the services that answer it. */
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

  const tableProvenance: Provenance = {
    source: table.source,
    checked: table.checked,
    confidence: table.confidence,
    verify: table.verify,
  };
  const low: Provenance = { ...tableProvenance, confidence: 'Low', verify: table.unconfirmed.reason };
  const rows: [string, string, TableNumber[]][] = [
    ...Object.entries(table.countries).map(([id, numbers]) => [`countries.${id}`, id, numbers] as const),
    ...Object.entries(table.unconfirmed.countries).map(
      ([id, numbers]) => [`unconfirmed.countries.${id}`, id, numbers] as const,
    ),
    ...Object.keys(table.withoutNumber).map((id) => [`withoutNumber.${id}`, id, []] as const),
  ].map(([where, id, numbers]) => [where, id, [...numbers]]);

  if (table.checked > options.today) fail('checked', `is in the future (${table.checked})`);

  /**
   * Where a number came from: the table's source, unless the number names its own page (then its
   * date and grade too, and what to verify unless High). An unconfirmed number is Low, from the
   * table's source; its `verify`, if any, says what to check for it.
   */
  const provenanceOf = (number: TableNumber, where: string, unconfirmed: boolean): Provenance => {
    if (unconfirmed) return number.verify ? { ...low, verify: number.verify } : low;
    const own = [number.source, number.checked, number.confidence];
    if (own.every((field) => field === undefined)) {
      if (number.verify) {
        fail(
          `${where}.verify`,
          'belongs with a source of its own: give the number source, checked and confidence, or leave verify to the table',
        );
      }
      return tableProvenance;
    }
    if (!number.source) fail(`${where}.source`, 'is required when the number has its own checked or confidence');
    if (!number.checked) fail(`${where}.checked`, 'is required when the number has its own source');
    if (!number.confidence) fail(`${where}.confidence`, 'is required when the number has its own source');
    const provenance = {
      source: number.source,
      checked: number.checked,
      confidence: number.confidence,
      verify: number.verify,
    } as Provenance;
    if (provenance.checked > options.today) fail(`${where}.checked`, `is in the future (${provenance.checked})`);
    if (provenance.confidence !== 'High' && !provenance.verify) {
      fail(`${where}.verify`, `is required when confidence is ${provenance.confidence}: say what to check, and where`);
    }
    return provenance;
  };

  // A country has one place in the table, except that a row under `countries` may have a row
  // under `unconfirmed` too: numbers the library accepts (Medium) and numbers Android's list
  // adds that the library does not know (Low, hidden by default). Its Medium numbers come first.
  const byId = new Map<string, { country: HelplineCountry; where: string }>();
  for (const [where, id, numbers] of rows) {
    const countryId = COUNTRY_IDS.find((known) => known === id);
    if (!countryId || countryId === 'other') fail(where, `"${id}" is not a country id in content/helplines/locale.ts`);
    if (withFile.has(id)) fail(where, `"${id}" has its own file (${id}.yaml): keep its emergency numbers there`);
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
          { display: number.display ?? number.tel, tel: number.tel },
          'emergency',
          options.exceptions,
          options.used,
        );
        if (problem) fail(`${where}[${i}].tel`, problem.reason);
      }
      const provenance = provenanceOf(number, `${where}[${i}]`, unconfirmed);
      // A label names services only when a page other than Android's list names them.
      const ownSource = provenance.source !== table.source;
      if (!ownSource && (number.label || number.display)) {
        fail(`${where}[${i}]`, 'a label or display of its own belongs with a source of its own');
      }
      return {
        display: number.display ?? number.tel,
        tel: number.tel,
        label: number.label ?? (ownSource ? LABELS : ROUTED_LABELS)[number.for],
        ...(number.note ? { note: number.note } : {}),
        source: provenance.source,
        checked: provenance.checked,
        confidence: provenance.confidence,
        ...(provenance.verify ? { verify: provenance.verify } : {}),
      };
    });
    const without = table.withoutNumber[id];
    const note = typeof without === 'object' ? { note: without.note } : {};
    if (earlier) earlier.country.emergency.push(...emergency);
    else byId.set(id, { country: { id: countryId as CountryId, ...note, emergency, lines: [] }, where });
  }
  return [...byId.values()].map(({ country }) => country);
}
