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
import { COUNTRY_IDS, type CountryId, type HelplineCountry, HelplineCountrySchema } from './schema';

/**
 * How numbers are written in each country: the calling code, the trunk prefix dialled before a
 * national number at home (none in Spain; in North America the "1" is the calling code itself),
 * and numbers that only work when dialled in national form (Australian and Irish 1800/1300
 * numbers cannot be dialled as +61 1800… or +353 1800…), which may therefore be a tel as they are.
 */
const DIALLING: Readonly<Record<Exclude<CountryId, 'other'>, { code: string; trunk: string; nationalOnly?: RegExp }>> =
  {
    us: { code: '1', trunk: '1' },
    ca: { code: '1', trunk: '1' },
    gb: { code: '44', trunk: '0' },
    ie: { code: '353', trunk: '0', nationalOnly: /^1800[0-9]{6}$/ },
    au: { code: '61', trunk: '0', nationalOnly: /^1[38]00[0-9]{6}$/ },
    nz: { code: '64', trunk: '0' },
    in: { code: '91', trunk: '0' },
    za: { code: '27', trunk: '0' },
    de: { code: '49', trunk: '0' },
    fr: { code: '33', trunk: '0' },
    es: { code: '34', trunk: '' },
  };

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL resolves against localhost.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ValidateOptions {
  /** "Today" for the no-future-dates rule; a Date or YYYY-MM-DD. Defaults to now. */
  today?: Date | string;
}

/** Reads, validates and cross-checks every *.yaml in dir; sorted by name, `other` last. */
export function loadHelplines(dir: string, options: ValidateOptions = {}): HelplineCountry[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const countries = files.map((name) => {
    const fullPath = path.join(dir, name);
    const file = displayPath(fullPath);
    return validateHelplineCountry(parseYaml(readFileSync(fullPath, 'utf8'), file), file, options);
  });

  const present = new Set(countries.map((country) => country.id));
  for (const id of COUNTRY_IDS) {
    if (!present.has(id)) {
      throw new ContentError(displayPath(path.join(dir, `${id}.yaml`)), 'file is missing');
    }
  }

  const seen = new Map<string, string>();
  countries.forEach((country, index) => {
    const file = displayPath(path.join(dir, files[index] ?? ''));
    country.lines.forEach((line, i) => {
      const other = seen.get(line.id);
      if (other) {
        throw new ContentError(file, `id "${line.id}" is already used in ${other}`, `lines[${i}].id`);
      }
      seen.set(line.id, file);
    });
  });

  return countries.sort(
    (a, b) => Number(a.id === 'other') - Number(b.id === 'other') || a.name.localeCompare(b.name, 'en'),
  );
}

/**
 * Validates one parsed file. `file` is the path shown in errors (relative to the repository,
 * e.g. content/helplines/gb.yaml); its base name must equal the country id.
 */
export function validateHelplineCountry(data: unknown, file: string, options: ValidateOptions = {}): HelplineCountry {
  const result = v.safeParse(HelplineCountrySchema, data);
  if (!result.success) {
    const [issue] = result.issues;
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
    throw new ContentError(file, `${issue.message}${more}`, formatPath(issue.path) || undefined);
  }
  checkCountry(result.output, file, latestToday(options.today));
  return result.output;
}

/** The rules that relate fields to each other or to the file. */
function checkCountry(country: HelplineCountry, file: string, today: string): void {
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
    if (country.lines.length === 0) fail('lines', 'needs at least one helpline');
  }

  const checkProvenance = (entry: { checked: string; confidence: string; verify?: string }, where: string) => {
    if (entry.checked > today) fail(`${where}.checked`, `is in the future (${entry.checked})`);
    if (entry.confidence !== 'High' && !entry.verify) {
      fail(`${where}.verify`, `is required when confidence is ${entry.confidence}: say what to check, and where`);
    }
  };
  const checkNumber = (number: { display: string; tel: string } | undefined, where: string): void => {
    if (number) checkPhone(country.id, number, where, fail);
  };

  country.emergency.forEach((entry, i) => {
    const where = `emergency[${i}]`;
    checkNumber(entry, where);
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
    checkNumber(line.phone, `${where}.phone`);
    line.otherPhones?.forEach((phone, j) => {
      checkNumber(phone, `${where}.otherPhones[${j}]`);
    });
    checkNumber(line.textLine, `${where}.textLine`);
    checkNumber(line.whatsapp, `${where}.whatsapp`);
    checkProvenance(line, where);
  });
}

/**
 * `tel` must be the country's +CC form, a 2–6 digit short code, or a national-only number
 * (DIALLING.nationalOnly). `display` must hold the same digits: for +CC tels, the digits after
 * the calling code (N) may be written as CC+N, trunk+N or N; otherwise exactly the tel's digits.
 */
function checkPhone(
  countryId: CountryId,
  { display, tel }: { display: string; tel: string },
  where: string,
  fail: (where: string, reason: string) => never,
): void {
  if (countryId === 'other') {
    fail(where, 'other.yaml covers many countries, so it cannot hold phone numbers');
    return;
  }
  const plan = DIALLING[countryId];
  let accepted: string[];
  if (tel.startsWith('+')) {
    if (!tel.startsWith(`+${plan.code}`)) {
      fail(`${where}.tel`, `must start with +${plan.code}, the calling code for ${countryId} (got "${tel}")`);
    }
    const national = tel.slice(1 + plan.code.length);
    if (national.length < 4) {
      fail(`${where}.tel`, `is too short after the calling code +${plan.code} (got "${tel}")`);
    }
    accepted = [plan.code + national, plan.trunk + national, national];
  } else {
    const isShortCode = tel.length >= 2 && tel.length <= 6;
    if (!isShortCode && !plan.nationalOnly?.test(tel)) {
      fail(
        `${where}.tel`,
        `a number without + must be a short code of 2 to 6 digits; write longer numbers with the calling code, e.g. +${plan.code}… (got "${tel}")`,
      );
    }
    accepted = [tel];
  }
  const digits = display.replace(/[^0-9]/g, '');
  if (!accepted.includes(digits)) {
    fail(
      `${where}.display`,
      `"${display}" is not the same number as tel "${tel}" (expected the digits ${[...new Set(accepted)].join(' or ')})`,
    );
  }
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
