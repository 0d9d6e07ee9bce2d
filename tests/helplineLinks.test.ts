import { describe, expect, it } from 'vitest';
import { defaultCountry } from '@/components/helplines/country';
import {
  ALL_AREAS,
  earliest,
  formatChecked,
  groupLines,
  groupOf,
  hasUnconfirmed,
  ownBehaviour,
  smsHref,
  sourceHost,
  telHref,
  unconfirmedCount,
  visibleEmergency,
  visibleLines,
  whatsappHref,
  withDirectories,
} from '@/components/helplines/helplineLinks';
import { isReadersLanguage, languageName } from '@/components/helplines/languageNames';
import type { EmergencyNumber, Helpline, HelplineCountry, HelplineTag } from '@/content/helplines/schema';

const provenance = { source: 'https://example.org/source', checked: '2026-11-24', confidence: 'High' } as const;

const line = (id: string, extra: Partial<Helpline> = {}): Helpline => ({
  id,
  organisation: id,
  helpsWith: 'Helps.',
  tags: ['crisis'],
  website: 'https://example.org',
  ...provenance,
  ...extra,
});

const emergency = (tel: string, extra: Partial<EmergencyNumber> = {}): EmergencyNumber => ({
  display: tel,
  tel,
  label: 'Police',
  ...provenance,
  ...extra,
});

const country: HelplineCountry = {
  id: 'gb',
  areas: [
    { id: 'north', name: 'North' },
    { id: 'south', name: 'South' },
  ],
  emergency: [emergency('999'), emergency('998', { confidence: 'Low', verify: 'Check.' })],
  lines: [
    line('everywhere'),
    line('north-only', { areas: ['north'] }),
    line('south-only', { areas: ['south'] }),
    line('both', { areas: ['north', 'south'] }),
    line('unconfirmed', { confidence: 'Low', verify: 'Check.' }),
    line('unconfirmed-south', { areas: ['south'], confidence: 'Low', verify: 'Check.' }),
    line('medium', { confidence: 'Medium', verify: 'Check.' }),
  ],
};

const ids = (lines: { id: string }[]) => lines.map((entry) => entry.id);

describe('telHref', () => {
  it.each([
    ['999', 'tel:999'],
    ['+448082000247', 'tel:+448082000247'],
    ['1800778888', 'tel:1800778888'],
    ['016', 'tel:016'],
  ])('%s → %s', (tel, href) => {
    expect(telHref(tel)).toBe(href);
  });
});

describe('smsHref', () => {
  it.each([
    [{ tel: '85258', keyword: 'SHOUT' }, 'sms:85258?&body=SHOUT'],
    [{ tel: '88788', keyword: 'START' }, 'sms:88788?&body=START'],
    [{ tel: '31531', keyword: 'help' }, 'sms:31531?&body=help'],
    [{ tel: '12345', keyword: 'TWO WORDS&more' }, 'sms:12345?&body=TWO%20WORDS%26more'],
    [{ tel: '988' }, 'sms:988'],
    [{ tel: '+61458737732' }, 'sms:+61458737732'],
  ])('%o → %s', (text, href) => {
    expect(smsHref(text)).toBe(href);
  });
});

describe('whatsappHref', () => {
  it.each([
    ['+34600000016', 'https://wa.me/34600000016'],
    ['+447700900123', 'https://wa.me/447700900123'],
  ])('%s → %s', (tel, href) => {
    expect(whatsappHref({ tel })).toBe(href);
  });
});

describe('formatChecked', () => {
  it.each([
    ['2026-11-24', '24 November 2026'],
    ['2025-01-01', '1 January 2025'],
    ['2024-02-29', '29 February 2024'],
    // Not a real date, or not a date: shown as it is rather than as a wrong date.
    ['2025-02-30', '2025-02-30'],
    ['24/11/2026', '24/11/2026'],
  ])('%s → %s', (date, shown) => {
    expect(formatChecked(date)).toBe(shown);
  });

  it('does not move the day with the time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(formatChecked('2026-11-24')).toBe('24 November 2026');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('earliest and sourceHost', () => {
  it.each([
    [['2026-11-24', '2025-03-01', '2026-01-10'], '2025-03-01'],
    [['2026-11-24'], '2026-11-24'],
    [[], undefined],
  ])('earliest(%o) → %s', (dates, expected) => {
    expect(earliest(dates)).toBe(expected);
  });

  it.each([
    ['https://www.nationaldahelpline.org.uk', 'nationaldahelpline.org.uk'],
    ['https://rainn.org/get-help/national-sexual-assault-hotline', 'rainn.org'],
    ['not a url', 'not a url'],
  ])('sourceHost(%s) → %s', (url, host) => {
    expect(sourceHost(url)).toBe(host);
  });
});

describe('visibleLines', () => {
  it.each([
    [ALL_AREAS, false, ['everywhere', 'north-only', 'south-only', 'both', 'medium']],
    ['north', false, ['everywhere', 'north-only', 'both', 'medium']],
    ['south', false, ['everywhere', 'south-only', 'both', 'medium']],
    [ALL_AREAS, true, ['everywhere', 'north-only', 'south-only', 'both', 'unconfirmed', 'unconfirmed-south', 'medium']],
    ['north', true, ['everywhere', 'north-only', 'both', 'unconfirmed', 'medium']],
    ['south', true, ['everywhere', 'south-only', 'both', 'unconfirmed', 'unconfirmed-south', 'medium']],
  ])('area %s, showUnconfirmed %s', (area, showUnconfirmed, expected) => {
    expect(ids(visibleLines(country, { area, showUnconfirmed }))).toEqual(expected);
  });

  it('hides Low emergency numbers too, unless asked', () => {
    expect(visibleEmergency(country, { showUnconfirmed: false }).map((entry) => entry.tel)).toEqual(['999']);
    expect(visibleEmergency(country, { showUnconfirmed: true }).map((entry) => entry.tel)).toEqual(['999', '998']);
  });

  it.each([
    [ALL_AREAS, 3],
    ['north', 2],
    ['south', 3],
  ])('counts what is hidden in area %s: %i', (area, count) => {
    expect(unconfirmedCount(country, area)).toBe(count);
  });

  it('knows whether a country has anything unconfirmed at all', () => {
    const confirmed = { ...country, emergency: [emergency('999')], lines: [line('a')] };

    expect(hasUnconfirmed(country)).toBe(true);
    expect(hasUnconfirmed(confirmed)).toBe(false);
  });
});

describe('language options we could not confirm', () => {
  const spanish = { language: 'es', how: 'Ask for Spanish.', ...provenance };
  const unsure = { ...spanish, language: 'fr', confidence: 'Low' as const, verify: 'Check.' };
  const withOptions: HelplineCountry = {
    id: 'gb',
    emergency: [emergency('999')],
    lines: [
      line('both-options', { languageOptions: [spanish, unsure] }),
      // A hidden line's options are hidden with it, and counted with it.
      line('hidden-line', { confidence: 'Low', verify: 'Check.', languageOptions: [unsure] }),
    ],
  };
  const languagesOf = (lines: Helpline[]) => lines.map((entry) => entry.languageOptions?.map((o) => o.language));

  it('are hidden with the entries we could not confirm, unless asked', () => {
    expect(languagesOf(visibleLines(withOptions, { area: ALL_AREAS, showUnconfirmed: false }))).toEqual([['es']]);
    expect(languagesOf(visibleLines(withOptions, { area: ALL_AREAS, showUnconfirmed: true }))).toEqual([
      ['es', 'fr'],
      ['fr'],
    ]);
  });

  it('are counted, and bring the checkbox', () => {
    const onlyAnOption = { ...withOptions, lines: [line('one', { languageOptions: [unsure] })] };

    expect(unconfirmedCount(withOptions, ALL_AREAS)).toBe(2);
    expect(unconfirmedCount(onlyAnOption, ALL_AREAS)).toBe(1);
    expect(hasUnconfirmed(onlyAnOption)).toBe(true);
    expect(hasUnconfirmed({ ...withOptions, lines: [line('one', { languageOptions: [spanish] })] })).toBe(false);
  });
});

describe('languageName and isReadersLanguage', () => {
  it.each([
    ['es', 'en-GB', 'Spanish'],
    ['es', 'es', 'español'],
    ['pt-BR', 'en-GB', 'Brazilian Portuguese'],
    ['es', 'not a tag!', 'es'],
  ])('names %s in %s: %s', (tag, uiLanguage, name) => {
    expect(languageName(tag, uiLanguage)).toBe(name);
  });

  it.each([
    ['es', 'es', true],
    ['es-US', 'es', true],
    ['es', 'es-419', true],
    ['es', 'en-GB', false],
    ['pt-BR', 'es', false],
  ])('%s is the reader’s language when the guide speaks %s: %s', (tag, uiLanguage, expected) => {
    expect(isReadersLanguage(tag, uiLanguage)).toBe(expected);
  });
});

describe('grouping', () => {
  it.each<[HelplineTag[], ReturnType<typeof groupOf>, ReturnType<typeof ownBehaviour>]>([
    [['sexual-violence'], 'abuse', undefined],
    [['domestic-abuse', 'men'], 'abuse', undefined],
    [['sexual-violence', 'medical'], 'abuse', undefined],
    [['police', 'sexual-violence'], 'abuse', undefined],
    [['domestic-abuse', 'own-behaviour'], 'abuse', 'also'],
    [['sexual-violence', 'own-behaviour'], 'abuse', 'also'],
    [['own-behaviour', 'domestic-abuse'], 'own-behaviour', 'only'],
    [['crisis'], 'other', undefined],
    [['young-people'], 'other', undefined],
    [['young-people', 'crisis'], 'other', undefined],
    [['directory', 'domestic-abuse'], 'directory', undefined],
    [['directory', 'crisis'], 'directory', undefined],
  ])('%o → group %s, own behaviour %s', (tags, group, relation) => {
    expect(groupOf({ tags })).toBe(group);
    expect(ownBehaviour({ tags })).toBe(relation);
  });

  it('puts sexual violence and abuse first and keeps the data order inside a group', () => {
    const lines = [
      line('samaritans', { tags: ['crisis'] }),
      line('respect', { tags: ['own-behaviour', 'domestic-abuse'] }),
      line('rape-crisis', { tags: ['sexual-violence'] }),
      line('list', { tags: ['directory', 'domestic-abuse'] }),
      line('refuge', { tags: ['domestic-abuse'] }),
    ];

    const groups = groupLines(lines).map(({ group, lines: inGroup }) => [group, ids(inGroup)]);

    expect(groups).toEqual([
      ['abuse', ['rape-crisis', 'refuge']],
      ['other', ['samaritans']],
      ['own-behaviour', ['respect']],
      ['directory', ['list']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupLines([line('a', { tags: ['crisis'] })]).map(({ group }) => group)).toEqual(['other']);
  });
});

describe('defaultCountry', () => {
  it.each([
    // A stored choice wins over the browser's languages.
    ['fr', ['en-GB'], 'fr'],
    ['other', ['en-US'], 'other'],
    // Nothing stored, or something that is not one of ours: the first language with a region decides.
    [null, ['en-GB'], 'gb'],
    [undefined, ['en_US'], 'us'],
    ['xx', ['en-GB'], 'gb'],
    [42, ['de-DE'], 'de'],
    [null, ['en-UK'], 'gb'],
    [null, ['pt-BR'], 'br'],
    [null, ['es', 'es-MX'], 'mx'],
    [null, ['es-419', 'es-CO'], 'co'],
    // Spanish speakers (issue 15): the region names the country; Latin America as a whole does not.
    [null, ['es-ES'], 'es'],
    [null, ['es-MX'], 'mx'],
    [null, ['es-US'], 'us'],
    [null, ['es-AR'], 'ar'],
    [null, ['es-CO'], 'co'],
    [null, ['es-CL'], 'cl'],
    [null, ['es-419'], undefined],
    [null, ['es-419', 'es'], undefined],
    // No language names a region: the view asks.
    [null, ['en'], undefined],
    [null, ['en', 'fr'], undefined],
    [null, [''], undefined],
    [null, [], undefined],
  ])('stored %o, languages %o → %o', (stored, languages, expected) => {
    expect(defaultCountry(stored, languages)).toBe(expected);
  });
});

describe('withDirectories', () => {
  const other: HelplineCountry = {
    id: 'other',
    emergency: [],
    lines: [line('find-a-helpline', { tags: ['directory'] })],
  };

  it("adds the international directories after a country's own lines", () => {
    expect(ids(withDirectories(country, [country, other])).slice(-2)).toEqual(['medium', 'find-a-helpline']);
  });

  it('gives a country with no lines of its own the directories', () => {
    const emergencyOnly: HelplineCountry = { id: 'it', emergency: [emergency('112')], lines: [] };

    expect(ids(withDirectories(emergencyOnly, [emergencyOnly, other]))).toEqual(['find-a-helpline']);
  });

  it('does not repeat them for Other countries itself', () => {
    expect(ids(withDirectories(other, [country, other]))).toEqual(['find-a-helpline']);
  });
});
