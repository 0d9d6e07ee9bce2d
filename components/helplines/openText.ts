import {
  formatList,
  formatRelativeDay,
  formatTime,
  formatWeekday,
  localZone,
  wallClock,
  zoneName,
} from '@/components/ui/format';
import { i18n } from '@/components/ui/i18n';
import { currentLanguage } from '@/components/ui/language';
import type { Schedule } from '@/content/helplines/schedule';
import type { WayIn } from '@/content/helplines/weekly';
import { type OpenState, openState } from './openNow';

/**
 * "Open now", "Closed — opens Monday 08:00": a schedule's state in words, with times on the
 * reader's clock (the computer's zone), and the service's own time and zone beside them when its
 * clock reads differently.
 */

const WAY_NAMES = {
  phone: 'helplinesWayPhone',
  text: 'helplinesWayText',
  whatsapp: 'helplinesWayWhatsapp',
  chat: 'helplinesWayChat',
} as const satisfies Record<WayIn, string>;

/** "Phone and chat": what a row of hours is about. */
export function waysLabel(ways: readonly WayIn[]): string {
  const list = formatList(ways.map((way) => i18n.t(WAY_NAMES[way])));
  return list.charAt(0).toLocaleUpperCase(currentLanguage()) + list.slice(1);
}

const sameReading = (a: ReturnType<typeof wallClock>, b: ReturnType<typeof wallClock>) =>
  a.weekday === b.weekday && a.hour === b.hour && a.minute === b.minute;

/** "08:00", or "03:00 your time (Monday 08:00 Chile Time)" when the service's clock reads otherwise. */
function timeOf(instant: number, zone: string, readerZone: string): string {
  const local = formatTime(instant, readerZone);
  const theirs = wallClock(instant, zone);
  const ours = wallClock(instant, readerZone);
  if (sameReading(theirs, ours)) return local;
  const time = formatTime(instant, zone);
  const when =
    theirs.weekday === ours.weekday ? time : i18n.t('helplinesDayAndTime', [formatWeekday(instant, zone), time]);
  return i18n.t('helplinesYourTime', [local, i18n.t('helplinesServiceTime', [when, zoneName(zone, instant)])]);
}

/** "today", "tomorrow", or "Monday" ("el lunes"): the day of `instant` on the reader's clock. */
function dayOf(instant: number, now: number, readerZone: string): string {
  const day = (at: number) => {
    const clock = wallClock(at, readerZone);
    return Date.UTC(clock.year, clock.month - 1, clock.day) / 86_400_000;
  };
  const ahead = day(instant) - day(now);
  return ahead <= 1 ? formatRelativeDay(ahead) : i18n.t('helplinesOnWeekday', [formatWeekday(instant, readerZone)]);
}

/** The reader's hour at `instant`: Spanish says "a la 01:00" but "a las 02:00" (the messages' plural forms). */
const hourOf = (instant: number, readerZone: string) => wallClock(instant, readerZone).hour;

/** A state in words. */
export function stateText(state: OpenState, zone: string | undefined, now: number, readerZone = localZone()): string {
  if (state.kind === 'always' || !zone) return i18n.t('helplinesOpenNow');
  if (state.kind === 'open') {
    return i18n.t('helplinesOpenUntil', hourOf(state.until, readerZone), [timeOf(state.until, zone, readerZone)]);
  }
  return i18n.t('helplinesClosedOpens', hourOf(state.opens, readerZone), [
    dayOf(state.opens, now, readerZone),
    timeOf(state.opens, zone, readerZone),
  ]);
}

/** A schedule's state at `now`, in words. */
export const scheduleText = (schedule: Schedule, now: number, readerZone = localZone()): string =>
  stateText(openState(schedule, now), schedule.zone, now, readerZone);

/** What a card says about public holidays, if its schedule says they may change its hours. */
export function holidaysText(schedule: Schedule): string | undefined {
  if (schedule.holidays === 'closed') return i18n.t('helplinesHolidaysClosed');
  if (schedule.holidays === 'may-differ') return i18n.t('helplinesHolidaysMayDiffer');
  return undefined;
}
