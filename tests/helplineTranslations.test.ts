import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helplineLanguages, loadHelplines, loadHelplinesByLanguage } from '../content/helplines/load';
import {
  AreaSchema,
  CantTalkSchema,
  EmergencyNumberSchema,
  type HelplineCountry,
  HelplineCountrySchema,
  HelplineSchema,
  LanguageOptionSchema,
  OtherPhoneSchema,
} from '../content/helplines/schema';
import { mapTexts, readTranslations, TRANSLATED_FIELDS } from '../content/helplines/translations';
import { guideLanguages } from '../content/languages';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL resolves against localhost.
const HELPLINES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/helplines');
const ES_FILE = path.join(HELPLINES_DIR, 'translations/es.yaml');
const TODAY = '2026-12-07';
/** The index a pair appended to es.yaml gets: the number of pairs already there. */
const APPENDED = (parse(readFileSync(ES_FILE, 'utf8')) as unknown[]).length;

const english = loadHelplines(HELPLINES_DIR, { today: TODAY });
const spanish = loadHelplines(HELPLINES_DIR, { today: TODAY, language: 'es' });
const byId = (countries: HelplineCountry[], id: string) => {
  const found = countries.find((country) => country.id === id);
  if (!found) throw new Error(`no country ${id}`);
  return found;
};
/** Every text a reader sees, with its place: `gb lines[2].hours`. */
const textsOf = (countries: HelplineCountry[]) =>
  countries.flatMap((country) => {
    const texts: [string, string][] = [];
    mapTexts(country, (text, where) => {
      texts.push([`${country.id} ${where}`, text]);
      return text;
    });
    return texts;
  });

describe('the helplines in Spanish', () => {
  it('lists English and every language with a translations file: the guide’s languages', () => {
    // Not ['en', 'es'] written out: a new language's files must not need this test changed.
    expect(helplineLanguages(HELPLINES_DIR)).toEqual(guideLanguages('content'));
    expect(helplineLanguages(HELPLINES_DIR).slice(0, 2)).toEqual(['en', 'es']);
  });

  it('loads English by default, unchanged', () => {
    expect(loadHelplines(HELPLINES_DIR, { today: TODAY, language: 'en' })).toEqual(english);
    expect(byId(english, 'gb').lines[0]?.hours).toBe('24 hours, every day');
  });

  it('translates every text a reader sees, emergency table labels included', () => {
    const gb = byId(spanish, 'gb');
    const es = byId(spanish, 'es');

    expect(gb.lines[0]?.hours).toBe('24 horas, todos los días');
    expect(gb.areas?.map((area) => area.name)).toEqual(['Inglaterra', 'Gales', 'Escocia', 'Irlanda del Norte']);
    expect(byId(spanish, 'it').emergency[0]?.label).toBe(
      'Número de emergencia (según los teléfonos: policía, ambulancia, bomberos)',
    );
    expect(byId(spanish, 'tr').emergency[0]?.label).toBe('Policía, ambulancia, bomberos');
    expect(es.lines[0]?.privacy).toMatch(/^Gratis y confidencial\. La llamada no aparece en tu factura/);
    expect(byId(spanish, 'us').lines[3]?.languageOptions?.[0]?.how).toMatch(/^Llama al 988 y marca 2/);
  });

  it('keeps everything that is not text: the same countries, numbers, names, links, dates and grades', () => {
    const withoutText = (countries: HelplineCountry[]) => countries.map((country) => mapTexts(country, () => '…'));

    expect(withoutText(spanish)).toEqual(withoutText(english));
    expect(byId(spanish, 'us').lines[0]?.organisation).toBe('RAINN');
  });

  it('loads every language once for the build, the same as one at a time', () => {
    const all = loadHelplinesByLanguage(HELPLINES_DIR, { today: TODAY });

    expect(Object.keys(all)).toEqual(guideLanguages('content'));
    expect(all.es).toEqual(spanish);
    expect(all.en).toEqual(english);
  });

  it('leaves a Spanish text the same as the English only where it is a name', () => {
    const pairs = parse(readFileSync(ES_FILE, 'utf8')) as { en: string; es: string }[];

    const same = pairs.filter((pair) => pair.en === pair.es).map((pair) => pair.en);

    expect(same).toEqual(['National Relay Service', 'Ontario', 'TTY', 'Bogotá', 'Guardia Civil']);
  });

  // Times and numbers are what a caller acts on: 9am → 9:00, 8:30pm → 20:30, midnight → medianoche.
  it('keeps every number and time of the English (hours in the 24-hour clock)', () => {
    const numbersInEnglish = (text: string) =>
      text
        .replace(/\b(\d{1,2})(?::(\d\d))?(am|pm)\b/g, (_, hour: string, minutes: string | undefined, half: string) => {
          const h = (Number(hour) % 12) + (half === 'pm' ? 12 : 0);
          return minutes && minutes !== '00' ? `${h}:${minutes}` : String(h);
        })
        .match(/\d+(?::\d\d)?/g) ?? [];
    const numbersInSpanish = (text: string) =>
      (text.replace(/\b(\d{1,2}):00\b/g, '$1').match(/\d+(?::\d\d)?/g) ?? []).map(String);
    const spanishTexts = new Map(textsOf(spanish));

    const different = textsOf(english).filter(([where, text]) => {
      const translated = spanishTexts.get(where) ?? '';
      return numbersInEnglish(text).sort().join(' ') !== numbersInSpanish(translated).sort().join(' ');
    });

    expect(different).toEqual([]);
    expect(spanishTexts.get('gb lines[6].hours')).toBe(
      'De lunes a jueves, de 10:00 a 20:30; viernes, de 10:00 a 16:30',
    );
  });

  it('ends every note, privacy line, help text and language option as a sentence', () => {
    const sentence = /(note|privacy|helpsWith|how)$/;

    const unfinished = textsOf(spanish).filter(([where, text]) => sentence.test(where) && !/[.!?)"”»]$/.test(text));

    expect(unfinished).toEqual([]);
  });

  it('translates every text field of the schema, or says why not', () => {
    // A field added to the schema must be placed in one list or the other.
    const NOT_TRANSLATED = {
      country: ['id', 'areas', 'emergency', 'cantTalk', 'lines'],
      area: ['id'],
      emergency: ['display', 'tel', 'textOnly', 'source', 'checked', 'confidence', 'verify'],
      line: [
        'id',
        'organisation', // a proper name
        'tags',
        'areas',
        'phone',
        'dial', // a star code, digits only
        'otherPhones',
        'textLine', // its keyword is what the service asks you to send
        'whatsapp',
        'chat',
        'website',
        'email',
        'schedule', // days, times and zones: the view says them in the reader's language
        'languageOptions',
        'source',
        'checked',
        'confidence',
        'verify', // for maintainers; it does not ship
      ],
      otherPhone: ['display', 'tel'],
      languageOption: [
        'language',
        'phone',
        'textLine',
        'whatsapp',
        'chat',
        'website',
        'source',
        'checked',
        'confidence',
        'verify',
      ],
      cantTalk: ['phone', 'textLine', 'website', 'source', 'checked', 'confidence', 'verify'],
    };
    const schemas = {
      country: HelplineCountrySchema,
      area: AreaSchema,
      emergency: EmergencyNumberSchema,
      line: HelplineSchema,
      otherPhone: OtherPhoneSchema,
      languageOption: LanguageOptionSchema,
      cantTalk: CantTalkSchema,
    };

    for (const [kind, schema] of Object.entries(schemas) as [
      keyof typeof schemas,
      (typeof schemas)[keyof typeof schemas],
    ][]) {
      const placed = [...TRANSLATED_FIELDS[kind], ...NOT_TRANSLATED[kind]].sort();
      expect(placed, kind).toEqual(Object.keys(schema.entries).sort());
    }
  });
});

describe('translations/es.yaml: the build fails, naming the file, the text and the place', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });
  /** A copy of the data with es.yaml changed by `change`. */
  function withSpanish(change: (yaml: string) => string): string {
    tmp = mkdtempSync(path.join(tmpdir(), 'helplines-'));
    cpSync(HELPLINES_DIR, tmp, { recursive: true, filter: (src) => !src.endsWith('.ts') });
    const file = path.join(tmp, 'translations/es.yaml');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    return tmp;
  }
  const load = (dir: string) => () => loadHelplines(dir, { today: TODAY, language: 'es' });

  it('names the English text with no Spanish and one place it is used', () => {
    const dir = withSpanish((yaml) => yaml.replace('- en: 24 hours, every day\n  es: 24 horas, todos los días\n', ''));

    expect(load(dir)).toThrow(
      /translations\/es\.yaml: no Spanish for "24 hours, every day" \(used in ar\.yaml lines\[0\]\.hours\)$/,
    );
  });

  it('says how many more texts have none', () => {
    const dir = withSpanish((yaml) =>
      yaml.replace(/- en: Police\n {2}es: Policía\n/, '').replace(/- en: Fire\n {2}es: Bomberos\n/, ''),
    );

    expect(load(dir)).toThrow(
      /no Spanish for "Police" \(used in am\.yaml emergency\[1\]\.label\), and 1 more texts without one/,
    );
  });

  it('names the label of the shared emergency table that has no Spanish', () => {
    const dir = withSpanish((yaml) => yaml.replace('- en: Police, ambulance\n  es: Policía, ambulancia\n', ''));

    expect(load(dir)).toThrow(
      /no Spanish for "Police, ambulance" \(used in emergency\.yaml, the label of `for: police-ambulance`\)$/,
    );
  });

  it('shows the path of the real file relative to the repository', () => {
    const uses = new Map([['A text nobody has translated', 'gb.yaml lines[0].note']]);

    expect(() => readTranslations(HELPLINES_DIR, 'es', uses)).toThrow(
      /^content\/helplines\/translations\/es\.yaml: no Spanish for "A text nobody has translated" \(used in gb\.yaml lines\[0\]\.note\)$/,
    );
  });

  it('rejects a pair nothing uses', () => {
    const dir = withSpanish((yaml) => `${yaml}- en: A text that was changed\n  es: Un texto que cambió\n`);

    expect(load(dir)).toThrow(
      new RegExp(
        `translations/es\\.yaml: \\[${APPENDED}\\]\\.en: "A text that was changed" is not used in the helpline data: remove the pair, or make its English match the data exactly`,
      ),
    );
  });

  it('rejects an English text given twice', () => {
    const dir = withSpanish((yaml) => `${yaml}- en: Police\n  es: La policía\n`);

    expect(load(dir)).toThrow(
      new RegExp(
        `translations/es\\.yaml: \\[${APPENDED}\\]\\.en: "Police" is already translated at \\[1\\]: keep one pair`,
      ),
    );
  });

  it.each([
    [
      'an empty translation',
      (yaml: string) => yaml.replace('  es: Policía\n', '  es: ""\n'),
      /\[1\]\.es: must not be empty \(the pair for "Police"\)/,
    ],
    [
      'a missing translation',
      (yaml: string) => yaml.replace('  es: Policía\n', ''),
      /\[1\]\.es: is required but missing \(the pair for "Police"\)/,
    ],
    [
      'a field for another language',
      (yaml: string) => yaml.replace('  es: Policía\n', '  es: Policía\n  fr: Police\n'),
      /\[1\]\.fr: unknown field "fr" \(the pair for "Police"\)/,
    ],
    [
      'a file that is not a list',
      () => 'en: Police\nes: Policía\n',
      /must be a list of pairs, like "- \{ en: …, es: … \}"/,
    ],
  ])('rejects %s', (_name, change, error) => {
    const dir = withSpanish(change);

    expect(load(dir)).toThrow(error);
  });

  it('names the languages there are when asked for one without a file', () => {
    expect(() => loadHelplines(HELPLINES_DIR, { today: TODAY, language: 'it' })).toThrow(
      /^content\/helplines\/translations\/it\.yaml: no such file: the helplines can be shown in en, es, fr, pt$/,
    );
  });
});
