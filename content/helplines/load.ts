/**
 * Build-time loader for content/helplines/*.yaml (Node only; the UI imports the JSON the build
 * writes from the result), in English or in any language with a translations file
 * (translations.ts). Every problem stops the build with a ContentError naming the file, the place
 * (e.g. `lines[2].phone.tel`) and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ContentError } from '../errors';
import { LABELS, ROUTED_LABELS, readEmergencyTable, TABLE_FILE } from './emergencyTable';
import { httpsUrl, strict, text } from './fields';
import { displayPath, issueError, latestToday, parseYaml } from './files';
import { type NumberException, type NumberKind, numberProblem } from './numbers';
import { checkSchedules } from './schedule';
import { COUNTRY_IDS, type HelplineCountry, HelplineCountrySchema, PhoneNumberSchema } from './schema';
import { helplineLanguages, mapTexts, readTranslations, SOURCE_LANGUAGE, translateCountries } from './translations';

export { helplineLanguages, SOURCE_LANGUAGE, TABLE_FILE };
/** The list of numbers google-libphonenumber does not know, each with a source. */
export const EXCEPTIONS_FILE = 'exceptions.yaml';

export interface ValidateOptions {
  /** "Today" for the no-future-dates rule; a Date or YYYY-MM-DD. Defaults to now. */
  today?: Date | string;
  /** Numbers google-libphonenumber does not know but a source confirms (exceptions.yaml). */
  exceptions?: readonly NumberException[];
  /** Collects the exceptions that were needed. */
  used?: Set<NumberException>;
}

export interface LoadOptions extends ValidateOptions {
  /** The language of the text: `en` (the default, the data as written) or one with a translations file. */
  language?: string;
}

/**
 * Reads, validates and cross-checks the directory: one file per country with specialist lines,
 * the shared emergency table for every other country, and other.yaml; then, for a language other
 * than English, checks its translations file and translates every text a reader sees. Sorted by
 * id, `other` last (the UI sorts by the name it shows, in the reader's language).
 */
export function loadHelplines(dir: string, options: LoadOptions = {}): HelplineCountry[] {
  const language = options.language ?? SOURCE_LANGUAGE;
  const { countries, uses } = loadSource(dir, options);
  if (language === SOURCE_LANGUAGE) return countries;
  return translateCountries(countries, readTranslations(dir, language, uses));
}

/**
 * The directory in every language helplineLanguages() lists, read and checked once: the build
 * uses it so that a missing or stale translation fails it.
 */
export function loadHelplinesByLanguage(dir: string, options: ValidateOptions = {}): Record<string, HelplineCountry[]> {
  const { countries, uses } = loadSource(dir, options);
  return Object.fromEntries(
    helplineLanguages(dir).map((language) => [
      language,
      language === SOURCE_LANGUAGE ? countries : translateCountries(countries, readTranslations(dir, language, uses)),
    ]),
  );
}

/** The data in English, and every text a reader sees with one place it is used (`gb.yaml lines[2].hours`). */
function loadSource(dir: string, options: ValidateOptions) {
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

  const uses = new Map<string, string>();
  countries.forEach((country, index) => {
    const file = files[index] ?? `${TABLE_FILE} ${country.id}:`;
    mapTexts(country, (english, where) => {
      if (!uses.has(english)) uses.set(english, `${file} ${where}`);
      return english;
    });
  });
  for (const [key, label] of [...Object.entries(LABELS), ...Object.entries(ROUTED_LABELS)]) {
    if (!uses.has(label)) uses.set(label, `${TABLE_FILE}, the label of \`for: ${key}\``);
  }

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
  countries.sort((a, b) => Number(a.id === 'other') - Number(b.id === 'other') || byCode(a.id, b.id));
  return { countries, uses };
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** content/helplines/exceptions.yaml: numbers google-libphonenumber does not know, with a source. */
const ExceptionsSchema = v.array(
  strict({
    country: text(),
    tel: PhoneNumberSchema.entries.tel,
    source: httpsUrl,
    reason: text(),
  }),
  'must be a list of exceptions',
);

function readExceptions(fullPath: string, file: string): NumberException[] {
  const result = v.safeParse(ExceptionsSchema, parseYaml(readFileSync(fullPath, 'utf8'), file));
  if (!result.success) throw issueError(file, result.issues);
  return result.output;
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
    if (country.cantTalk) fail('cantTalk', 'must be left out: other.yaml covers many countries');
  } else {
    if (country.emergency.length === 0) fail('emergency', 'needs at least one emergency number');
    if (!country.cantTalk) {
      fail(
        'cantTalk',
        "is required: the ways to reach help here without speaking aloud, other than a line's text, chat or WhatsApp ([] when none was found)",
      );
    }
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

  country.cantTalk?.forEach((entry, i) => {
    const where = `cantTalk[${i}]`;
    checkNumber(entry.phone, `${where}.phone`, 'phone');
    checkNumber(entry.textLine, `${where}.textLine`, 'text');
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

    if (!line.phone && !line.dial && !line.textLine && !line.whatsapp && !line.chat && !line.website && !line.email) {
      fail(where, 'needs a way to get in touch: phone, dial, textLine, whatsapp, chat, website or email');
    }
    checkNumber(line.phone, `${where}.phone`, 'phone');
    line.otherPhones?.forEach((phone, j) => {
      checkNumber(phone, `${where}.otherPhones[${j}]`, 'phone');
    });
    checkNumber(line.textLine, `${where}.textLine`, 'text');
    checkNumber(line.whatsapp, `${where}.whatsapp`, 'whatsapp');
    checkProvenance(line, where);
    checkSchedules(line, country.id, where, fail);

    const languages = new Map<string, string>();
    line.languageOptions?.forEach((option, j) => {
      const at = `${where}.languageOptions[${j}]`;
      const language = option.language.split('-')[0] ?? option.language;
      const other = languages.get(language);
      if (other) {
        fail(
          `${at}.language`,
          `${language} already has an option (${other}): give each language one, with every way in`,
        );
      }
      languages.set(language, at);
      checkNumber(option.phone, `${at}.phone`, 'phone');
      checkNumber(option.textLine, `${at}.textLine`, 'text');
      checkNumber(option.whatsapp, `${at}.whatsapp`, 'whatsapp');
      checkProvenance(option, at);
    });
  });
}
