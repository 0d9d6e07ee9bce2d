/**
 * "Open now" (issue 24): a line's state from the computer's clock, in the service's own time zone,
 * at the edges — past midnight, weekends, changes to and from summer time (Chile, Australia, the
 * US), a country with several zones — in English and Spanish. The clock is fixed
 * (vi.setSystemTime) and the reader's zone is given, far from the service's where it matters.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoursRows, instantOf, openState } from '@/components/helplines/openNow';
import { holidaysText, scheduleText } from '@/components/helplines/openText';
import { useMessages } from '@/components/ui/i18n';
import type { Schedule } from '@/content/helplines/schedule';
import type { Helpline } from '@/content/helplines/schema';
import { weekIntervals, weekState } from '@/content/helplines/weekly';
import { readMessages } from '@/content/messages';

const RAPE_CRISIS_SCOTLAND: Schedule = {
  covers: ['phone'],
  zone: 'Europe/London',
  open: [{ days: 'mon-sun', from: '18:00', to: '00:00' }],
};
const FONO_1455: Schedule = {
  covers: ['phone'],
  zone: 'America/Santiago',
  open: [{ days: 'mon-fri', from: '08:00', to: '00:00' }],
  holidays: 'closed',
};
/** Portugal's SOS Voz Amiga (pt.yaml): every day, 15:30 to 00:30 the next day. */
const SOS_VOZ_AMIGA: Schedule = {
  covers: ['phone'],
  zone: 'Europe/Lisbon',
  open: [{ days: 'mon-sun', from: '15:30', to: '00:30' }],
};
const officeHours = (zone: string): Schedule => ({
  covers: ['phone'],
  zone,
  open: [{ days: 'mon-fri', from: '09:00', to: '17:00' }],
});

const at = (iso: string) => new Date(iso).getTime();
/** The state's text at `iso` (a UTC time), for a reader whose computer is in `readerZone`. */
function textAt(schedule: Schedule, iso: string, readerZone: string): string {
  vi.setSystemTime(new Date(iso));
  return scheduleText(schedule, Date.now(), readerZone);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  useMessages(undefined);
});

describe('open now, in the service’s own time', () => {
  it('a line open round the clock is open now', () => {
    expect(textAt({ covers: ['phone'], open: '24/7' }, '2026-12-07T03:00:00Z', 'Pacific/Auckland')).toBe('Open now');
  });

  it.each([
    // Winter in Scotland: London's clock reads UTC.
    ['2026-12-08T17:59:59Z', 'Closed — opens today 18:00'],
    ['2026-12-08T18:00:00Z', 'Open now, until 00:00'],
    ['2026-12-08T23:59:00Z', 'Open now, until 00:00'],
    ['2026-12-09T00:00:00Z', 'Closed — opens today 18:00'],
    // Summer (BST): 18:00 in Scotland is 17:00 UTC.
    ['2026-07-08T17:30:00Z', 'Open now, until 00:00'],
    ['2026-07-08T16:59:00Z', 'Closed — opens today 18:00'],
  ])('past midnight (Rape Crisis Scotland, 18:00 to 00:00): at %s, "%s"', (iso, expected) => {
    expect(textAt(RAPE_CRISIS_SCOTLAND, iso, 'Europe/London')).toBe(expected);
  });

  it.each([
    // Winter in Lisbon: its clock reads UTC.
    ['Tuesday 15:29', '2026-12-08T15:29:00Z', 'Closed — opens today 15:30'],
    ['Tuesday 15:30', '2026-12-08T15:30:00Z', 'Open now, until 00:30'],
    ['Wednesday 00:15, Tuesday’s hours', '2026-12-09T00:15:00Z', 'Open now, until 00:30'],
    ['Wednesday 00:30', '2026-12-09T00:30:00Z', 'Closed — opens today 15:30'],
    ['Monday 00:20, Sunday’s hours across the end of the week', '2026-12-14T00:20:00Z', 'Open now, until 00:30'],
    // Summer (UTC+1): 00:15 in Lisbon is 23:15 UTC the day before.
    ['Thursday 00:15 in summer', '2026-07-08T23:15:00Z', 'Open now, until 00:30'],
    ['Thursday 00:45 in summer', '2026-07-08T23:45:00Z', 'Closed — opens today 15:30'],
  ])('past midnight, into the next day (SOS Voz Amiga, 15:30 to 00:30): %s (%s), "%s"', (_when, iso, expected) => {
    expect(textAt(SOS_VOZ_AMIGA, iso, 'Europe/Lisbon')).toBe(expected);
  });

  it('past midnight, for a reader far away: their own time, and the service’s with its zone', () => {
    // 23:30 in Scotland on Tuesday is 12:30 on Wednesday in Auckland (summer there, UTC+13).
    expect(textAt(RAPE_CRISIS_SCOTLAND, '2026-12-08T23:30:00Z', 'Pacific/Auckland')).toBe(
      'Open now, until 13:00 your time (00:00 United Kingdom Time)',
    );
    expect(textAt(RAPE_CRISIS_SCOTLAND, '2026-12-09T09:00:00Z', 'Pacific/Auckland')).toBe(
      'Closed — opens tomorrow 07:00 your time (Wednesday 18:00 United Kingdom Time)',
    );
  });

  it.each([
    ['Friday 23:59 in Santiago', '2026-12-12T02:59:00Z', 'Open now, until 00:00'],
    ['Saturday 00:00', '2026-12-12T03:00:00Z', 'Closed — opens Monday 08:00'],
    ['Sunday 10:00', '2026-12-13T13:00:00Z', 'Closed — opens tomorrow 08:00'],
    ['Monday 07:59', '2026-12-14T10:59:00Z', 'Closed — opens today 08:00'],
    ['Monday 08:00', '2026-12-14T11:00:00Z', 'Open now, until 00:00'],
  ])('weekends (Chile’s Fono 1455, Monday to Friday): %s (%s), "%s"', (_when, iso, expected) => {
    expect(textAt(FONO_1455, iso, 'America/Santiago')).toBe(expected);
  });

  it.each([
    // Chile's clocks go back at midnight on Saturday 4 April 2026 (UTC-3 to UTC-4)…
    ['Chile, autumn', FONO_1455, '2026-04-04T15:00:00Z', '2026-04-06T12:00:00Z'],
    // …and forward at midnight on Saturday 5 September (UTC-4 to UTC-3).
    ['Chile, spring', FONO_1455, '2026-09-05T16:00:00Z', '2026-09-07T11:00:00Z'],
    // Sydney's clocks go forward on Sunday 4 October (UTC+10 to UTC+11)…
    ['Australia, spring', officeHours('Australia/Sydney'), '2026-10-03T02:00:00Z', '2026-10-04T22:00:00Z'],
    // …and back on Sunday 5 April.
    ['Australia, autumn', officeHours('Australia/Sydney'), '2026-04-03T08:00:00Z', '2026-04-05T23:00:00Z'],
    // New York's go forward on Sunday 8 March and back on Sunday 1 November.
    ['US, spring', officeHours('America/New_York'), '2026-03-06T23:00:00Z', '2026-03-09T13:00:00Z'],
    ['US, autumn', officeHours('America/New_York'), '2026-10-30T22:00:00Z', '2026-11-02T14:00:00Z'],
  ])('a change of clocks over the weekend (%s): opens at the right instant', (_name, schedule, now, opens) => {
    vi.setSystemTime(new Date(now));

    expect(openState(schedule, Date.now())).toEqual({ kind: 'closed', opens: at(opens) });
  });

  it('a change of clocks where the service is and not where the reader is: the reader’s time moves', () => {
    // From 8 to 29 March New York is on summer time and London is not: 09:00 there is 13:00 here.
    expect(textAt(officeHours('America/New_York'), '2026-03-06T23:00:00Z', 'Europe/London')).toBe(
      'Closed — opens Monday 13:00 your time (09:00 Eastern Time)',
    );
    expect(textAt(officeHours('America/New_York'), '2026-02-27T23:00:00Z', 'Europe/London')).toBe(
      'Closed — opens Monday 14:00 your time (09:00 Eastern Time)',
    );
  });

  it('a country with several zones: the zone the source states, not another of the country’s', () => {
    // 15:30 UTC on a Monday in December: 10:30 in New York, 07:30 in Los Angeles.
    const now = '2026-12-07T15:30:00Z';

    expect(textAt(officeHours('America/New_York'), now, 'America/New_York')).toBe('Open now, until 17:00');
    expect(textAt(officeHours('America/Los_Angeles'), now, 'America/Los_Angeles')).toBe('Closed — opens today 09:00');
    // 02:30 on Tuesday in Sydney, 23:30 on Monday in Perth, which has no summer time.
    expect(textAt(officeHours('Australia/Perth'), now, 'Australia/Sydney')).toBe(
      'Closed — opens today 12:00 your time (09:00 Australian Western Standard Time)',
    );
  });

  it('a day with a gap in it (clocks forward at 02:00): a time that never happens is taken an hour on', () => {
    // 02:30 on Sunday 4 October 2026 does not happen in Sydney: 02:00 becomes 03:00 (16:00 UTC).
    const reading = Date.UTC(2026, 9, 4, 2, 30);

    expect(instantOf(reading, 'Australia/Sydney')).toBe(at('2026-10-03T16:30:00Z'));
    expect(instantOf(Date.UTC(2026, 9, 4, 9, 0), 'Australia/Sydney')).toBe(at('2026-10-03T22:00:00Z'));
  });
});

describe('in Spanish', () => {
  beforeEach(() => {
    useMessages(readMessages('content/locales', 'es'));
  });

  it.each([
    ['2026-12-12T03:00:00Z', 'America/Santiago', 'Cerrado. Abre el lunes a las 08:00'],
    ['2026-12-14T11:00:00Z', 'America/Santiago', 'Abierto ahora, hasta las 00:00'],
    ['2026-12-13T13:00:00Z', 'America/Santiago', 'Cerrado. Abre mañana a las 08:00'],
    // Madrid is four hours ahead of Santiago in December: 08:00 there is 12:00 here.
    [
      '2026-12-12T03:00:00Z',
      'Europe/Madrid',
      'Cerrado. Abre el lunes a las 12:00 según tu reloj (08:00, hora de Chile)',
    ],
  ])('Fono 1455 at %s, for a reader in %s: "%s"', (iso, readerZone, expected) => {
    expect(textAt(FONO_1455, iso, readerZone)).toBe(expected);
  });

  it('says "a la 01:00" but "a las 02:00", as Spanish does', () => {
    // Rape Crisis Scotland opens at 18:00 in London (UTC in December): 01:00 on Wednesday in
    // Bangkok (UTC+7), 02:00 in Manila (UTC+8).
    expect(textAt(RAPE_CRISIS_SCOTLAND, '2026-12-08T12:00:00Z', 'Asia/Bangkok')).toBe(
      'Cerrado. Abre mañana a la 01:00 según tu reloj (martes 18:00, hora de Reino Unido)',
    );
    expect(textAt(RAPE_CRISIS_SCOTLAND, '2026-12-08T12:00:00Z', 'Asia/Manila')).toBe(
      'Cerrado. Abre mañana a las 02:00 según tu reloj (martes 18:00, hora de Reino Unido)',
    );
  });

  it('names public holidays, which the guide cannot know', () => {
    expect(holidaysText(FONO_1455)).toBe('Cierra los días festivos. Esta guía no puede saber qué días son.');
  });
});

describe('a card’s rows of hours', () => {
  const line = (extra: Partial<Helpline>): Helpline => ({
    id: 'a-line',
    organisation: 'A line',
    helpsWith: 'Helps.',
    tags: ['crisis'],
    source: 'https://example.org',
    checked: '2026-11-24',
    confidence: 'High',
    ...extra,
  });
  const phone = { display: '1455', tel: '1455' };

  it('a schedule for the phone, and "Hours not confirmed" for the WhatsApp no schedule covers (Fono 1455)', () => {
    const rows = hoursRows(
      line({ phone, whatsapp: { display: '+56 9 9700 7000', tel: '+56997007000' }, schedule: [FONO_1455] }),
    );

    expect(rows).toEqual([{ ways: ['phone'], schedule: FONO_1455 }, { ways: ['whatsapp'] }]);
  });

  it('only the ways in the line it is given ("If you can’t talk" leaves out the phones)', () => {
    const whatsapp = { display: '+56 9 9700 7000', tel: '+56997007000' };
    const both: Schedule = { covers: ['phone', 'text'], open: '24/7' };

    expect(hoursRows(line({ whatsapp, schedule: [FONO_1455] }))).toEqual([{ ways: ['whatsapp'] }]);
    expect(hoursRows(line({ textLine: { display: '85258', tel: '85258' }, schedule: [both] }))).toEqual([
      { ways: ['text'], schedule: both },
    ]);
  });

  it('one row, not confirmed, for a line with no schedule; none for a line reached only online', () => {
    expect(hoursRows(line({ phone }))).toEqual([{ ways: ['phone'] }]);
    expect(hoursRows(line({ website: 'https://example.org' }))).toEqual([]);
  });
});

describe('the week', () => {
  it('joins hours that run from Sunday night into Monday, and says when they end', () => {
    const intervals = weekIntervals([
      { days: 'sun', from: '22:00', to: '02:00' },
      { days: 'mon', from: '02:00', to: '04:00' },
    ]);
    const sunday2300 = 6 * 1440 + 23 * 60;

    expect(weekState(intervals, sunday2300)).toEqual({ open: true, next: 7 * 1440 + 4 * 60 });
    expect(weekState(intervals, 3 * 60)).toEqual({ open: true, next: 4 * 60 });
    expect(weekState(intervals, 5 * 60)).toEqual({ open: false, next: 6 * 1440 + 22 * 60 });
  });
});
