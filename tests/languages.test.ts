/**
 * A third language is content only (issue 27, item 2), and ships whole or not at all
 * (content/languages.ts). The language added here is a fixture: a copy of content/ in which
 * `it` holds the Spanish files under Italian names. No Italian text is needed to test the
 * machinery. (French, once a fixture here, now ships: content/topics/fr and its pieces.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCountry } from '@/components/helplines/country';
import { guideLanguages, withManifestLocales } from '@/content/languages';
import { contentModule } from '@/content/plugin';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

type Piece = 'strings' | 'topics' | 'helplines';

/** A copy of content/ with the pieces of a fixture `it` (the Spanish files, renamed). */
function withFixture(pieces: readonly Piece[]): string {
  const root = mkdtempSync(join(tmpdir(), 'pg-fixture-'));
  roots.push(root);
  for (const dir of ['topics', 'helplines', 'locales'])
    cpSync(resolve('content', dir), join(root, dir), { recursive: true });
  if (pieces.includes('strings')) {
    const spanish = readFileSync(join(root, 'locales/es.yml'), 'utf8');
    writeFileSync(join(root, 'locales/it.yml'), spanish.replace(/^messagesLanguage: es$/m, 'messagesLanguage: it'));
  }
  if (pieces.includes('topics')) cpSync(join(root, 'topics/es'), join(root, 'topics/it'), { recursive: true });
  if (pieces.includes('helplines')) {
    const spanish = readFileSync(join(root, 'helplines/translations/es.yaml'), 'utf8');
    writeFileSync(join(root, 'helplines/translations/it.yaml'), spanish.replace(/^ {2}es: /gm, '  it: '));
  }
  return root;
}

describe('the languages the guide speaks', () => {
  it('are English first, then Spanish and French, and any other whole language', () => {
    expect(guideLanguages(resolve('content'))).toEqual(['en', 'es', 'fr', 'pt']);
  });

  it('take a third language from its files alone, in every module', () => {
    const root = withFixture(['strings', 'topics', 'helplines']);

    expect(guideLanguages(root)).toEqual(['en', 'es', 'fr', 'it', 'pt']);
    const { LANGUAGES, STANDALONE_STRINGS } = contentModule('virtual:languages', root) as {
      LANGUAGES: string[];
      STANDALONE_STRINGS: Record<string, Record<string, string>>;
    };
    expect(LANGUAGES).toEqual(['en', 'es', 'fr', 'it', 'pt']);
    expect(STANDALONE_STRINGS.it?.quickExit).toBeTruthy();
    expect(Object.keys(contentModule('virtual:guide/index', root) as object)).toEqual(['en', 'es', 'fr', 'it', 'pt']);
    expect((contentModule('virtual:messages/it', root) as Record<string, string>).messagesLanguage).toBe('it');
    expect((contentModule('virtual:helplines/it', root) as unknown[]).length).toBeGreaterThan(240);
  });

  it.each<[string, Piece[], RegExp]>([
    [
      'topics alone',
      ['topics'],
      /content\/locales\/it\.yml: is missing: content\/topics\/it\/ make it a language of the guide, which then needs content\/locales\/it\.yml and content\/helplines\/translations\/it\.yaml too/,
    ],
    [
      'strings alone',
      ['strings'],
      /content\/topics\/it\/: is missing: content\/locales\/it\.yml make it .* needs content\/topics\/it\/ and content\/helplines\/translations\/it\.yaml/,
    ],
    [
      'strings and topics, without the helplines’ words',
      ['strings', 'topics'],
      /content\/helplines\/translations\/it\.yaml: is missing: content\/locales\/it\.yml and content\/topics\/it\//,
    ],
  ])('stops the build on a half language (%s), naming what is missing', (_name, pieces, message) => {
    const root = withFixture(pieces);

    expect(() => guideLanguages(root)).toThrow(message);
    // Every module asks for the languages first (the home list, too, before it compiles a topic).
    expect(() => contentModule('virtual:languages', root)).toThrow(message);
    expect(() => contentModule('virtual:messages/en', root)).toThrow(message);
    expect(() => contentModule('virtual:guide/index', root)).toThrow(message);
  });

  it('stops the build on a missing topic, a missing string or a missing helpline text, naming it', () => {
    const root = withFixture(['strings', 'topics', 'helplines']);
    rmSync(join(root, 'topics/it/men-and-boys.md'));
    expect(() => contentModule('virtual:guide/topics/it', root)).toThrow(
      /topics\/it: topics must be the same as in en\/: missing men-and-boys/,
    );

    const strings = join(root, 'locales/it.yml');
    writeFileSync(strings, readFileSync(strings, 'utf8').replace(/^homeHeading: .*$/m, ''));
    expect(() => contentModule('virtual:messages/it', root)).toThrow(/it\.yml: missing "homeHeading"/);

    const helplines = join(root, 'helplines/translations/it.yaml');
    writeFileSync(helplines, readFileSync(helplines, 'utf8').replace(/^ {2}it: Policía, ambulancia, bomberos$/m, ''));
    expect(() => contentModule('virtual:helplines/it', root)).toThrow(/translations\/it\.yaml/);
  });
});

describe('the manifest’s locale folders', () => {
  const files = (...locales: string[]) =>
    locales.map((locale) => ({ relativeDest: `_locales/${locale}/messages.json`, contents: locale }));

  it('writes Portuguese as the two locales Chrome knows (pt_BR, pt_PT), and leaves the others alone', () => {
    expect(withManifestLocales(files('en', 'es', 'fr', 'pt'))).toEqual([
      ...files('en', 'es', 'fr'),
      { relativeDest: '_locales/pt_BR/messages.json', contents: 'pt' },
      { relativeDest: '_locales/pt_PT/messages.json', contents: 'pt' },
    ]);
  });

  it('keeps a regional locale that has its own file', () => {
    expect(withManifestLocales(files('en', 'pt', 'pt_BR')).map((file) => file.relativeDest)).toEqual([
      '_locales/en/messages.json',
      '_locales/pt_PT/messages.json',
      '_locales/pt_BR/messages.json',
    ]);
  });
});

describe('the country from a French or Portuguese browser', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'ca'],
    ['fr-BE', 'be'],
    ['fr-CH', 'ch'],
    ['fr_CA', 'ca'],
    ['pt-BR', 'br'],
    ['pt-PT', 'pt'],
    ['pt-AO', 'ao'],
    ['pt-MZ', 'mz'],
  ])('%s → %s', (tag, country) => {
    expect(defaultCountry(null, [tag])).toBe(country);
    expect(defaultCountry(null, ['fr', tag])).toBe(country);
  });

  it.each(['fr', 'pt'])('asks when the language names no country (%s)', (tag) => {
    expect(defaultCountry(null, [tag])).toBeUndefined();
  });
});
