/**
 * The shape of a country facts file, `content/facts/<country id>.yaml` (build time only). Each
 * field is checked on its own here; what relates fields to each other or to other files (id = file
 * name, a known country, nations only for the UK, `verify` unless High, no date in the future, no
 * helpline number in a text) is in load.ts.
 *
 * ```yaml
 * id: es
 * facts:
 *   ageOfConsent:                    # a fact id (FACT_IDS)
 *     text:                          # one sentence or two per language the guide speaks
 *       en: In Spain, the age of consent is 16.
 *       es: En España, la edad de consentimiento sexual es de 16 años.
 *     source: https://www.boe.es/…   # the page it was checked on (https only)
 *     moreSources: [https://…]       # optional, 1 to 3: pages for the parts the source does not cover
 *     checked: 2026-12-07            # YYYY-MM-DD
 *     confidence: High               # High | Medium | Low (Low does not ship)
 *     verify: …                      # required unless High: what to check next, and where
 *     varies:                        # optional: the fact differs inside the country
 *       text: { en: …, es: … }       # the range ("from 12 to 18, by state")
 *       source: https://…            # with its own page, date and grade
 *       checked: 2026-12-07
 *       confidence: Medium
 *       verify: …
 *   forcedMarriage:                  # in gb.yaml only: one value per nation where the law splits
 *     nations:
 *       england-wales: { text: { en: …, es: … }, source: …, checked: …, confidence: … }
 *       scotland: { … }
 *       northern-ireland: { … }
 * ```
 */
import * as v from 'valibot';
import { CONFIDENCE_LEVELS, httpsUrl, isoDate, text } from '../helplines/fields';
import { FACT_IDS, NATION_IDS } from './types';

/** Markup a reader-facing sentence must not hold: it is shown as plain text. */
const MARKUP = /[<>*_`[\]#|\\]/;
/** A web address: links live in `source`, never in the sentence. */
const ADDRESS = /https?:|www\.|\.(?:com|org|gov|es|mx|uk)\b/i;
/** A phone number: a + before a digit, or six digits or more in a row (spaces, dots, dashes between). */
export const LONG_NUMBER = /\+\s*\d|\d(?:[\s.\-/()]?\d){5,}/;
export const MAX_TEXT = 400;

const sentence = v.pipe(
  text(),
  v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters: one or two plain sentences`),
  v.check((value) => !MARKUP.test(value), 'must be plain text (no Markdown or HTML)'),
  v.check((value) => !ADDRESS.test(value), 'must not hold a web address: put the page in source'),
  v.check(
    (value) => !LONG_NUMBER.test(value),
    'must not hold a phone number: numbers live in the helplines data (content/helplines/)',
  ),
  v.check((value) => /[.!?»”)]$/.test(value), 'must end with a full stop'),
);

/** A mapping with exactly the listed keys, each required, with messages that say what to do. */
function exactly<const E extends v.ObjectEntries>(entries: E, kind: string, known: readonly string[]) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown ${kind} ${String(issue.received)}: use one of ${known.join(', ')}`;
    if (issue.expected === 'Object') return `must be a mapping, got ${issue.received}`;
    return 'is required but missing';
  });
}

/** One sentence per language the guide speaks (content/locales/): adding a language adds a key. */
export const textByLanguage = (languages: readonly string[]) =>
  v.strictObject(Object.fromEntries(languages.map((language) => [language, sentence])), (issue) => {
    if (issue.expected === 'never') {
      return `unknown language ${String(issue.received)}: the guide speaks ${languages.join(', ')} (content/locales/)`;
    }
    if (issue.expected === 'Object') return `must give the text in every language (${languages.join(', ')})`;
    return `is missing: every language the guide speaks (${languages.join(', ')}) needs its text`;
  });

const provenance = {
  source: httpsUrl,
  /** Pages for parts of the text the main source does not cover (the rule for under-18s). */
  moreSources: v.optional(
    v.pipe(
      v.array(httpsUrl, 'must be a list of https:// links'),
      v.minLength(1, 'must list 1 to 3 pages, or be left out'),
      v.maxLength(3, 'must list 1 to 3 pages, or be left out'),
    ),
  ),
  checked: isoDate,
  confidence: v.picklist(CONFIDENCE_LEVELS, (issue) => `must be one of High, Medium, Low (got ${issue.received})`),
  verify: v.optional(text()),
};

const required = <const E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field ${String(issue.received)}`;
    if (issue.expected === 'Object') return `must be a mapping of fields, got ${issue.received}`;
    return 'is required but missing: every value has its text, source, checked and confidence';
  });

/** A value: its sentence in every language, where it was checked, and where it varies. */
export const factValueSchema = (languages: readonly string[]) =>
  required({
    text: textByLanguage(languages),
    ...provenance,
    varies: v.optional(required({ text: textByLanguage(languages), ...provenance })),
  });

/** A fact that splits by nation (gb only): `nations`, with a value for each nation a source covers. */
export const nationsSchema = (languages: readonly string[]) =>
  required({
    nations: exactly(
      Object.fromEntries(NATION_IDS.map((nation) => [nation, v.optional(factValueSchema(languages))])),
      'nation',
      NATION_IDS,
    ),
  });

export const factsFileSchema = required({
  id: v.pipe(v.string('must be the country id, e.g. es'), v.regex(/^[a-z]{2}$/, 'must be a two-letter country id')),
  facts: exactly(Object.fromEntries(FACT_IDS.map((id) => [id, v.optional(v.unknown())])), 'fact', FACT_IDS),
});

export type FactsFile = { id: string; facts: Partial<Record<(typeof FACT_IDS)[number], unknown>> };
