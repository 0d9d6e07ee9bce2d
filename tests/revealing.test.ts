/**
 * PRODUCT.md safety rule 2: one list of revealing words for every language (content/revealing.ts),
 * and the build's check of every string the browser shows outside the popup, in every locale
 * (content/manifestWords.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkShownStrings, shownStrings } from '../content/manifestWords';
import { REVEALING_WORDS, revealingWord, reveals } from '../content/revealing';

describe('the list of revealing words', () => {
  it('holds the words PRODUCT.md names, in English, Spanish, French and Portuguese', () => {
    expect(Object.keys(REVEALING_WORDS)).toEqual(['en', 'es', 'fr', 'pt']);
    const named = {
      en: 'consent, sex, abuse, assault, violence, helpline, crisis, safety, emergency, exit, panic, hide',
      es: 'consentimiento, sexo, abuso, violencia, ayuda, crisis, emergencia, salida, pánico, ocultar',
      fr: 'consentement, sexe, abus, agression, violence, aide, urgence, sortie, panique, cacher',
      pt: 'consentimento, sexo, abuso, agressão, violência, ajuda, emergência, saída, pânico, esconder',
    };
    for (const [language, words] of Object.entries(named)) {
      for (const word of words.split(', '))
        expect(revealingWord(word)?.word, `${language}: ${word}`).toBe(word.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  });

  it.each([
    ['fr', 'Violences sexuelles'],
    ['fr', 'Elle a été violée'],
    ['fr', 'Victimes de VIOL'],
    ['fr', 'Ligne d’écoute'],
    ['fr', 'Numéro d’urgence'],
    ['fr', 'Sécurité'],
    ['fr', 'Se cacher'],
    ['fr', 'Caché'],
    ['fr', 'Des aides'],
    ['fr', 'Survivantes'],
    ['fr', 'Maltraitance'],
    ['fr', 'Comportement abusif'],
    ['pt', 'Agressões sexuais'],
    ['pt', 'Violação'],
    ['pt', 'Maus-tratos'],
    ['pt', 'Vítimas'],
    ['pt', 'Segurança'],
    ['pt', 'Saída rápida'],
    ['pt', 'Escondido'],
    ['pt', 'Linha de apoio'],
    ['pt', 'Estupro'],
    ['es', 'Línea de ayuda'],
    ['es', 'Víctima'],
    ['en', 'Quick exit'],
    ['en', 'Hidden'],
  ])('%s: finds a word in "%s" (accents, capitals and plurals folded)', (_language, text) => {
    expect(reveals(text)).toBe(true);
  });

  it.each([
    'Pocket Guide',
    'A small offline guide.',
    'Switch this tab to your chosen page',
    'Una pequeña guía sin conexión.',
    'Cambiar esta pestaña a la página elegida',
    'Un petit guide hors ligne.',
    'Un pequeno guia offline.',
    'Notes, Météo, Calculatrice, Calendrier',
    'Notas, Tempo, Calculadora, Calendário',
    'Une fleur violette',
    'Une robe laide',
  ])('finds none in the neutral "%s"', (text) => {
    expect(revealingWord(text)).toBeUndefined();
  });

  it('says which language’s list a word is in', () => {
    expect(revealingWord('Guide de l’urgence')).toMatchObject({ language: 'fr', word: 'urgence' });
    expect(revealingWord('Guia de emergência')?.word).toBe('emergencia');
  });
});

describe('the build’s check of what the browser shows', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const neutral = {
    extName: 'Pocket Guide',
    extDescription: 'A small offline guide.',
    commandDescription: 'Switch this tab to your chosen page',
    disguiseNotes: 'Notes',
    disguiseWeather: 'Weather',
    disguiseCalculator: 'Calculator',
    disguiseCalendar: 'Calendar',
  };
  const manifest = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    action: { default_title: '__MSG_extName__' },
    commands: { 'go-to-page': { description: '__MSG_commandDescription__' } },
  };
  const yaml = (messages: Record<string, string>) =>
    Object.entries(messages)
      .map(([key, text]) => `${key}: "${text}"`)
      .join('\n');

  function locales(files: Record<string, Record<string, string>>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'pg-shown-'));
    for (const [language, messages] of Object.entries(files))
      writeFileSync(path.join(dir, `${language}.yml`), yaml(messages));
    return dir;
  }

  it('lists the name, description, toolbar title and every command description', () => {
    expect(shownStrings(manifest).map(({ field }) => field)).toEqual([
      'name',
      'description',
      'action.default_title',
      'commands.go-to-page.description',
    ]);
  });

  it('passes neutral strings in every locale', () => {
    const root = locales({ en: neutral, fr: { ...neutral, extDescription: 'Un petit guide hors ligne.' } });
    expect(() => checkShownStrings(manifest, root)).not.toThrow();
  });

  it('passes the real locales with the real manifest’s fields', () => {
    expect(() => checkShownStrings(manifest, 'content/locales')).not.toThrow();
  });

  it.each([
    ['the description', 'extDescription', 'Un guide sur le consentement.', 'consentement'],
    ['the command description', 'commandDescription', 'Sortie rapide', 'sortie'],
    ['the name (also the toolbar title)', 'extName', 'Guide d’urgence', 'urgence'],
    ['a disguise’s toolbar title', 'disguiseNotes', 'Notes cachées', 'cachees'],
  ])('refuses %s in a French locale, naming the locale, the key and the word', (_what, key, text, word) => {
    const root = locales({ en: neutral, fr: { ...neutral, [key]: text } });
    expect(() => checkShownStrings(manifest, root)).toThrow(
      new RegExp(`fr\\.yml: locale fr, "${key}": holds "${word}"`),
    );
  });

  it('refuses a revealing word written in the manifest itself', () => {
    const root = locales({ en: neutral });
    expect(() => checkShownStrings({ ...manifest, action: { default_title: 'Panic button' } }, root)).toThrow(
      /action\.default_title holds "panic"/,
    );
  });

  it('refuses a locale that lacks a string the browser shows', () => {
    const { extName: _, ...withoutName } = neutral;
    const root = locales({ en: withoutName });
    expect(() => checkShownStrings(manifest, root)).toThrow(/locale en, "extName": missing/);
  });
});
