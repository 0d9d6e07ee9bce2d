import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'virtual:helplines/en';
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countrySetting } from '@/components/helplines/country';
import { Helplines } from '@/components/helplines/Helplines';
import { LABELS, ROUTED_LABELS } from '@/content/helplines/emergencyTable';
import { validateHelplineCountry } from '@/content/helplines/load';
import type { CountryId } from '@/content/helplines/locale';

/**
 * Issue 23: no emergency label says more than its source, and every country view opens with the
 * ways to reach help without speaking aloud ("If you can't talk").
 */

const HELPLINES_DIR = path.resolve(import.meta.dirname, '../content/helplines');
/** Android's emergency-number list: the shared table's one source. */
const ANDROID: string = parse(readFileSync(path.join(HELPLINES_DIR, 'emergency.yaml'), 'utf8')).source;
const ROUTED = new Set(Object.values(ROUTED_LABELS));
const NAMED = new Set(Object.values(LABELS));
const byId = (id: string) => countries.find((country) => country.id === id);
const every = countries.flatMap((country) => country.emergency.map((entry) => ({ id: country.id, entry })));

describe('emergency labels', () => {
  it('a number whose only source is Android’s list says what the list says, hedged', () => {
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
    expect(every.some(({ entry }) => NAMED.has(entry.label))).toBe(true);
  });

  it('carries the review’s corrections (reference section 8.1 and 8.2)', () => {
    const shown = (id: string) =>
      byId(id)?.emergency.map((entry) => `${entry.tel} ${entry.label} (${entry.confidence})`);

    expect(shown('kr')).toEqual(['112 Police (Medium)', '119 Ambulance, fire (Medium)']);
    expect(shown('tr')?.[0]).toBe('112 Police, ambulance, fire (High)');
    expect(shown('so')).toEqual(['888 Police (Medium)']);
    expect(byId('so')?.emergency[0]?.note).toMatch(/Mogadishu/);
    expect(byId('er')?.emergency.every((entry) => /outside Asmara/.test(entry.note ?? ''))).toBe(true);
    expect(shown('ls')?.[0]).toBe('+26658881024 Police (Medium)');
    expect(shown('mr')?.[0]).toBe('117 Police (Medium)');
    expect(byId('pn')?.note).toMatch(/no mobile phone network/);
    expect(byId('gb')?.emergency[0]?.note).not.toMatch(/45 seconds/);
  });
});

describe('"If you can’t talk" in the data', () => {
  const withFile = countries.filter((country) => country.cantTalk !== undefined);

  it('covers every country with a file of its own', () => {
    const files = new Set(
      ['am', 'ar', 'au', 'ax', 'bq', 'br', 'ca', 'cl', 'co', 'cw', 'de', 'es', 'fr', 'gb', 'gg', 'hn'].concat([
        'ie',
        'im',
        'in',
        'je',
        'jm',
        'ke',
        'mx',
        'ng',
        'nz',
        'ph',
        'sg',
        'sx',
        'us',
        'yt',
        'za',
      ]),
    );

    expect(withFile.map((country) => country.id).sort()).toEqual([...files].sort());
  });

  it('gives the routes the review names, each with its source, date and grade', () => {
    for (const id of ['gb', 'fr', 'au', 'us', 'nz', 'mx']) {
      const routes = byId(id)?.cantTalk ?? [];
      expect(routes.length, id).toBeGreaterThan(0);
      for (const route of routes) {
        expect(route.source, id).toMatch(/^https:\/\//);
        expect(route.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['High', 'Medium', 'Low']).toContain(route.confidence);
      }
    }
    expect(byId('gb')?.cantTalk?.[0]?.how).toMatch(/press 55/);
    expect(byId('us')?.cantTalk?.[0]?.how).toMatch(/^Only in some areas/);
    expect(byId('fr')?.cantTalk?.[0]?.textLine?.tel).toBe('114');
  });

  it('is required in a country’s file: the build names what to write', () => {
    const country = {
      id: 'gb',
      emergency: [
        {
          display: '999',
          tel: '999',
          label: 'Police',
          source: 'https://example.org',
          checked: '2026-11-01',
          confidence: 'High',
        },
      ],
      lines: [
        {
          id: 'x',
          organisation: 'X',
          helpsWith: 'Helps.',
          tags: ['crisis'],
          website: 'https://example.org',
          source: 'https://example.org',
          checked: '2026-11-01',
          confidence: 'High',
        },
      ],
    };

    expect(() => validateHelplineCountry(country, 'content/helplines/gb.yaml', { today: '2026-12-07' })).toThrow(
      /gb\.yaml: cantTalk: is required: the ways to reach help here without speaking aloud/,
    );
    expect(() =>
      validateHelplineCountry({ ...country, cantTalk: [] }, 'content/helplines/gb.yaml', { today: '2026-12-07' }),
    ).not.toThrow();
  });
});

describe('"If you can’t talk" in the view', () => {
  async function show(id: CountryId) {
    await countrySetting.set(id);
    render(<Helplines />);
    return screen.findByRole('region', { name: "If you can't talk" });
  }

  it('opens the UK view, before the emergency numbers: 999 then 55, texts after registering, then text lines', async () => {
    const section = await show('gb');
    const emergency = screen.getByRole('region', { name: 'In an emergency' });

    expect(section.compareDocumentPosition(emergency) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('heading')[0]?.textContent).toBe("If you can't talk");
    expect(section.textContent).toMatch(/press 55: you are put through to the police/);
    expect(within(section).getByRole('link', { name: "Call 999, if you can't talk" }).getAttribute('href')).toBe(
      'tel:999',
    );
    expect(section.textContent).toMatch(/only after you have registered your phone/);
    expect(
      within(section).getByRole('link', { name: "Text SHOUT to 85258, Shout, if you can't talk" }).getAttribute('href'),
    ).toBe('sms:85258?&body=SHOUT');
    expect(within(section).getAllByText(/^Checked on /).length).toBeGreaterThan(2);
  });

  it('gives France’s 114 by text message', async () => {
    const section = await show('fr');

    expect(within(section).getByRole('link', { name: "Text 114, if you can't talk" }).getAttribute('href')).toBe(
      'sms:114',
    );
  });

  it('gives Mexico’s 911 app', async () => {
    const section = await show('mx');

    expect(section.textContent).toMatch(/911 app .* panic button/);
  });

  it('says so where none is known, and points to the nearest alternative', async () => {
    const section = await show('it');

    expect(section.textContent).toMatch(/We have not found a way to reach help here without speaking aloud/);
    expect(section.textContent).toMatch(/someone you trust who can call for you/);
    expect(within(section).queryAllByRole('link')).toEqual([]);
  });
});
