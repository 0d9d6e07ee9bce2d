import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ContentError } from '../content/errors';
import { factsIn, loadFacts, validateFacts } from '../content/facts/load';
import { helplineNumbers } from '../content/facts/numbers';
import { FACT_IDS } from '../content/facts/types';
import { guideLanguages } from '../content/languages';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL resolves against localhost.
const FACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/facts');
const OPTIONS = { languages: ['en', 'es'], today: '2026-12-07', phoneNumbers: () => ['016', '+34900100009'] };

/** A well-formed value; an override of `undefined` leaves the field out, as a YAML file would. */
const value = (overrides: Record<string, unknown> = {}) =>
  Object.fromEntries(
    Object.entries({
      text: { en: 'In Spain, the age of consent is 16.', es: 'En España, la edad de consentimiento es de 16 años.' },
      source: 'https://www.boe.es/page',
      checked: '2026-12-01',
      confidence: 'High',
      ...overrides,
    }).filter(([, field]) => field !== undefined),
  );
const file = (facts: Record<string, unknown>, id = 'es') => ({ id, facts });

/** The error a fixture raises, as the build prints it. */
function problem(data: unknown, name = 'content/facts/es.yaml'): string {
  try {
    validateFacts(data, name, OPTIONS);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('the country facts loader', () => {
  it('accepts a well-formed file', () => {
    expect(problem(file({ ageOfConsent: value() }))).toBe('no error');
  });

  it.each([
    [
      'an unknown fact id',
      file({ ageOfConsnt: value() }),
      'content/facts/es.yaml: facts.ageOfConsnt: unknown fact "ageOfConsnt": use one of ageOfConsent,',
    ],
    [
      'a missing language',
      file({ ageOfConsent: value({ text: { en: 'In Spain, it is 16.' } }) }),
      'facts.ageOfConsent.text.es: is missing: every language the guide speaks (en, es) needs its text',
    ],
    [
      'a language the guide does not speak',
      file({ ageOfConsent: value({ text: { en: 'It is 16.', es: 'Es 16.', fr: 'C’est 16.' } }) }),
      'facts.ageOfConsent.text.fr: unknown language "fr": the guide speaks en, es',
    ],
    [
      'a missing source',
      file({ ageOfConsent: value({ source: undefined }) }),
      'facts.ageOfConsent.source: is required but missing',
    ],
    [
      'a missing checked date',
      file({ ageOfConsent: value({ checked: undefined }) }),
      'facts.ageOfConsent.checked: is required but missing',
    ],
    [
      'a missing grade',
      file({ ageOfConsent: value({ confidence: undefined }) }),
      'facts.ageOfConsent.confidence: is required but missing',
    ],
    [
      'a bad date',
      file({ ageOfConsent: value({ checked: '2026-02-30' }) }),
      'facts.ageOfConsent.checked: must be a real date written YYYY-MM-DD (got "2026-02-30")',
    ],
    [
      'a date in the future',
      file({ ageOfConsent: value({ checked: '2027-01-01' }) }),
      'facts.ageOfConsent.checked: is in the future (2027-01-01)',
    ],
    [
      'a non-https source',
      file({ ageOfConsent: value({ source: 'http://www.boe.es/page' }) }),
      'facts.ageOfConsent.source: must be an https:// link (got "http://www.boe.es/page")',
    ],
    [
      'a Medium value without verify',
      file({ ageOfConsent: value({ confidence: 'Medium' }) }),
      'facts.ageOfConsent.verify: is required when confidence is Medium',
    ],
    [
      'a phone number in the text',
      file({ ageOfConsent: value({ text: { en: 'Call 900 100 009 to ask.', es: 'Llama al 900 100 009.' } }) }),
      'facts.ageOfConsent.text.en: must not hold a phone number',
    ],
    [
      "the country's helpline short number in the text",
      file({ healthReporting: value({ text: { en: 'Ask 016 first.', es: 'Pregunta al 016 antes.' } }) }),
      'facts.healthReporting.text.en: holds the helpline number 016',
    ],
    [
      'a web address in the text',
      file({ ageOfConsent: value({ text: { en: 'See www.boe.es for it.', es: 'Mira www.boe.es.' } }) }),
      'facts.ageOfConsent.text.en: must not hold a web address',
    ],
    [
      'markup in the text',
      file({ ageOfConsent: value({ text: { en: 'It is **16**.', es: 'Es 16.' } }) }),
      'facts.ageOfConsent.text.en: must be plain text',
    ],
    [
      'a varies range without its own source',
      file({ ageOfConsent: value({ varies: { text: { en: 'From 12 to 18.', es: 'De 12 a 18.' } } }) }),
      'facts.ageOfConsent.varies.source: is required but missing',
    ],
    [
      'nations outside the UK',
      file({ forcedMarriage: { nations: { scotland: value() } } }),
      'facts.forcedMarriage.nations: only gb.yaml may split a fact by nation',
    ],
    ['an empty file', file({}), 'facts: needs at least one fact'],
    ['an id that is not the file name', file({ ageOfConsent: value() }, 'mx'), 'id: must equal the file name "es"'],
  ])('fails the build on %s, naming file, place and reason', (_case, data, expected) => {
    expect(problem(data)).toContain(expected);
  });

  it('fails on an unknown country, naming the file', () => {
    expect(problem(file({ ageOfConsent: value() }, 'xx'), 'content/facts/xx.yaml')).toBe(
      'content/facts/xx.yaml: unknown country "xx": name the file with a country id of the helplines (es.yaml)',
    );
  });

  it('fails on an unknown nation in gb.yaml', () => {
    expect(problem(file({ forcedMarriage: { nations: { wales: value() } } }, 'gb'), 'content/facts/gb.yaml')).toContain(
      'facts.forcedMarriage.nations.wales: unknown nation "wales": use one of england-wales, scotland, northern-ireland',
    );
  });

  it('ships each language its own text, and neither Low values nor verify notes', () => {
    const source = validateFacts(
      file(
        {
          ageOfConsent: value({
            varies: { ...value({ text: { en: 'From 12 to 18.', es: 'De 12 a 18.' } }) },
          }),
          marriageAge: value({ confidence: 'Low', verify: 'one blog only' }),
          forcedMarriage: {
            nations: { 'england-wales': value(), scotland: value({ confidence: 'Low', verify: 'old page' }) },
          },
        },
        'gb',
      ),
      'content/facts/gb.yaml',
      OPTIONS,
    );

    const spanish = factsIn([source], 'es').gb;

    expect(spanish?.ageOfConsent).toEqual({
      value: {
        text: 'En España, la edad de consentimiento es de 16 años.',
        source: 'https://www.boe.es/page',
        checked: '2026-12-01',
        confidence: 'High',
        varies: { text: 'De 12 a 18.', source: 'https://www.boe.es/page', checked: '2026-12-01', confidence: 'High' },
      },
    });
    expect(spanish?.marriageAge).toBeUndefined();
    expect(spanish?.forcedMarriage).toEqual({ nations: [{ nation: 'england-wales', value: expect.any(Object) }] });
    expect(JSON.stringify(spanish)).not.toContain('verify');
  });

  describe('a files folder', () => {
    let dir: string | undefined;
    afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('fails on a broken YAML file, naming it', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'facts-'));
      writeFileSync(path.join(dir, 'es.yaml'), 'id: es\nfacts:\n  ageOfConsent: [unclosed\n');

      expect(() => loadFacts(dir as string, OPTIONS)).toThrow(/es\.yaml: line \d+, column \d+: is not valid YAML/);
    });

    it('loads a folder in every language', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'facts-'));
      writeFileSync(path.join(dir, 'es.yaml'), stringify(file({ ageOfConsent: value() })));

      const loaded = loadFacts(dir, OPTIONS);

      expect(Object.keys(loaded)).toEqual(['en', 'es']);
      expect(loaded.en?.es?.ageOfConsent).toMatchObject({ value: { text: 'In Spain, the age of consent is 16.' } });
    });
  });
});

describe('the real country facts', () => {
  const numbers = helplineNumbers(path.join(FACTS_DIR, '../helplines'));
  // Every language the guide speaks (a fact in French is checked as one in Spanish is).
  const languages = guideLanguages(path.join(FACTS_DIR, '..'));
  const loaded = loadFacts(FACTS_DIR, { ...OPTIONS, languages, phoneNumbers: (country) => numbers.get(country) ?? [] });

  it("knows each country's helpline numbers, from its file and from the emergency table", () => {
    expect(numbers.get('es')).toEqual(expect.arrayContaining(['016', '112']));
    expect(numbers.get('it')).toEqual(expect.arrayContaining(['112']));
  });

  it.each(['es', 'mx', 'us', 'gb', 'fr', 'de', 'br', 'in', 'pt'])('%s has every fact type', (country) => {
    expect(Object.keys(loaded.en?.[country] ?? {}).sort()).toEqual([...FACT_IDS].sort());
  });

  it('is loaded in every language the guide speaks, French and Portuguese included', () => {
    expect(Object.keys(loaded)).toEqual(['en', 'es', 'fr', 'pt']);
    expect(loaded.fr?.fr?.ageOfConsent).toMatchObject({ value: { text: expect.stringMatching(/^En France, /) } });
    expect(loaded.pt?.br?.ageOfConsent).toMatchObject({ value: { text: expect.stringMatching(/^No Brasil, /) } });
  });

  it.each([
    ['en', /^In Portugal/],
    ['es', /^En Portugal/],
    ['fr', /^Au Portugal/],
    ['pt', /^Em Portugal/],
  ])("ships every one of Portugal's facts in %s", (language, opening) => {
    const portugal = loaded[language]?.pt ?? {};
    expect(Object.keys(portugal).sort()).toEqual([...FACT_IDS].sort());
    for (const fact of Object.values(portugal)) {
      expect(fact).toMatchObject({ value: { text: expect.stringMatching(opening) } });
    }
  });
});
