/**
 * Build-time loader for content/facts/<country>.yaml (Node only; the UI gets the JSON the build
 * writes, one module per language). Every problem stops the build with a ContentError naming the
 * file, the place (`facts.ageOfConsent.text.es`) and the reason. The format is in schema.ts and in
 * the README ("Country facts").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ContentError } from '../errors';
import { displayPath, latestToday, parseYaml } from '../helplines/files';
import { COUNTRY_IDS } from '../helplines/locale';
import { factsFileSchema, factValueSchema, nationsSchema } from './schema';
import {
  type CountryFact,
  FACT_IDS,
  type FactId,
  type FactsByCountry,
  type FactValue,
  NATION_IDS,
  NATIONS_COUNTRY,
} from './types';

export interface FactsOptions {
  /** The languages the guide speaks (content/locales/): every text needs each of them. */
  languages: readonly string[];
  /** "Today" for the no-future-dates rule; a Date or YYYY-MM-DD. Defaults to now. */
  today?: Date | string;
  /** The country's emergency and helpline numbers, which no fact's text may hold. */
  phoneNumbers?: (country: string) => readonly string[];
}

type Text = Record<string, string>;
interface SourceValue {
  text: Text;
  source: string;
  moreSources?: string[];
  checked: string;
  confidence: 'High' | 'Medium' | 'Low';
  verify?: string;
}
interface RawValue extends SourceValue {
  varies?: SourceValue;
}
/** A checked file, still in every language, with Low values and `verify` notes. */
export interface FactsSource {
  id: string;
  facts: Partial<Record<FactId, { value: RawValue } | { nations: Partial<Record<string, RawValue>> }>>;
}

/** Reads and checks every file in `dir`, and returns per language what the UI gets. */
export function loadFacts(dir: string, options: FactsOptions): Record<string, FactsByCountry> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const sources = files.map((name) => {
    const file = displayPath(path.join(dir, name));
    return validateFacts(parseYaml(readFileSync(path.join(dir, name), 'utf8'), file), file, options);
  });
  return Object.fromEntries(options.languages.map((language) => [language, factsIn(sources, language)]));
}

/** What ships in one language: each value's sentence in it; Low values and `verify` stay behind. */
export function factsIn(sources: readonly FactsSource[], language: string): FactsByCountry {
  const shipped = (raw: RawValue | undefined): FactValue | undefined => {
    if (!raw || raw.confidence === 'Low') return undefined;
    const { varies } = raw;
    return {
      text: raw.text[language] ?? '',
      source: raw.source,
      ...(raw.moreSources && { moreSources: raw.moreSources }),
      checked: raw.checked,
      confidence: raw.confidence,
      ...(varies &&
        varies.confidence !== 'Low' && {
          varies: {
            text: varies.text[language] ?? '',
            source: varies.source,
            ...(varies.moreSources && { moreSources: varies.moreSources }),
            checked: varies.checked,
            confidence: varies.confidence,
          },
        }),
    };
  };
  return Object.fromEntries(
    sources.map(({ id, facts }) => {
      const country: Partial<Record<FactId, CountryFact>> = {};
      for (const factId of FACT_IDS) {
        const fact = facts[factId];
        if (!fact) continue;
        if ('value' in fact) {
          const value = shipped(fact.value);
          if (value) country[factId] = { value };
          continue;
        }
        const nations = NATION_IDS.flatMap((nation) => {
          const value = shipped(fact.nations[nation]);
          return value ? [{ nation, value }] : [];
        });
        if (nations.length > 0) country[factId] = { nations };
      }
      return [id, country];
    }),
  );
}

/**
 * Checks one parsed file. `file` is the path shown in errors; its base name must be a country id
 * of the helplines directory (not `other`), and the file's `id`.
 */
export function validateFacts(data: unknown, file: string, options: FactsOptions): FactsSource {
  const fail = (where: string | undefined, reason: string): never => {
    throw new ContentError(file, reason, where);
  };
  const expected = path.basename(file, '.yaml');
  if (!COUNTRY_IDS.some((id) => id === expected) || expected === 'other') {
    fail(undefined, `unknown country "${expected}": name the file with a country id of the helplines (es.yaml)`);
  }
  const parsed = parse(factsFileSchema, data, '', fail);
  if (parsed.id !== expected) fail('id', `must equal the file name "${expected}" (got "${parsed.id}")`);

  const today = latestToday(options.today);
  const numbers = (options.phoneNumbers?.(expected) ?? []).map(digits).filter((n) => n.length >= 3);
  const checkValue = (value: RawValue, where: string) => {
    for (const [part, entry] of [['', value] as const, ...(value.varies ? [['.varies', value.varies] as const] : [])]) {
      if (entry.checked > today) fail(`${where}${part}.checked`, `is in the future (${entry.checked})`);
      if (entry.confidence !== 'High' && !entry.verify) {
        fail(
          `${where}${part}.verify`,
          `is required when confidence is ${entry.confidence}: say what to check, and where`,
        );
      }
      for (const [language, sentence] of Object.entries(entry.text)) {
        const number = numberIn(sentence, numbers);
        if (number) {
          fail(
            `${where}${part}.text.${language}`,
            `holds the helpline number ${number}: numbers live in the helplines data; say "a helpline" instead`,
          );
        }
      }
    }
  };

  const facts: FactsSource['facts'] = {};
  const entries = Object.entries(parsed.facts).filter(([, raw]) => raw !== undefined);
  if (entries.length === 0) fail('facts', 'needs at least one fact');
  for (const [factId, raw] of entries) {
    const where = `facts.${factId}`;
    const id = factId as FactId;
    if (raw !== null && typeof raw === 'object' && 'nations' in raw) {
      if (expected !== NATIONS_COUNTRY) {
        fail(`${where}.nations`, `only ${NATIONS_COUNTRY}.yaml may split a fact by nation: give one value`);
      }
      const { nations } = parse(nationsSchema(options.languages), raw, where, fail);
      const given = Object.entries(nations).filter(([, value]) => value !== undefined);
      if (given.length === 0) fail(`${where}.nations`, 'needs at least one nation');
      for (const [nation, value] of given) checkValue(value as RawValue, `${where}.nations.${nation}`);
      facts[id] = { nations: nations as Partial<Record<string, RawValue>> };
    } else {
      const value = parse(factValueSchema(options.languages), raw, where, fail) as RawValue;
      checkValue(value, where);
      facts[id] = { value };
    }
  }
  return { id: expected, facts };
}

function parse<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  prefix: string,
  fail: (where: string | undefined, reason: string) => never,
): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
  const place = [prefix, ...(issue.path ?? []).map(({ key }) => String(key))].filter(Boolean).join('.');
  return fail(place || undefined, `${issue.message}${more}`);
}

const digits = (number: string): string => number.replace(/\D/g, '');

/** A helpline number written in the sentence as a number of its own ("call 016"), if any. */
function numberIn(sentence: string, numbers: readonly string[]): string | undefined {
  const written = sentence.match(/\d[\d\s.-]*\d|\d/g) ?? [];
  return written.map(digits).find((found) => numbers.includes(found));
}
