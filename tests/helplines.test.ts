import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError } from '../content/errors';
import { expiredHigh, HIGH_EXPIRES_AFTER_MONTHS, staleReport } from '../content/helplines/check';
import { LABELS, ROUTED_LABELS } from '../content/helplines/emergencyTable';
import { loadHelplines, validateHelplineCountry } from '../content/helplines/load';
import { COUNTRY_IDS, countryForLanguages, countryForLocale } from '../content/helplines/locale';
import type { HelplineCountry } from '../content/helplines/schema';

// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL resolves against localhost.
const CONTENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');
const HELPLINES_DIR = path.join(CONTENT_DIR, 'helplines');
const TODAY = '2026-12-07';
/** Countries with specialist lines keep a file each; the rest share content/helplines/emergency.yaml. */
const WITH_FILES = [
  'ar',
  'au',
  'be',
  'br',
  'ca',
  'ch',
  'cl',
  'co',
  'de',
  'es',
  'fr',
  'gb',
  'ie',
  'in',
  'ke',
  'mx',
  'nz',
  'ph',
  'pt',
  'sg',
  'us',
  'za',
] as const;

/** "routed as police" for Android's hedged label, "Emergency number (phones route it as: police)". */
const routed = (label: string) => label.replace(/^Emergency number \(phones route it as: (.*)\)$/, 'routed as $1');

describe('the real helpline data', () => {
  const countries = loadHelplines(HELPLINES_DIR, { today: TODAY });
  const byId = new Map(countries.map((country) => [country.id, country]));

  it('has an entry for every country id, sorted by id with other last', () => {
    expect([...byId.keys()].sort()).toEqual([...COUNTRY_IDS].sort());
    expect(countries.at(-1)?.id).toBe('other');
    const ids = countries.slice(0, -1).map((country) => country.id);
    expect(ids).toEqual([...ids].sort());
    expect(COUNTRY_IDS.length).toBeGreaterThan(240);
  });

  it.each(WITH_FILES)('%s (own file) has an emergency number', (id) => {
    const country = byId.get(id);

    expect(country?.emergency.length).toBeGreaterThan(0);
  });

  it('gives every other country its emergency numbers, except the places no page we read covers', () => {
    const without = countries.filter((c) => c.id !== 'other' && c.emergency.length === 0).map((c) => c.id);
    const onlyLow = countries.filter((c) => c.emergency.length > 0 && c.emergency.every((e) => e.confidence === 'Low'));

    // No page we read gives a number (withoutNumber in content/helplines/emergency.yaml, with why).
    expect(without).toEqual(['cc', 'eh', 'nf', 'pn']);
    // Only Android's list gives a number, and the library does not know it: shown on request.
    // Lesotho and Mauritania have a number from a page now (review 2026-12, 8.2).
    expect(onlyLow.map((c) => c.id)).toEqual(['gq', 'io', 'ly', 'tk', 'tm']);
    const shown = countries.filter((c) => c.emergency.some((e) => e.confidence !== 'Low'));
    expect(shown.length).toBeGreaterThanOrEqual(210);
  });

  it("keeps every police, ambulance or fire number Android's list gives, Low where the library does not know it", () => {
    // Countries whose Medium row covers only some of Android's numbers: the rest sit under
    // `unconfirmed` in content/helplines/emergency.yaml, with `for` as Android gives it.
    const shown = (id: string) =>
      countries.find((c) => c.id === id)?.emergency.map((e) => `${e.tel} ${routed(e.label)} (${e.confidence})`);
    expect(
      Object.fromEntries(
        ['pa', 'pg', 'vu', 'gm', 'st', 'sb', 'sz', 'ht', 'cm', 'tl', 'ci'].map((id) => [id, shown(id)]),
      ),
    ).toEqual({
      pa: ['911 routed as ambulance, fire (Medium)', '104 routed as police (Low)'],
      pg: ['111 routed as ambulance (Medium)', '110 routed as fire (Medium)', '112 routed as police (Low)'],
      vu: ['112 routed as ambulance (Medium)', '111 routed as police (Low)', '113 routed as fire (Low)'],
      gm: ['116 routed as ambulance (Medium)', '118 routed as fire (Medium)', '911 routed as police (Low)'],
      st: ['112 routed as fire (Medium)', '222222 routed as police (Low)', '221222 routed as ambulance (Low)'],
      sb: ['999 routed as police (Medium)', '911 routed as ambulance (Low)', '988 routed as fire (Low)'],
      sz: ['999 routed as police (Medium)', '911 routed as ambulance (Low)', '933 routed as fire (Low)'],
      ht: ['114 routed as police (Medium)', '116 routed as ambulance (Low)', '115 routed as fire (Low)'],
      cm: ['117 routed as police (Medium)', '119 routed as ambulance (Low)', '118 routed as fire (Low)'],
      tl: ['112 routed as police (Medium)', '110 routed as ambulance (Low)', '3312210 routed as fire (Low)'],
      ci: ['170 routed as police (Medium)', '180 routed as fire (Medium)', '185 routed as ambulance (Low)'],
    });
    const mixed = countries.filter(
      (c) => c.emergency.some((e) => e.confidence === 'Low') && c.emergency.some((e) => e.confidence !== 'Low'),
    );
    expect(mixed.map((c) => c.id)).toEqual([
      'af',
      'ao', // 111 from the press, Medium; Android's 112 and 115 Low (113 is out of service: left out)
      'ci',
      'cm',
      'ec',
      'gm',
      'gn', // 18 from a page we read, Medium; Android's 122, 442020 and 1717 Low
      'ht',
      'iq', // 911 (since 2025), Medium; Android's 130 Low
      'la',
      'ls', // the police's number from the US Embassy's page, Medium; Android's 123, 121, 122 Low
      'ma',
      'mm',
      'mr', // 117 from the national police's statement, Medium; Android's 118 Low
      'ms',
      'na',
      'ng', // its own file: 112 Medium, 199 Low
      'pa',
      'pg',
      'sa',
      'sb',
      'sd',
      'sn',
      'st',
      'sz',
      'tl',
      'uy',
      'uz',
      'vu',
    ]);
  });

  it("gives the numbers a page other than Android's list states, each with that page, date and grade", () => {
    const entry = (id: string, tel: string) =>
      byId.get(id as HelplineCountry['id'])?.emergency.find((e) => e.tel === tel);
    const shown = (id: string) =>
      byId.get(id as HelplineCountry['id'])?.emergency.map((e) => `${e.tel} ${e.label} (${e.confidence})`);

    expect(Object.fromEntries(['bl', 'cx', 'mf', 'mq', 'sj', 'pe'].map((id) => [id, shown(id)]))).toEqual({
      bl: ['17 Police (Medium)', '15 Ambulance (Medium)'],
      cx: ['000 Police, ambulance, fire (Medium)'],
      mf: ['17 Police (Medium)', '18 Fire (Medium)', '15 Ambulance (Medium)'],
      mq: ['17 Police (Medium)', '15 Ambulance (Medium)', '18 Fire (Medium)'],
      sj: ['112 Police (High)', '113 Ambulance (High)', '110 Fire (Medium)'],
      pe: [
        '105 Emergency number (phones route it as: police) (Medium)',
        '116 Emergency number (phones route it as: fire) (Medium)',
        '106 Ambulance (Medium)',
      ],
    });
    expect(entry('sj', '113')?.source).toMatch(/^https:\/\/www\.unn\.no\//);
    expect(entry('bl', '17')?.source).toMatch(/^https:\/\/www\.osac\.gov\//);
    expect(entry('iq', '911')).toMatchObject({ label: 'Police, ambulance, fire', confidence: 'Medium' });
    for (const country of countries) {
      for (const e of country.emergency) {
        if (e.confidence !== 'High') expect(e.verify, `${country.id} ${e.tel}`).toBeTruthy();
        expect(e.checked <= TODAY, `${country.id} ${e.tel}`).toBe(true);
      }
    }
    // Peru's 110 is the highway police's line, not an ambulance (Android's list says ambulance).
    expect(entry('pe', '110')).toBeUndefined();
  });

  it('every emergency number has a source, a date and a grade', () => {
    for (const country of countries) {
      for (const entry of country.emergency) {
        expect(entry.source, country.id).toMatch(/^https:\/\//);
        expect(entry.checked, country.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['High', 'Medium', 'Low'], country.id).toContain(entry.confidence);
      }
    }
  });

  it('other.yaml has no numbers, only https websites to international directories', () => {
    const other = byId.get('other');

    expect(other?.emergency).toEqual([]);
    expect(other?.lines.map((line) => line.website)).toEqual([
      'https://findahelpline.com',
      'https://childhelplineinternational.org',
      'https://www.hotpeachpages.net',
    ]);
    expect(other?.note).toMatch(/local emergency number/);
  });

  it('uses every line id once across all files', () => {
    const ids = countries.flatMap((country) => country.lines.map((line) => line.id));

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(countries))).toEqual(countries);
  });

  // Key numbers from shared/reference/helplines.md; a typo in any of them must fail here.
  it.each([
    ['us', 'emergency', '911'],
    ['us', 'rainn-national-sexual-assault-hotline', '+18006564673'],
    ['us', 'us-national-domestic-violence-hotline', '+18007997233'],
    ['us', 'us-988-suicide-and-crisis-lifeline', '988'],
    ['gb', 'emergency', '999'],
    ['gb', 'samaritans', '116123'],
    ['gb', 'rape-crisis-england-wales', '+448085002222'],
    ['gb', 'refuge-national-domestic-abuse-helpline', '+448082000247'],
    ['gb', 'live-fear-free', '+448088010800'],
    ['gb', 'rape-crisis-scotland', '+448088010302'],
    ['gb', 'northern-ireland-domestic-sexual-abuse-helpline', '+448088021414'],
    ['ie', 'emergency', '112'],
    ['ie', 'national-rape-crisis-helpline-ireland', '1800778888'],
    ['ie', 'womens-aid-ireland-national-freephone-helpline', '1800341900'],
    ['ca', 'emergency', '911'],
    ['ca', 'sos-violence-conjugale', '+18003639010'],
    ['ca', 'kids-help-phone', '+18006686868'],
    ['au', 'emergency', '000'],
    ['au', '1800respect', '1800737732'],
    ['au', 'lifeline-australia', '131114'],
    ['au', 'nsw-domestic-violence-line', '1800656463'],
    ['nz', 'emergency', '111'],
    ['nz', 'safe-to-talk', '0800044334'],
    ['nz', 'womens-refuge-crisisline', '0800733843'],
    ['nz', 'shine-helpline', '0508744633'],
    ['in', 'emergency', '112'],
    ['in', 'women-helpline-181', '181'],
    ['in', 'ncw-helpline', '+917827170170'],
    ['za', 'emergency', '10111'],
    ['za', 'gbv-command-centre', '0800428428'],
    ['de', 'emergency', '110'],
    ['de', 'hilfetelefon-gewalt-gegen-frauen', '116016'],
    ['fr', 'emergency', '17'],
    ['fr', 'violences-femmes-info-3919', '3919'],
    ['fr', 'numero-national-prevention-suicide-3114', '3114'],
    ['fr', 'e-enfance-3018', '3018'],
    ['fr', 'allo-enfance-en-danger-119', '119'],
    ['be', 'child-focus-116000', '116000'],
    ['pt', 'emergency', '112'],
    ['pt', 'pt-sivvd-800-202-148', '+351800202148'],
    ['pt', 'pt-apav-116-006', '116006'],
    ['pt', 'pt-linha-1411', '1411'],
    ['pt', 'pt-sos-crianca-116-111', '116111'],
    ['ao', 'emergency', '111'],
    ['es', 'emergency', '112'],
    ['es', 'spain-016', '016'],
    ['mx', 'emergency', '911'],
    ['mx', 'linea-de-las-mujeres-079', '079'],
    ['ar', 'emergency', '911'],
    ['ar', 'linea-144', '144'],
    ['co', 'emergency', '123'],
    ['co', 'linea-155', '155'],
    ['cl', 'emergency', '133'],
    ['cl', 'fono-1455', '1455'],
    ['br', 'emergency', '190'],
    ['br', 'ligue-180', '180'],
    ['ke', 'emergency', '999'],
    ['ke', 'kenya-gbv-1195', '1195'],
    ['ph', 'emergency', '911'],
    ['sg', 'emergency', '999'],
    ['sg', 'national-anti-violence-sexual-harassment-helpline', '18007770000'],
    ['it', 'emergency', '112'],
    ['jp', 'emergency', '110'],
    ['ng', 'emergency', '199'],
    ['bl', 'emergency', '17'],
    ['cx', 'emergency', '000'],
    ['mf', 'emergency', '17'],
    ['mq', 'emergency', '15'],
    ['sj', 'emergency', '112'],
    ['sj', 'emergency', '113'],
    ['dz', 'emergency', '1548'],
    ['ga', 'emergency', '177'],
    ['gn', 'emergency', '18'],
    ['iq', 'emergency', '911'],
    ['la', 'emergency', '1191'],
    ['ma', 'emergency', '190'],
    ['rs', 'emergency', '192'],
    ['uz', 'emergency', '112'],
    ['pe', 'emergency', '106'],
  ] as const)('%s %s dials %s', (countryId, entry, tel) => {
    const country = byId.get(countryId);

    const tels =
      entry === 'emergency'
        ? country?.emergency.map((e) => e.tel)
        : [country?.lines.find((line) => line.id === entry)?.phone?.tel];

    expect(tels).toContain(tel);
  });

  it('lists the emergency numbers the reference names first for each country', () => {
    const first = Object.fromEntries(
      countries.filter((c) => (WITH_FILES as readonly string[]).includes(c.id)).map((c) => [c.id, c.emergency[0]?.tel]),
    );

    expect(first).toEqual({
      ar: '911',
      br: '190',
      cl: '133',
      co: '123',
      ke: '999',
      mx: '911',
      ph: '911',
      sg: '999',
      us: '911',
      gb: '999',
      ie: '999',
      ca: '911',
      au: '000',
      nz: '111',
      in: '112',
      za: '10111',
      de: '110',
      fr: '17',
      es: '112',
      be: '112',
      ch: '117',
      pt: '112',
    });
  });

  it.each([
    [
      'gb',
      'samaritans',
      /don't appear on your phone bill, but they do appear in your phone's call log, so you\s+may want to delete them\s+from there/,
    ],
    [
      'fr',
      'violences-femmes-info-3919',
      /doesn't appear\s+on your phone bill, but it does appear in your phone's call log, so you may want to delete it\s+from there/,
    ],
    [
      'fr',
      'allo-enfance-en-danger-119',
      /doesn't appear on your phone bill, but it does appear in\s+your phone's call log, so you may want to delete it from there/,
    ],
    [
      'es',
      'spain-016',
      /doesn't appear on your phone bill, but it does appear in\s+your phone's call log, so you may want to delete it from there/,
    ],
  ])('%s %s carries its privacy note', (countryId, lineId, note) => {
    const line = byId.get(countryId as HelplineCountry['id'])?.lines.find((l) => l.id === lineId);

    expect(line?.privacy).toMatch(note);
  });

  it.each([
    ['us', 'us-national-domestic-violence-hotline'],
    ['gb', 'respect-phoneline'],
    ['nz', 'safe-to-talk'],
    ['ca', 'sos-violence-conjugale'],
  ])('%s has a line for people worried about their own behaviour: %s', (countryId, lineId) => {
    const line = byId.get(countryId as HelplineCountry['id'])?.lines.find((l) => l.id === lineId);

    expect(line?.tags).toContain('own-behaviour');
  });

  it('limits UK lines to the nations the reference gives', () => {
    const areasOf = (id: string) => byId.get('gb')?.lines.find((l) => l.id === id)?.areas;

    expect(areasOf('samaritans')).toBeUndefined();
    expect(areasOf('childline')).toBeUndefined();
    expect(areasOf('rape-crisis-england-wales')).toEqual(['england', 'wales']);
    expect(areasOf('live-fear-free')).toEqual(['wales']);
    expect(areasOf('rape-crisis-scotland')).toEqual(['scotland']);
    expect(areasOf('northern-ireland-domestic-sexual-abuse-helpline')).toEqual(['northern-ireland']);
  });

  it('grades the items the reference flags as uncertain below High, with what to verify', () => {
    const flagged = [
      ['gb', 'rape-crisis-england-wales'],
      ['gb', 'rape-crisis-scotland'],
      ['ca', 'assaulted-womens-helpline'],
      ['gb', 'mens-advice-line'],
      ['gb', 'galop'],
      // India 181: one ministry answer in the Rajya Sabha, known only through press reprints (ANI).
      ['in', 'women-helpline-181'],
      ['in', 'women-helpline-police-1091'],
      ['in', 'ncw-helpline'],
      ['nz', 'are-you-ok-information-line'],
      ['za', 'gbv-command-centre'],
    ] as const;
    for (const [countryId, lineId] of flagged) {
      const line = byId.get(countryId)?.lines.find((l) => l.id === lineId);
      expect(line?.confidence, lineId).not.toBe('High');
      expect(line?.verify, lineId).toBeTruthy();
    }
    const za = byId.get('za')?.emergency ?? [];
    expect(za.every((e) => e.confidence !== 'High' && e.verify)).toBe(true);
    // 114 is for anyone who cannot make a voice call (Service-Public's sheet; handicap.fr, 2024),
    // not the 2020 lockdown's offer: High on the government's own text.
    const fr114 = byId.get('fr')?.emergency.find((e) => e.tel === '114');
    expect(fr114?.label).toMatch(/anyone who cannot make a voice call/);
    expect(fr114?.note).not.toMatch(/2020|lockdown/);
    expect(fr114?.confidence).toBe('High');
    expect(fr114?.source).toMatch(/^https:\/\/associations\.gouv\.fr\/.*F33954$/);
    const zaText = byId.get('za')?.lines.find((l) => l.id === 'gbv-command-centre-text');
    expect(zaText?.confidence).toBe('Low');
    expect(JSON.stringify(byId.get('za'))).not.toMatch(/skype/i);
    expect(byId.get('in')?.lines.find((l) => l.id === 'women-helpline-police-1091')?.confidence).toBe('Low');
    expect(byId.get('in')?.lines.find((l) => l.id === 'childline-india-1098')?.confidence).toBe('Medium');
  });

  it("carries the audit's corrections (reference section 7.1)", () => {
    const line = (countryId: string, id: string) =>
      byId.get(countryId as HelplineCountry['id'])?.lines.find((entry) => entry.id === id);

    expect(line('gb', 'rape-crisis-scotland')?.hours).toMatch(/6pm to midnight/);
    expect(line('de', 'hilfe-telefon-sexueller-missbrauch')?.hours).toMatch(/Monday, Wednesday and Friday 9am to 2pm/);
    expect(line('ca', 'quebec-sexual-violence-helpline')?.organisation).toMatch(/Info-aide violence sexuelle/);
    expect(line('ca', 'quebec-sexual-violence-helpline')?.hours).toBe('24 hours, every day');
    expect(line('nz', 'shine-helpline')?.hours).toBe('24 hours, every day');
    expect(line('nz', 'are-you-ok-information-line')?.organisation).toBe('Are You OK');
    expect(line('gb', 'respect-phoneline')?.hours).toMatch(/Monday to Thursday 10am to 8pm/);
    expect(line('gb', 'galop')?.areas).toBeUndefined();
    expect(line('gb', 'mens-advice-line')?.areas).toBeUndefined();
    expect(line('au', 'nsw-domestic-violence-line')?.for).toBe('Women');
    expect(byId.get('au')?.emergency.find((e) => e.textOnly)?.note).toMatch(
      /000, the service you need and where you are/,
    );
    expect(line('ca', 'kids-help-phone')?.note).toMatch(/TEXTO/);
    // Not 24/7 any more: the ministry's page gives weekdays, 08:00 to midnight.
    expect(line('cl', 'fono-1455')?.hours).toBe('Monday to Friday, 8am to midnight, except public holidays');
    expect(line('cl', 'fono-1455')?.source).toMatch(/^https:\/\/minmujeryeg\.gob\.cl\//);
  });

  it("carries the fact-checker's corrections on the Spanish-speaking and UK lines (2026-12)", () => {
    const line = (countryId: string, id: string) =>
      byId.get(countryId as HelplineCountry['id'])?.lines.find((entry) => entry.id === id);

    // Regional lines are limited to their area, not shown as national.
    expect(byId.get('es')?.areas).toEqual([{ id: 'madrid', name: 'Community of Madrid' }]);
    expect(line('es', 'madrid-centro-de-crisis-24-horas')?.areas).toEqual(['madrid']);
    // AlertCops must be installed and registered first, and can be seen on the phone.
    const alertCops = byId.get('es')?.cantTalk?.find((route) => /AlertCops/.test(route.how));
    expect(alertCops?.how).toMatch(/install it and register first/);
    expect(alertCops?.how).toMatch(/^Careful: anyone who checks your phone can see this app\./);
    expect(alertCops?.source).toMatch(/^https:\/\/alertcops\.ses\.mir\.es\//);
    expect(alertCops?.confidence).toBe('Medium');
    // Hours resting on old pages only are not High.
    expect(line('es', 'fundacion-anar')?.confidence).toBe('Medium');
    // Argentina's 0800 line may not have survived the 2024-25 cuts: Medium, hedged, national form.
    const salud = line('ar', 'argentina-salud-mental-0800');
    expect(salud?.confidence).toBe('Medium');
    expect(salud?.phone?.tel).toBe('08009990091');
    expect(salud?.note).toMatch(/could not confirm/);
    expect(line('ar', 'centro-de-asistencia-al-suicida')?.note).not.toMatch(/at any hour you can call/);
    expect(line('mx', 'linea-de-la-vida')?.phone?.tel).toBe('8009112000');
    expect(byId.get('co')?.areas).toEqual([{ id: 'bogota', name: 'Bogotá' }]);
    expect(line('co', 'linea-106-bogota')?.areas).toEqual(['bogota']);
    expect(line('co', 'linea-106-bogota')?.note).toMatch(/^Only from phones in Bogotá/);
    expect(line('co', 'icbf-141')?.confidence).toBe('Medium');
    expect(line('gb', 'karma-nirvana')?.source).toBe('https://karmanirvana.org.uk/about/faq/');
    expect(line('gb', 'forced-marriage-unit')?.otherPhones).toEqual([
      { label: 'Out of hours', display: '020 7008 1500', tel: '+442070081500' },
    ]);
  });
  it("carries the fact-check's corrections on the Belgian and Swiss lines (issue 27)", () => {
    const line = (countryId: string, id: string) =>
      byId.get(countryId as HelplineCountry['id'])?.lines.find((entry) => entry.id === id);
    const emergency = (countryId: string) =>
      byId.get(countryId as HelplineCountry['id'])?.emergency.map((e) => `${e.tel} ${e.label} (${e.confidence})`);

    // Belgium: 101 for the police from official pages; 100, the old number, no longer shown.
    expect(emergency('be')).toEqual(['112 Ambulance and fire (High)', '101 Police (High)']);
    expect(byId.get('be')?.emergency[0]?.note).toMatch(/put through anyway\. Don't hang up/);
    // "If you can't talk" says first that texting 112 or 101 reaches no one (except registered
    // deaf and speech-impaired people), with no link to the special numbers.
    const [noText, app] = byId.get('be')?.cantTalk ?? [];
    expect(noText?.how).toMatch(/^You can't text 112 or 101 in Belgium\./);
    expect([noText?.textLine, noText?.phone, noText?.website]).toEqual([undefined, undefined, undefined]);
    // The 112 BE app (second reading): what it is for first; location only if switched on; the
    // alarm comes from not responding, so "stay on the line" is no protection and is not offered;
    // no promise that silencing the phone helps.
    expect(app?.how).toMatch(/^With the 112 BE app you can call the emergency centres\./);
    expect(app?.how).toMatch(/location is switched on/);
    expect(app?.how).toMatch(/stop responding/);
    expect(app?.how).not.toMatch(/stay on the line|silence your/i);
    expect(app?.confidence).toBe('Medium');
    // The CPVS, open at any hour after an assault, is Belgium's first line (first in its group).
    expect(byId.get('be')?.lines[0]?.id).toBe('cpvs-centres-violences-sexuelles');
    // Claims about the phone bill that rest on pages nobody could open are left out.
    expect(line('be', 'hulplijn-1712')?.privacy).not.toMatch(/bill/);
    expect(line('be', 'zelfmoordlijn-1813')?.privacy).toBe('Anonymous.');
    expect(line('be', 'ecoute-violences-conjugales')?.note).toMatch(/Télé-Accueil volunteers answer/);
    expect(line('be', 'sos-viol')?.note).toBe('Not a 24-hour line.');
    expect(line('be', 'sos-viol')?.schedule).toBeUndefined();
    expect(line('be', 'tele-onthaal-106')?.confidence).toBe('High');
    expect(line('be', 'hulplijn-1712')?.areas).toEqual(['flanders']);
    expect(line('be', 'tele-accueil-107')?.areas).toEqual(['wallonia-brussels']);
    // Switzerland: no way to text the emergency numbers; 142 not confirmed live, so hidden.
    expect(emergency('ch')).toEqual([
      '117 Police (High)',
      '144 Ambulance (High)',
      '118 Fire (High)',
      '112 European emergency number (High)',
    ]);
    expect(byId.get('ch')?.cantTalk?.map((route) => route.how)).toEqual([
      "In Switzerland you can reach 112, 117, 118 and 144 only by calling them: you can't text them.",
    ]);
    // The cantonal lines set up until 142 say so (second reading).
    expect(line('ch', 'opferberatung-zuerich-24h')?.note).toMatch(/until the national number 142 starts/);
    expect(line('ch', 'opferhilfe-bern')?.note).toMatch(/until the national number 142 starts/);
    expect(line('ch', 'opferhilfe-142')?.confidence).toBe('Low');
    expect(line('ch', 'opferhilfe-basel-24h')?.confidence).toBe('High');
    expect(line('ch', 'opferhilfe-bern')?.schedule).toEqual([{ covers: ['phone'], open: '24/7' }]);
    expect(line('ch', 'pro-juventute-147')?.note).toBe(
      'In an acute suicidal crisis, 147 may send the emergency services.',
    );
    expect(line('ch', 'pro-juventute-147')?.schedule).toEqual([{ covers: ['phone'], open: '24/7' }]);
    // Fribourg's hours from the service's own page, not the press list: the night line from 19:30.
    expect(line('ch', 'solidarite-femmes-lavi-fribourg')?.schedule?.[0]?.open).toContainEqual({
      days: 'mon-sun',
      from: '19:30',
      to: '07:00',
    });
  });
  // Issue 23: no emergency label says more than its source.
  const ANDROID: string = parse(readFileSync(path.join(HELPLINES_DIR, 'emergency.yaml'), 'utf8')).source;
  const every = countries.flatMap((country) => country.emergency.map((entry) => ({ id: country.id, entry })));
  const ROUTED = new Set(Object.values(ROUTED_LABELS));

  it('labels a number whose only source is Android’s list as the list says, hedged', () => {
    const fromAndroid = every.filter(({ entry }) => entry.source === ANDROID);

    expect(fromAndroid.length).toBeGreaterThan(300);
    for (const { id, entry } of fromAndroid) {
      expect(ROUTED.has(entry.label), `${id} ${entry.tel}: "${entry.label}"`).toBe(true);
      expect(entry.label).toMatch(/^Emergency number \(phones route it as: [a-z, ]+\)$/);
    }
  });

  it('names services only beside a source that names them (a page other than Android’s list)', () => {
    for (const { id, entry } of every) {
      if (ROUTED.has(entry.label)) expect(entry.source, `${id} ${entry.tel}`).toBe(ANDROID);
      else expect(entry.source, `${id} ${entry.tel}: "${entry.label}"`).not.toBe(ANDROID);
    }
    expect(every.some(({ entry }) => Object.values(LABELS).includes(entry.label))).toBe(true);
  });

  it('carries the December review’s corrections (reference section 8.1 and 8.2)', () => {
    const shown = (id: string) =>
      byId.get(id as HelplineCountry['id'])?.emergency.map((e) => `${e.tel} ${e.label} (${e.confidence})`);
    const of = (id: string) => byId.get(id as HelplineCountry['id']);

    expect(shown('kr')).toEqual(['112 Police (Medium)', '119 Ambulance, fire (Medium)']);
    expect(of('kr')?.emergency[0]?.source).toMatch(/^https:\/\/www\.kocis\.go\.kr\//);
    expect(shown('tr')?.[0]).toBe('112 Police, ambulance, fire (High)');
    expect(shown('so')).toEqual(['888 Police (Medium)']);
    expect(of('so')?.emergency[0]?.note).toMatch(/Mogadishu/);
    expect(of('er')?.emergency.every((entry) => /outside Asmara/.test(entry.note ?? ''))).toBe(true);
    expect(shown('ls')?.[0]).toBe('+26658881024 Police (Medium)');
    expect(of('ls')?.emergency[0]?.display).toBe('+266 5888 1024');
    expect(shown('mr')?.[0]).toBe('117 Emergency help (national police) (Medium)');
    expect(of('pn')?.note).toMatch(/no mobile phone network/);
    expect(of('gb')?.emergency[0]?.note).not.toMatch(/45 seconds/);
    expect(of('gb')?.emergency[0]?.note).toMatch(/^Speak or whisper if you can\..*does not tell them where you are/);
    const capeTown = of('za')?.lines.find((line) => line.id === 'rape-crisis-cape-town');
    expect(capeTown?.otherPhones).toBeUndefined();
    expect(capeTown?.languages).toBe('English, Afrikaans or isiXhosa');
  });

  it('keeps hours as data where the hours note states them (issue 24), and none where it does not', () => {
    const lines = countries.flatMap((country) => country.lines.map((line) => ({ country: country.id, line })));
    const line = (id: string) => lines.find((entry) => entry.line.id === id)?.line;

    expect(line('rape-crisis-scotland')?.schedule).toEqual([
      { covers: ['phone'], zone: 'Europe/London', open: [{ days: 'mon-sun', from: '18:00', to: '00:00' }] },
    ]);
    expect(line('fono-1455')?.schedule).toEqual([
      {
        covers: ['phone'],
        zone: 'America/Santiago',
        open: [{ days: 'mon-fri', from: '08:00', to: '00:00' }],
        holidays: 'closed',
      },
    ]);
    // Round the clock, as the note says, for every way in the note is about.
    for (const { country, line: entry } of lines) {
      // Argentina's 0800 line: we could not confirm it still runs, so it shows no open state.
      if (entry.id === 'argentina-salud-mental-0800') continue;
      if (/^24 hours(, every day( of the year)?)?$|^Day and night$/.test(entry.hours ?? '')) {
        expect(
          entry.schedule?.every((schedule) => schedule.open === '24/7'),
          `${country} ${entry.id}`,
        ).toBe(true);
      }
    }
    // No hours stated, or sources that disagree: none, and the card says "Hours not confirmed".
    for (const id of [
      'childline',
      'the-survivors-trust',
      'talk4healing',
      'mens-advice-line',
      'are-you-ok-information-line',
      'argentina-salud-mental-0800',
    ]) {
      expect(line(id)?.schedule, id).toBeUndefined();
    }
    // 70: France's 3114 (24/7) and 3018 (every day, 9:00 to 23:00) and Belgium's Child Focus
    // (24/7) joined the 67 before them; 75: Portugal's 800 202 148, 1411 and SNS 24 (24/7), Linha
    // Internet Segura (working days) and SOS Voz Amiga (every day, past midnight); 77: Brazil's
    // CVV 188 and Disque 100 (24/7; SaferNet's chat has none, its hours resting on one 2023 page).
    expect(lines.filter((entry) => entry.line.schedule).length).toBe(77);
  });

  it('gives every country with a file of its own "If you can’t talk", and the routes the review names', () => {
    const withRoutes = countries.filter((country) => country.cantTalk !== undefined).map((country) => country.id);
    const files = readdirSync(HELPLINES_DIR)
      .filter((name) => name.endsWith('.yaml') && !['emergency.yaml', 'exceptions.yaml', 'other.yaml'].includes(name))
      .map((name) => name.replace('.yaml', ''));

    expect(withRoutes.sort()).toEqual(files.sort());
    for (const id of ['gb', 'fr', 'au', 'us', 'nz', 'mx'] as const) {
      const routes = byId.get(id)?.cantTalk ?? [];
      expect(routes.length, id).toBeGreaterThan(0);
      for (const route of routes) {
        expect(route.source, id).toMatch(/^https:\/\//);
        expect(route.checked <= TODAY, id).toBe(true);
        if (route.confidence !== 'High') expect(route.verify, id).toBeTruthy();
      }
    }
    expect(byId.get('gb')?.cantTalk?.[0]?.how).toMatch(/press 55/);
    // New Zealand: what the police say happens on a silent 111 call; 111 TXT only for whom it serves.
    expect(byId.get('nz')?.cantTalk?.[0]?.how).toMatch(/press 55.*twice.*press any button/);
    expect(byId.get('nz')?.cantTalk?.[1]?.how).toMatch(/^If you are Deaf or hard of hearing and can't use a phone/);
    // Australia: 000 then 55 comes first; the SMS relay is for the people the government names.
    expect(byId.get('au')?.cantTalk?.[0]?.how).toMatch(/^Call 000\..*press 55/);
    expect(byId.get('au')?.cantTalk?.[1]?.how).toMatch(/^If you are d\/Deaf, hard of hearing or have a speech/);
    expect(byId.get('au')?.cantTalk?.[1]?.how).toMatch(/many minutes or even hours/);
    expect(byId.get('us')?.cantTalk?.[0]?.how).toMatch(/^Only in some areas/);
    expect(byId.get('fr')?.cantTalk?.[0]?.textLine?.tel).toBe('114');
    // Every text route says to silence the phone first (Pasco County's text-to-911 advice).
    for (const id of ['gb', 'fr', 'us'] as const) {
      const texts = (byId.get(id)?.cantTalk ?? []).filter((route) => route.textLine);
      expect(texts.length, id).toBeGreaterThan(0);
      for (const route of texts) expect(route.how, id).toMatch(/If you are in danger, silence your phone first\./);
    }
    // Mexico's 911 app only works once set up with your details.
    expect(byId.get('mx')?.cantTalk?.[0]?.how).toMatch(/You must set it up first/);
  });
});

describe('schema failures', () => {
  const FILE = 'content/helplines/gb.yaml';

  type Fields = Record<string, unknown>;
  interface Base {
    country: Fields & { lines: Fields[]; emergency: Fields[] };
    line: Fields;
    emergency: Fields;
  }

  /** A small valid country (plus its first line and emergency number); each case breaks one thing. */
  function validCountry(): Base {
    const emergency: Fields = {
      display: '999',
      tel: '999',
      label: 'Police, ambulance, fire',
      source: 'https://example.org/999',
      checked: '2026-11-01',
      confidence: 'High',
    };
    const line: Fields = {
      id: 'rape-crisis-england-wales',
      organisation: 'Rape Crisis England & Wales',
      helpsWith: 'Support after sexual violence.',
      tags: ['sexual-violence'],
      phone: { display: '0808 500 2222', tel: '+448085002222' },
      website: 'https://example.org',
      source: 'https://example.org/source',
      checked: '2026-11-01',
      confidence: 'High',
    };
    const country = {
      id: 'gb',
      areas: [{ id: 'scotland', name: 'Scotland' }],
      emergency: [emergency],
      cantTalk: [],
      lines: [line],
    };
    return { country, line, emergency };
  }

  /** A Spanish option for the base line, valid as it stands. */
  const spanishOption = (): Fields => ({
    language: 'es',
    how: 'Ask for Spanish when you call.',
    source: 'https://example.org/es',
    checked: '2026-11-01',
    confidence: 'High',
  });

  /** Gives the base line office hours in London, with `change` made to its one schedule. */
  function withSchedule(line: Fields, change: Fields): void {
    line.hours = 'Monday to Friday, 9am to 5pm';
    const schedule: Fields = {
      covers: ['phone'],
      zone: 'Europe/London',
      open: [{ days: 'mon-fri', from: '09:00', to: '17:00' }],
      ...change,
    };
    if (schedule.zone === undefined) delete schedule.zone;
    line.schedule = [schedule];
  }

  it('requires "If you can’t talk" in a country’s file, naming what to write', () => {
    const { country } = validCountry();
    delete (country as Fields).cantTalk;

    expect(() => validateHelplineCountry(country, FILE, { today: TODAY })).toThrow(
      /gb\.yaml: cantTalk: is required: the ways to reach help here without speaking aloud/,
    );
  });

  it('accepts the valid base object (so each failure below comes from its one change)', () => {
    expect(validateHelplineCountry(validCountry().country, FILE, { today: TODAY }).id).toBe('gb');
  });

  it('accepts a line with options in other languages, each with its own numbers and links', () => {
    const { country, line } = validCountry();
    line.languageOptions = [
      {
        ...spanishOption(),
        phone: { display: '0808 500 2222', tel: '+448085002222' },
        textLine: { display: '85258', tel: '85258', keyword: 'AYUDA' },
        whatsapp: { display: '078600 77333', tel: '+447860077333' },
        chat: 'https://example.org/chat',
        website: 'https://example.org/es',
      },
      { ...spanishOption(), language: 'pt-BR', confidence: 'Low', verify: 'Check it.' },
    ];

    const checked = validateHelplineCountry(country, FILE, { today: TODAY });

    expect(checked.lines[0]?.languageOptions?.map((option) => option.language)).toEqual(['es', 'pt-BR']);
  });

  it.each<[string, (country: Base['country'], line: Fields, emergency: Fields) => void, string, RegExp]>([
    [
      'http link',
      (_c, line) => {
        line.website = 'http://example.org';
      },
      'lines[0].website',
      /https:\/\//,
    ],
    [
      'javascript: link',
      (_c, line) => {
        line.chat = 'javascript:alert(1)';
      },
      'lines[0].chat',
      /https:\/\//,
    ],
    [
      'http source',
      (_c, line) => {
        line.source = 'http://example.org';
      },
      'lines[0].source',
      /https:\/\//,
    ],
    [
      'tel with spaces',
      (_c, line) => {
        line.phone = { display: '0808 500 2222', tel: '+44 808 500 2222' };
      },
      'lines[0].phone.tel',
      /digits/,
    ],
    [
      'tel not quoted in YAML (a number)',
      (_c, _line, emergency) => {
        emergency.tel = 999;
      },
      'emergency[0].tel',
      /quoted string/,
    ],
    [
      'tel/display mismatch',
      (_c, line) => {
        line.phone = { display: '0808 500 2223', tel: '+448085002222' };
      },
      'lines[0].phone.display',
      /not the same number/,
    ],
    [
      'letters in display',
      (_c, line) => {
        line.phone = { display: '0808 500 HOPE', tel: '+448085004673' };
      },
      'lines[0].phone.display',
      /letters/,
    ],
    [
      'wrong country code',
      (_c, line) => {
        line.phone = { display: '0808 500 2222', tel: '+338085002222' };
      },
      'lines[0].phone.tel',
      /not a valid number for GB/,
    ],
    [
      'long number without +',
      (_c, line) => {
        line.phone = { display: '0808 500 2222', tel: '08085002222' };
      },
      'lines[0].phone.tel',
      /full number: write it with the calling code, "\+448085002222"/,
    ],
    [
      'text number from another country',
      (_c, line) => {
        line.textLine = { display: '0458 737 732', tel: '+61458737732' };
      },
      'lines[0].textLine.tel',
      /not a valid number for GB/,
    ],
    [
      'unknown key',
      (_c, line) => {
        line.colour = 'red';
      },
      'lines[0].colour',
      /unknown field "colour"/,
    ],
    [
      'unknown key in a phone',
      (_c, line) => {
        line.phone = { display: '999', tel: '999', ext: '1' };
      },
      'lines[0].phone.ext',
      /unknown field "ext"/,
    ],
    [
      'missing required field',
      (_c, line) => {
        delete line.helpsWith;
      },
      'lines[0].helpsWith',
      /required/,
    ],
    [
      'missing verify for Medium',
      (_c, line) => {
        line.confidence = 'Medium';
      },
      'lines[0].verify',
      /required when confidence is Medium/,
    ],
    [
      'missing verify for Low emergency',
      (_c, _line, emergency) => {
        emergency.confidence = 'Low';
      },
      'emergency[0].verify',
      /required when confidence is Low/,
    ],
    [
      'bad confidence',
      (_c, line) => {
        line.confidence = 'Very high';
      },
      'lines[0].confidence',
      /High, Medium, Low/,
    ],
    [
      'unknown area',
      (_c, line) => {
        line.areas = ['atlantis'];
      },
      'lines[0].areas[0]',
      /unknown area "atlantis"/,
    ],
    [
      'an emergency number that is not one',
      (_c, _line, emergency) => {
        Object.assign(emergency, { display: '998', tel: '998' });
      },
      'emergency[0].tel',
      /not an emergency number for GB/,
    ],
    [
      'a number the library does not know, with no exception',
      (_c, line) => {
        line.phone = { display: '123456', tel: '123456' };
      },
      'lines[0].phone.tel',
      /exceptions\.yaml/,
    ],
    [
      'future date',
      (_c, line) => {
        line.checked = '2999-01-01';
      },
      'lines[0].checked',
      /future/,
    ],
    [
      'impossible date',
      (_c, line) => {
        line.checked = '2026-02-30';
      },
      'lines[0].checked',
      /real date/,
    ],
    [
      'date in another format',
      (_c, line) => {
        line.checked = '24/11/2026';
      },
      'lines[0].checked',
      /YYYY-MM-DD/,
    ],
    [
      'id not equal to file name',
      (c) => {
        c.id = 'ie';
      },
      'id',
      /file name "gb"/,
    ],
    [
      'id of no country',
      (c) => {
        c.id = 'xx';
      },
      'id',
      /country id/,
    ],
    [
      'line id not kebab-case',
      (_c, line) => {
        line.id = 'Rape_Crisis';
      },
      'lines[0].id',
      /kebab-case/,
    ],
    [
      'duplicate line id',
      (c, line) => {
        c.lines.push({ ...line });
      },
      'lines[1].id',
      /used twice/,
    ],
    [
      'unknown tag',
      (_c, line) => {
        line.tags = ['urgent'];
      },
      'lines[0].tags[0]',
      /must be one of/,
    ],
    [
      'no emergency number',
      (c) => {
        c.emergency = [];
      },
      'emergency',
      /at least one emergency number/,
    ],
    [
      'no lines',
      (c) => {
        c.lines = [];
      },
      'lines',
      /at least one helpline/,
    ],
    [
      'no way to get in touch',
      (_c, line) => {
        delete line.phone;
        delete line.website;
      },
      'lines[0]',
      /way to get in touch/,
    ],
    [
      'a number to dial that is not a star code',
      (_c, line) => {
        line.dial = '4141';
      },
      'lines[0].dial',
      /must be a star code/,
    ],
    [
      'bad e-mail',
      (_c, line) => {
        line.email = 'help at example.org';
      },
      'lines[0].email',
      /e-mail address/,
    ],
    [
      'text with a trailing line break',
      (_c, line) => {
        line.helpsWith = 'Support.\n';
      },
      'lines[0].helpsWith',
      /line breaks/,
    ],
    [
      'language option: a language tag not in its usual form',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), language: 'ES' }];
      },
      'lines[0].languageOptions[0].language',
      /language tag in its usual form, such as es or pt-BR \(got "ES"\)/,
    ],
    [
      'language option: not a language tag',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), language: 'Spanish!' }];
      },
      'lines[0].languageOptions[0].language',
      /language tag/,
    ],
    [
      'language option: no how',
      (_c, line) => {
        const { how: _how, ...option } = spanishOption();
        line.languageOptions = [option];
      },
      'lines[0].languageOptions[0].how',
      /is required but missing/,
    ],
    [
      'language option: no source',
      (_c, line) => {
        const { source: _source, ...option } = spanishOption();
        line.languageOptions = [option];
      },
      'lines[0].languageOptions[0].source',
      /is required but missing/,
    ],
    [
      'language option: an empty list',
      (_c, line) => {
        line.languageOptions = [];
      },
      'lines[0].languageOptions',
      /must not be empty/,
    ],
    [
      'language option: a second option for the same language',
      (_c, line) => {
        line.languageOptions = [spanishOption(), { ...spanishOption(), language: 'es-US' }];
      },
      'lines[0].languageOptions[1].language',
      /es already has an option \(lines\[0\]\.languageOptions\[0\]\)/,
    ],
    [
      'language option: a number the library rejects',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), phone: { display: '0808 500 222', tel: '+44808500222' } }];
      },
      'lines[0].languageOptions[0].phone.tel',
      /is not a valid number for GB/,
    ],
    [
      'language option: a text number whose display differs from tel',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), textLine: { display: '85259', tel: '85258', keyword: 'AYUDA' } }];
      },
      'lines[0].languageOptions[0].textLine.display',
      /not the same number/,
    ],
    [
      'language option: an http chat',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), chat: 'http://example.org' }];
      },
      'lines[0].languageOptions[0].chat',
      /https:\/\//,
    ],
    [
      'language option: Medium without verify',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), confidence: 'Medium' }];
      },
      'lines[0].languageOptions[0].verify',
      /is required when confidence is Medium/,
    ],
    [
      'language option: checked in the future',
      (_c, line) => {
        line.languageOptions = [{ ...spanishOption(), checked: '2099-01-01' }];
      },
      'lines[0].languageOptions[0].checked',
      /in the future/,
    ],
    [
      'schedule: a time zone that does not exist',
      (_c, line) => withSchedule(line, { zone: 'Europe/Londres' }),
      'lines[0].schedule[0].zone',
      /must be an IANA time zone such as Europe\/London .*got Europe\/Londres/,
    ],
    [
      'schedule: a fixed offset, which keeps no summer time',
      (_c, line) => withSchedule(line, { zone: 'UTC' }),
      'lines[0].schedule[0].zone',
      /must be an IANA time zone/,
    ],
    [
      'schedule: a zone of another country',
      (_c, line) => withSchedule(line, { zone: 'Europe/Paris' }),
      'lines[0].schedule[0].zone',
      /"Europe\/Paris" is not a time zone of gb \(its zones: Europe\/London\)/,
    ],
    [
      'schedule: set hours without a zone',
      (_c, line) => withSchedule(line, { zone: undefined }),
      'lines[0].schedule[0].zone',
      /is required: the time zone the source gives its hours in/,
    ],
    [
      'schedule: a zone beside 24/7',
      (_c, line) => withSchedule(line, { open: '24/7' }),
      'lines[0].schedule[0].zone',
      /must be left out: 24\/7 is the same in every time zone/,
    ],
    [
      'schedule: open neither 24/7 nor spans',
      (_c, line) => withSchedule(line, { open: 'always' }),
      'lines[0].schedule[0].open',
      /must be 24\/7, or a list of spans/,
    ],
    [
      'schedule: a time that is not one',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon-fri', from: '25:00', to: '17:00' }] }),
      'lines[0].schedule[0].open[0].from',
      /must be a time from "00:00" to "23:59"/,
    ],
    [
      'schedule: a time written without its zero',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon-fri', from: '9:00', to: '17:00' }] }),
      'lines[0].schedule[0].open[0].from',
      /written HH:MM \(got "9:00"\)/,
    ],
    [
      'schedule: an unknown day',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon-fry', from: '09:00', to: '17:00' }] }),
      'lines[0].schedule[0].open[0].days',
      /"mon-fry" is not a day or a range of days/,
    ],
    [
      'schedule: a range of days that runs backwards',
      (_c, line) => withSchedule(line, { open: [{ days: 'fri-mon', from: '09:00', to: '17:00' }] }),
      'lines[0].schedule[0].open[0].days',
      /runs backwards/,
    ],
    [
      'schedule: a day named twice',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon-fri, wed', from: '09:00', to: '17:00' }] }),
      'lines[0].schedule[0].open[0].days',
      /names wed twice/,
    ],
    [
      'schedule: days split by YAML (a comma inside { })',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon', wed: null, from: '09:00', to: '17:00' }] }),
      'lines[0].schedule[0].open',
      /unknown field "?wed"? in a span: .*days: "mon, wed, fri"/,
    ],
    [
      'schedule: opens and closes at the same time',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon', from: '09:00', to: '09:00' }] }),
      'lines[0].schedule[0].open[0]',
      /opens and closes at 09:00/,
    ],
    [
      'schedule: spans that overlap',
      (_c, line) =>
        withSchedule(line, {
          open: [
            { days: 'mon-fri', from: '09:00', to: '17:00' },
            { days: 'wed', from: '16:00', to: '18:00' },
          ],
        }),
      'lines[0].schedule[0].open[1]',
      /overlaps open\[0\]: both are open on Wednesday at 16:00/,
    ],
    [
      'schedule: spans that overlap past midnight',
      (_c, line) =>
        withSchedule(line, {
          open: [
            { days: 'sun', from: '22:00', to: '02:00' },
            { days: 'mon', from: '01:00', to: '03:00' },
          ],
        }),
      'lines[0].schedule[0].open[1]',
      /overlaps open\[0\]: both are open on Monday at 01:00/,
    ],
    [
      'schedule: spans that are open all week',
      (_c, line) => withSchedule(line, { open: [{ days: 'mon-sun', from: '00:00', to: '24:00' }] }),
      'lines[0].schedule[0].open',
      /is open all week round: write open: 24\/7/,
    ],
    [
      'schedule: hours for a way the line does not have',
      (_c, line) => withSchedule(line, { covers: ['chat'] }),
      'lines[0].schedule[0].covers[0]',
      /the line has no chat: it has phone/,
    ],
    [
      'schedule: an unknown way in',
      (_c, line) => withSchedule(line, { covers: ['fax'] }),
      'lines[0].schedule[0].covers[0]',
      /must be one of phone, text, whatsapp, chat/,
    ],
    [
      'schedule: unknown holidays',
      (_c, line) => withSchedule(line, { holidays: 'open' }),
      'lines[0].schedule[0].holidays',
      /must be one of closed, may-differ/,
    ],
    [
      'schedule: two sets of hours for the phone',
      (_c, line) => {
        withSchedule(line, {});
        line.schedule = [...(line.schedule as unknown[]), { covers: ['phone'], open: '24/7' }];
      },
      'lines[0].schedule[1].covers[0]',
      /phone already has hours in lines\[0\]\.schedule\[0\]/,
    ],
    [
      'schedule: without the hours note in the source’s words',
      (_c, line) => {
        withSchedule(line, {});
        delete line.hours;
      },
      'lines[0].schedule',
      /needs the `hours` note beside it/,
    ],
    [
      'schedule: on an emergency number, which shows no hours',
      (_c, _line, emergency) => {
        emergency.schedule = [{ covers: ['phone'], open: '24/7' }];
      },
      'emergency[0].schedule',
      /unknown field "?schedule"?/,
    ],
  ])('%s', (_name, breakIt, where, reason) => {
    const { country, line, emergency } = validCountry();
    breakIt(country, line, emergency);

    let error: unknown;
    try {
      validateHelplineCountry(country, FILE, { today: TODAY });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ContentError);
    const contentError = error as ContentError;
    expect(contentError.file).toBe(FILE);
    expect(contentError.where).toBe(where);
    expect(contentError.reason).toMatch(reason);
    expect(contentError.message).toBe(`${FILE}: ${where}: ${contentError.reason}`);
  });

  it('rejects any phone number in other.yaml', () => {
    const other = {
      id: 'other',
      emergency: [],
      lines: [validCountry().line],
    };

    expect(() => validateHelplineCountry(other, 'content/helplines/other.yaml', { today: TODAY })).toThrow(
      /other\.yaml: lines\[0\]\.phone: .*cannot hold phone numbers/,
    );
  });

  it('accepts the display forms of one number: +CC, trunk 0, and national 1800 numbers in AU', () => {
    const withPhone = (id: string, display: string, tel: string) => {
      const { country, line, emergency } = validCountry();
      country.id = id;
      delete country.areas;
      const local =
        ({ nz: '111', sg: '999', us: '911', au: '000', ar: '911', mx: '911' } as Record<string, string>)[id] ?? '112';
      Object.assign(emergency, { display: local, tel: local });
      line.phone = { display, tel };
      return () => validateHelplineCountry(country, `content/helplines/${id}.yaml`, { today: TODAY });
    };

    expect(withPhone('gb', '+44 808 500 2222', '+448085002222')).not.toThrow();
    expect(withPhone('gb', '0808 500 2222', '+448085002222')).not.toThrow();
    expect(withPhone('us', '1-800-656-4673', '+18006564673')).not.toThrow();
    expect(withPhone('us', '800-656-4673', '+18006564673')).not.toThrow();
    expect(withPhone('au', '1800 737 732', '1800737732')).not.toThrow();
    expect(withPhone('es', '600 000 016', '+34600000016')).not.toThrow();
    expect(withPhone('gb', '1800 737 732', '1800737732')).toThrow(/not a valid short number/);
    expect(withPhone('nz', '0800 044 334', '0800044334')).not.toThrow();
    // Freephone numbers that may not connect in international form must be written at home's way.
    expect(withPhone('nz', '0800 044 334', '+64800044334')).toThrow(/national form, "0800044334"/);
    expect(withPhone('za', '0800 428 428', '+27800428428')).toThrow(/national form, "0800428428"/);
    expect(withPhone('za', '0800 428 428', '0800428428')).not.toThrow();
    // Argentina's and Mexico's freephone lines too (the library accepts both forms there).
    expect(withPhone('ar', '0800-999-0091', '+548009990091')).toThrow(/national form, "08009990091"/);
    expect(withPhone('ar', '0800-999-0091', '08009990091')).not.toThrow();
    expect(withPhone('mx', '800 911 2000', '+528009112000')).toThrow(/national form, "8009112000"/);
    expect(withPhone('mx', '800 911 2000', '8009112000')).not.toThrow();
    expect(withPhone('sg', '1800 777 0000', '18007770000')).not.toThrow();
  });
});

describe('loadHelplines', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });
  function copyOfData(): string {
    tmp = mkdtempSync(path.join(tmpdir(), 'helplines-'));
    cpSync(HELPLINES_DIR, tmp, { recursive: true, filter: (src) => !src.endsWith('.ts') });
    return tmp;
  }

  it('names the file and the line of a YAML syntax error', () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'fr.yaml'), 'id: fr\nname: [France\n');

    expect(() => loadHelplines(dir)).toThrow(/fr\.yaml: line \d+, column \d+: is not valid YAML/);
  });

  it('names the file and the place of a broken schedule, as the build shows it', () => {
    const dir = copyOfData();
    const file = path.join(dir, 'cl.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('zone: America/Santiago', 'zone: America/Santiago_de_Chile'),
    );

    expect(() => loadHelplines(dir, { today: TODAY })).toThrow(
      /cl\.yaml: lines\[0\]\.schedule\[0\]\.zone: must be an IANA time zone .*America\/Santiago_de_Chile/,
    );
  });

  it('rejects a line id used in two files', () => {
    const dir = copyOfData();
    const es = readFileSync(path.join(dir, 'es.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'es.yaml'), es.replace('id: spain-016', 'id: samaritans'));

    expect(() => loadHelplines(dir)).toThrow(
      /(es|gb)\.yaml: lines\[\d+\]\.id: id "samaritans" is already used in .*(gb|es)\.yaml/,
    );
  });

  it('rejects a country that is nowhere: no file, no row in the table', () => {
    const dir = copyOfData();
    rmSync(path.join(dir, 'nz.yaml'));

    expect(() => loadHelplines(dir)).toThrow(/emergency\.yaml: country "nz" is missing/);
  });

  it.each([
    [
      'a row for a country with its own file',
      (t: string) => t.replace('countries:\n', 'countries:\n  gb: [{ tel: "999", for: all }]\n'),
      /countries\.gb: "gb" has its own file/,
    ],
    [
      'a table number the library rejects',
      (t: string) => t.replace('it: [{ tel: "112", for: all }', 'it: [{ tel: "999", for: all }'),
      /countries\.it\[0\]\.tel: "999" is not an emergency number for IT/,
    ],
    [
      'an unconfirmed row the library accepts',
      (t: string) => t.replace('ly: [{ tel: "1515", for: all }', 'ly: [{ tel: "190", for: all }'),
      /unconfirmed\.countries\.ly\[0\]\.tel: google-libphonenumber accepts "190"/,
    ],
    [
      'a country with numbers that is also under withoutNumber',
      (t: string) => t.replace('withoutNumber:\n', 'withoutNumber:\n  it: No number.\n'),
      /withoutNumber\.it: "it" is listed twice \(also under countries\.it\)/,
    ],
    [
      'a country listed under unconfirmed and withoutNumber',
      (t: string) => t.replace('withoutNumber:\n', 'withoutNumber:\n  ly: No number.\n'),
      /withoutNumber\.ly: "ly" is listed twice \(also under unconfirmed\.countries\.ly\)/,
    ],
    [
      'an unknown `for`',
      (t: string) => t.replace('it: [{ tel: "112", for: all }', 'it: [{ tel: "112", for: everyone }'),
      /must be one of all, police/,
    ],
    [
      'a number with its own source but no grade',
      (t: string) =>
        t.replace(
          'it: [{ tel: "112", for: all }',
          'it: [{ tel: "112", for: all, source: "https://example.org/it", checked: 2026-11-01 }',
        ),
      /countries\.it\[0\]\.confidence: is required when the number has its own source/,
    ],
    [
      'a number with its own date but no source',
      (t: string) =>
        t.replace(
          'it: [{ tel: "112", for: all }',
          'it: [{ tel: "112", for: all, checked: 2026-11-01, confidence: High }',
        ),
      /countries\.it\[0\]\.source: is required when the number has its own checked or confidence/,
    ],
    [
      'a number with its own source, graded Medium, that does not say what to verify',
      (t: string) =>
        t.replace(
          'it: [{ tel: "112", for: all }',
          'it: [{ tel: "112", for: all, source: "https://example.org/it", checked: 2026-11-01, confidence: Medium }',
        ),
      /countries\.it\[0\]\.verify: is required when confidence is Medium/,
    ],
    [
      'a number checked in the future',
      (t: string) =>
        t.replace(
          'it: [{ tel: "112", for: all }',
          'it: [{ tel: "112", for: all, source: "https://example.org/it", checked: 2099-01-01, confidence: High }',
        ),
      /countries\.it\[0\]\.checked: is in the future \(2099-01-01\)/,
    ],
    [
      'a verify with no source of its own',
      (t: string) => t.replace('it: [{ tel: "112", for: all }', 'it: [{ tel: "112", for: all, verify: Check it. }'),
      /countries\.it\[0\]\.verify: belongs with a source of its own/,
    ],
    [
      'a label of its own with no source of its own (only a page that names the services may)',
      (t: string) => t.replace('it: [{ tel: "112", for: all }', 'it: [{ tel: "112", for: all, label: Police }'),
      /countries\.it\[0\]: a label or display of its own belongs with a source of its own/,
    ],
    [
      'a display of its own that is not the same number',
      (t: string) =>
        t.replace(
          'it: [{ tel: "112", for: all }',
          'it: [{ tel: "112", for: all, display: "113", source: "https://example.org/it", checked: 2026-01-01, confidence: High }',
        ),
      /countries\.it\[0\]\.tel: /,
    ],
    [
      'an unconfirmed number with a source of its own (a source that confirms it moves it to countries)',
      (t: string) =>
        t.replace(
          'pa: [{ tel: "104", for: police }',
          'pa: [{ tel: "104", for: police, source: "https://example.org/pa" }',
        ),
      /unconfirmed\.countries\.pa\[0\]\.source: unknown field "source"/,
    ],
  ])('rejects %s in the emergency table', (_name, breakIt, error) => {
    const dir = copyOfData();
    const file = path.join(dir, 'emergency.yaml');
    writeFileSync(file, breakIt(readFileSync(file, 'utf8')));

    expect(() => loadHelplines(dir, { today: TODAY })).toThrow(error);
  });

  it("gives a number its own source, date and grade when it names a page, and the table's otherwise", () => {
    const dir = copyOfData();
    const file = path.join(dir, 'emergency.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(
          'it: [{ tel: "112", for: all }',
          'it: [{ tel: "112", for: all, source: "https://example.org/it", checked: 2026-11-01, confidence: High }',
        )
        .replace('pa: [{ tel: "104", for: police }', 'pa: [{ tel: "104", for: police, verify: Ask the police. }'),
    );

    const byId = new Map(loadHelplines(dir, { today: TODAY }).map((country) => [country.id, country]));
    const it112 = byId.get('it')?.emergency.find((e) => e.tel === '112');
    const it113 = byId.get('it')?.emergency.find((e) => e.tel === '113');
    const pa104 = byId.get('pa')?.emergency.find((e) => e.tel === '104');

    expect(it112).toMatchObject({ source: 'https://example.org/it', checked: '2026-11-01', confidence: 'High' });
    expect(it112?.verify).toBeUndefined();
    expect(it113?.source).toMatch(/android\.googlesource\.com/);
    expect(it113?.confidence).toBe('Medium');
    expect(pa104).toMatchObject({ confidence: 'Low', verify: 'Ask the police.' });
  });

  it('rejects an exception nothing needs', () => {
    const dir = copyOfData();
    const file = path.join(dir, 'exceptions.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}- { country: gb, tel: "999", source: "https://example.org", reason: Not needed. }\n`,
    );

    expect(() => loadHelplines(dir, { today: TODAY })).toThrow(/exceptions\.yaml: \[\d+\]: gb "999" is not needed/);
  });

  it('shows paths relative to the repository for files inside it', () => {
    const gb = path.join(HELPLINES_DIR, 'gb.yaml');
    expect(statSync(gb).isFile()).toBe(true);

    const error = (() => {
      try {
        validateHelplineCountry({}, 'content/helplines/gb.yaml');
      } catch (caught) {
        return caught as ContentError;
      }
    })();

    expect(error?.message).toMatch(/^content\/helplines\/gb\.yaml: /);
  });
});

describe('outdated numbers (reference section 6, and the lockdown-only NCW WhatsApp)', () => {
  // Digits only. Long numbers: the national part, so +44/0 and 1- prefixes all match.
  const OUTDATED = [
    { published: '0808 802 9999', digits: '8088029999' },
    { published: '08457 90 90 90', digits: '8457909090' },
    { published: '1-800-273-8255', digits: '8002738255' },
    { published: '1-833-456-4566', digits: '8334564566' },
    { published: 'text 45645', digits: '45645', exact: true },
    { published: '08000 116 016', digits: '8000116016' },
    { published: 'NCW WhatsApp 72177 35372', digits: '7217735372' },
  ];

  /** Every outdated number written anywhere in text, however it is spaced or prefixed. */
  function findOutdated(text: string): string[] {
    const runs = text.match(/\+?\d[\d \t().\-/]*/g) ?? [];
    const found = new Set<string>();
    for (const run of runs) {
      const digits = run.replace(/\D/g, '');
      for (const old of OUTDATED) {
        if (old.exact ? digits === old.digits : digits.includes(old.digits)) found.add(old.published);
      }
    }
    return [...found];
  }

  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    });
  }

  it.each([
    ['0808 802 9999', '0808 802 9999'],
    ['tel: "+448088029999"', '0808 802 9999'],
    ['call 08457 90 90 90', '08457 90 90 90'],
    ['1 (800) 273-8255', '1-800-273-8255'],
    ['+18334564566', '1-833-456-4566'],
    ['text 45645 now', 'text 45645'],
    ['08000 116 016', '08000 116 016'],
    ['+91 72177 35372', 'NCW WhatsApp 72177 35372'],
  ])('the scanner finds %s', (text, expected) => {
    expect(findOutdated(text)).toEqual([expected]);
  });

  it.each(['116 016', '116 123', '0808 500 2222', '988', '2026-11-24', '456450'])(
    'the scanner leaves %s alone',
    (text) => {
      expect(findOutdated(text)).toEqual([]);
    },
  );

  it('no file under content/ contains an outdated number', () => {
    const files = filesUnder(CONTENT_DIR);
    expect(files.length).toBeGreaterThan(12);

    const hits = files.flatMap((file) =>
      findOutdated(readFileSync(file, 'utf8')).map((n) => `${path.relative(CONTENT_DIR, file)}: ${n}`),
    );

    expect(hits).toEqual([]);
  });
});

describe('countryForLocale', () => {
  it.each([
    ['es-MX', 'mx'],
    // Portuguese readers (issue 28): Brazil, Portugal, Angola and Mozambique, each its own country.
    ['pt-BR', 'br'],
    ['pt-PT', 'pt'],
    ['pt_PT', 'pt'],
    ['pt-AO', 'ao'],
    ['pt-MZ', 'mz'],
    ['pt', undefined],
    ['es_CO', 'co'],
    ['en-GB', 'gb'],
    ['en_GB', 'gb'],
    ['en-UK', 'gb'],
    ['en-US', 'us'],
    ['en_US', 'us'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'ca'],
    ['de-DE', 'de'],
    ['de-AT', 'at'],
    ['es-ES', 'es'],
    ['es-419', undefined],
    ['en-IN', 'in'],
    ['en-ZA', 'za'],
    ['en-IE', 'ie'],
    ['en-AU', 'au'],
    ['en-NZ', 'nz'],
    ['zh-Hant-TW', 'tw'],
    ['en-AQ', undefined],
    ['EN-gb', 'gb'],
    ['en', undefined],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (uiLanguage, expected) => {
    expect(countryForLocale(uiLanguage)).toBe(expected);
  });
});

describe('expiredHigh: High entries go stale after 18 months', () => {
  // A fixed "today", never the real clock, so the suite does not turn red by itself.
  const REVIEW_DATE = '2026-12-07';

  it('no High entry in the real data was checked more than 18 months before the review date', () => {
    const countries = loadHelplines(HELPLINES_DIR, { today: REVIEW_DATE });

    expect(expiredHigh(countries, REVIEW_DATE)).toEqual([]);
  });

  it('lists a High entry checked 18 months and a day before, and not one checked exactly 18 months before', () => {
    const entry = (id: string, checked: string) => ({
      id,
      organisation: id,
      helpsWith: 'Support.',
      tags: ['crisis' as const],
      website: 'https://example.org',
      source: 'https://example.org',
      checked,
      confidence: 'High' as const,
    });
    const country: HelplineCountry = {
      id: 'gb',
      emergency: [],
      lines: [entry('too-old', '2025-06-06'), entry('just-in-time', '2025-06-07')],
    };

    expect(HIGH_EXPIRES_AFTER_MONTHS).toBe(18);
    expect(expiredHigh([country], REVIEW_DATE).map((row) => row.entry)).toEqual(['too-old']);
  });
});

describe('countryForLanguages', () => {
  it.each([
    [['es', 'es-MX'], 'mx'],
    [['en-US', 'es-MX'], 'us'],
    [['es-419', 'es', 'es-AR'], 'ar'],
    [['en', 'fr'], undefined],
    [[undefined, 'de-DE'], 'de'],
    [[], undefined],
  ] as const)('%o → %s', (tags, expected) => {
    expect(countryForLanguages(tags)).toBe(expected);
  });
});

describe('staleReport', () => {
  const entry = (id: string, checked: string, confidence: 'High' | 'Medium' | 'Low') => ({
    id,
    organisation: id,
    helpsWith: 'Support.',
    tags: ['crisis' as const],
    website: 'https://example.org',
    source: 'https://example.org',
    checked,
    confidence,
    ...(confidence === 'High' ? {} : { verify: 'Check it.' }),
  });
  const country: HelplineCountry = {
    id: 'gb',
    emergency: [
      {
        display: '999',
        tel: '999',
        label: 'Police',
        source: 'https://example.org',
        checked: '2026-04-24',
        confidence: 'High',
      },
    ],
    lines: [
      entry('seven-months-old', '2026-04-24', 'High'),
      entry('exactly-six-months-old', '2026-05-24', 'High'),
      entry('checked-yesterday', '2026-11-23', 'High'),
      entry('medium-and-fresh', '2026-11-23', 'Medium'),
      entry('low-and-fresh', '2026-11-23', 'Low'),
      entry('medium-and-old', '2025-01-01', 'Medium'),
    ],
  };

  it('lists entries checked more than 6 months ago and every Medium or Low entry', () => {
    const rows = staleReport([country], '2026-11-24');

    expect(rows.map((row) => [row.entry, row.reasons])).toEqual([
      ['emergency 999', ['stale']],
      ['seven-months-old', ['stale']],
      ['medium-and-fresh', ['not-high']],
      ['low-and-fresh', ['not-high']],
      ['medium-and-old', ['stale', 'not-high']],
    ]);
    expect(rows.find((row) => row.entry === 'low-and-fresh')?.verify).toBe('Check it.');
  });

  it('takes today as a Date too', () => {
    const rows = staleReport([country], new Date('2026-11-24T12:00:00Z'));

    expect(rows.map((row) => row.entry)).not.toContain('checked-yesterday');
    expect(rows.map((row) => row.entry)).toContain('seven-months-old');
  });

  it('lists every Medium and Low entry of the real data', () => {
    const countries = loadHelplines(HELPLINES_DIR, { today: TODAY });
    const notHigh = countries
      .flatMap((c) => [
        ...c.emergency,
        ...(c.cantTalk ?? []),
        ...c.lines,
        ...c.lines.flatMap((line) => line.languageOptions ?? []),
      ])
      .filter((e) => e.confidence !== 'High');

    const rows = staleReport(countries, TODAY);

    expect(notHigh.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.reasons.includes('not-high'))).toHaveLength(notHigh.length);
  });
});

describe('prose in the helpline data', () => {
  // A bare `#` in YAML starts a comment and silently cuts a sentence short ("dial #SAFE").
  it('every note, privacy line and help text ends as a sentence', () => {
    const unfinished: string[] = [];
    for (const country of loadHelplines(path.resolve('content/helplines'))) {
      const prose = [
        country.note,
        ...country.emergency.map((number) => number.note),
        ...country.lines.flatMap((line) => [
          line.note,
          line.privacy,
          line.helpsWith,
          ...(line.languageOptions ?? []).map((option) => option.how),
        ]),
      ];
      for (const text of prose) {
        if (text !== undefined && !/[.!?)"”]$/.test(text.trim())) unfinished.push(`${country.id}: ${text}`);
      }
    }

    expect(unfinished).toEqual([]);
  });
});
