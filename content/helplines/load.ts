/**
 * Build-time loader for content/helplines/*.yaml (Node only; the UI imports the JSON the build
 * writes from the result). Every problem stops the build with a ContentError naming the file,
 * the place (e.g. `lines[2].phone.tel`) and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { ContentError } from '../errors';
import { libraryProblem, type NumberException, type NumberKind, numberProblem } from './numbers';
import {
  COUNTRY_IDS,
  type CountryId,
  type EmergencyFor,
  EmergencyTableSchema,
  ExceptionsSchema,
  type HelplineCountry,
  HelplineCountrySchema,
} from './schema';

/** The shared table of emergency numbers, and the list of numbers the library does not know. */
export const TABLE_FILE = 'emergency.yaml';
export const EXCEPTIONS_FILE = 'exceptions.yaml';

/** The label an emergency number gets from its `for` in the table. */
const LABELS: Readonly<Record<EmergencyFor, string>> = {
  all: 'Police, ambulance, fire',
  police: 'Police',
  ambulance: 'Ambulance',
  fire: 'Fire',
  'police-ambulance': 'Police, ambulance',
  'police-fire': 'Police, fire',
  'ambulance-fire': 'Ambulance, fire',
};

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL resolves against localhost.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ValidateOptions {
  /** "Today" for the no-future-dates rule; a Date or YYYY-MM-DD. Defaults to now. */
  today?: Date | string;
  /** Numbers google-libphonenumber does not know but a source confirms (exceptions.yaml). */
  exceptions?: readonly NumberException[];
  /** Collects the exceptions that were needed. */
  used?: Set<NumberException>;
}

/**
 * Reads, validates and cross-checks the directory: one file per country with specialist lines,
 * the shared emergency table for every other country, and other.yaml. Sorted by id, `other` last
 * (the UI sorts by the name it shows, in the reader's language).
 */
export function loadHelplines(dir: string, options: ValidateOptions = {}): HelplineCountry[] {
  const today = latestToday(options.today);
  const exceptionsFile = displayPath(path.join(dir, EXCEPTIONS_FILE));
  const exceptions = readExceptions(path.join(dir, EXCEPTIONS_FILE), exceptionsFile);
  const used = new Set<NumberException>();

  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== TABLE_FILE && name !== EXCEPTIONS_FILE)
    .sort();
  const countries = files.map((name) => {
    const fullPath = path.join(dir, name);
    const file = displayPath(fullPath);
    return validateHelplineCountry(parseYaml(readFileSync(fullPath, 'utf8'), file), file, {
      today,
      exceptions,
      used,
    });
  });

  const withFile = new Set(countries.map((country) => country.id));
  const tablePath = path.join(dir, TABLE_FILE);
  countries.push(...readEmergencyTable(tablePath, displayPath(tablePath), withFile, { today, exceptions, used }));

  const present = new Set(countries.map((country) => country.id));
  for (const id of COUNTRY_IDS) {
    if (!present.has(id)) {
      throw new ContentError(
        displayPath(tablePath),
        `country "${id}" is missing: give it a file (${id}.yaml), a row under countries or unconfirmed, or a line under withoutNumber`,
      );
    }
  }

  const seen = new Map<string, string>();
  countries.forEach((country, index) => {
    const file = displayPath(path.join(dir, files[index] ?? TABLE_FILE));
    country.lines.forEach((line, i) => {
      const other = seen.get(line.id);
      if (other) {
        throw new ContentError(file, `id "${line.id}" is already used in ${other}`, `lines[${i}].id`);
      }
      seen.set(line.id, file);
    });
  });

  exceptions.forEach((exception, i) => {
    if (!used.has(exception)) {
      throw new ContentError(
        exceptionsFile,
        `${exception.country} "${exception.tel}" is not needed: no entry uses it, or google-libphonenumber now accepts it. Remove it`,
        `[${i}]`,
      );
    }
  });

  // Country ids are two-letter codes: their order is the same in every language, so it takes no locale
  // (the UI sorts the names, in the reader's language).
  return countries.sort((a, b) => Number(a.id === 'other') - Number(b.id === 'other') || byCode(a.id, b.id));
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function readExceptions(fullPath: string, file: string): NumberException[] {
  const result = v.safeParse(ExceptionsSchema, parseYaml(readFileSync(fullPath, 'utf8'), file));
  if (!result.success) throw issueError(file, result.issues);
  return result.output;
}

/**
 * The emergency-only countries, from the shared table. Each row becomes a country with its
 * emergency numbers and no lines of its own (the view shows the international directories).
 */
function readEmergencyTable(
  fullPath: string,
  file: string,
  withFile: ReadonlySet<string>,
  options: Required<Pick<ValidateOptions, 'today' | 'exceptions' | 'used'>>,
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
/**
 * Validates one parsed file. `file` is the path shown in errors (relative to the repository,
 * e.g. content/helplines/gb.yaml); its base name must equal the country id.
 */
export function validateHelplineCountry(data: unknown, file: string, options: ValidateOptions = {}): HelplineCountry {
  const result = v.safeParse(HelplineCountrySchema, data);
  if (!result.success) throw issueError(file, result.issues);
  checkCountry(result.output, file, latestToday(options.today), options.exceptions ?? [], options.used);
  return result.output;
}

function issueError(file: string, issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): ContentError {
  const [issue] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return new ContentError(file, `${issue.message}${more}`, formatPath(issue.path) || undefined);
}

/** The rules that relate fields to each other or to the file. */
function checkCountry(
  country: HelplineCountry,
  file: string,
  today: string,
  exceptions: readonly NumberException[],
  used: Set<NumberException> | undefined,
): void {
  const fail = (where: string, reason: string): never => {
    throw new ContentError(file, reason, where);
  };

  const expectedId = path.basename(file, '.yaml');
  if (country.id !== expectedId) {
    fail('id', `must equal the file name "${expectedId}" (got "${country.id}")`);
  }

  const areaIds = new Set<string>();
  country.areas?.forEach((area, i) => {
    if (areaIds.has(area.id)) fail(`areas[${i}].id`, `area "${area.id}" is listed twice`);
    areaIds.add(area.id);
  });

  if (country.id === 'other') {
    if (country.emergency.length > 0) {
      fail('emergency', 'must be empty: other.yaml covers many countries, so it has no numbers');
    }
  } else {
    if (country.emergency.length === 0) fail('emergency', 'needs at least one emergency number');
    if (country.lines.length === 0 && !country.note) {
      fail('lines', 'needs at least one helpline, or a note saying why there is none');
    }
  }

  const checkProvenance = (entry: { checked: string; confidence: string; verify?: string }, where: string) => {
    if (entry.checked > today) fail(`${where}.checked`, `is in the future (${entry.checked})`);
    if (entry.confidence !== 'High' && !entry.verify) {
      fail(`${where}.verify`, `is required when confidence is ${entry.confidence}: say what to check, and where`);
    }
  };
  const checkNumber = (number: { display: string; tel: string } | undefined, where: string, kind: NumberKind) => {
    if (!number) return;
    if (country.id === 'other') fail(where, 'other.yaml covers many countries, so it cannot hold phone numbers');
    const problem = numberProblem(country.id, number, kind, exceptions, used);
    if (problem) fail(`${where}.${problem.where}`, problem.reason);
  };

  country.emergency.forEach((entry, i) => {
    const where = `emergency[${i}]`;
    checkNumber(entry, where, 'emergency');
    checkProvenance(entry, where);
  });

  const lineIds = new Set<string>();
  country.lines.forEach((line, i) => {
    const where = `lines[${i}]`;
    if (lineIds.has(line.id)) fail(`${where}.id`, `id "${line.id}" is used twice in this file`);
    lineIds.add(line.id);

    line.areas?.forEach((area, j) => {
      if (!areaIds.has(area)) {
        const known = [...areaIds].join(', ') || 'none';
        fail(`${where}.areas[${j}]`, `unknown area "${area}" (areas in this file: ${known})`);
      }
    });

    if (!line.phone && !line.textLine && !line.whatsapp && !line.chat && !line.website && !line.email) {
      fail(where, 'needs a way to get in touch: phone, textLine, whatsapp, chat, website or email');
    }
    checkNumber(line.phone, `${where}.phone`, 'phone');
    line.otherPhones?.forEach((phone, j) => {
      checkNumber(phone, `${where}.otherPhones[${j}]`, 'phone');
    });
    checkNumber(line.textLine, `${where}.textLine`, 'text');
    checkNumber(line.whatsapp, `${where}.whatsapp`, 'whatsapp');
    checkProvenance(line, where);
  });
}

function parseYaml(source: string, file: string): unknown {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const pos = error.linePos?.[0];
    // With prettyErrors the message ends " at line L, column C:" and a code frame; keep the words.
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '');
    throw new ContentError(
      file,
      `is not valid YAML: ${reason}`,
      pos ? `line ${pos.line}, column ${pos.col}` : undefined,
    );
  }
  return doc.toJS();
}

/** `lines[2].phone.tel` from a valibot issue path. */
function formatPath(issuePath: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const { key } of issuePath ?? []) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The path shown in errors: relative to the repository when the file is inside it. */
function displayPath(fullPath: string): string {
  const relative = path.relative(REPO_ROOT, fullPath);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? fullPath : relative;
  return shown.split(path.sep).join('/');
}

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), so that an entry checked "today"
 * in New Zealand does not fail on a build server still on yesterday's date.
 */
function latestToday(today: Date | string = new Date()): string {
  if (typeof today === 'string') return today;
  return new Date(today.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
