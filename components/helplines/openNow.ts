import { wallClock } from '@/components/ui/format';
import type { Schedule } from '@/content/helplines/schedule';
import type { Helpline } from '@/content/helplines/schema';
import { ALWAYS, DAY_MINUTES, type WayIn, waysIn, weekIntervals, weekState } from '@/content/helplines/weekly';

/**
 * Whether a line is open at a moment, from its schedule (content/helplines/schedule.ts): worked
 * out on the service's own clock, in its own time zone, from the computer's clock alone. No
 * location, no request; nothing is stored.
 */

export type OpenState = { kind: 'always' } | { kind: 'open'; until: number } | { kind: 'closed'; opens: number };

const MINUTE = 60_000;

/** A clock reading as the milliseconds that reading would be in UTC (so that days are always 24 hours). */
const asUtc = (clock: ReturnType<typeof wallClock>): number =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);

/** How far ahead of UTC `zone`'s clock is at `instant`. */
const offsetAt = (instant: number, zone: string): number => asUtc(wallClock(instant, zone)) - instant;

/**
 * The instant `zone`'s clock reads `reading` (written as asUtc writes it). Where the clocks go
 * forward and the reading never happens, the instant an hour later on the clock.
 */
export function instantOf(reading: number, zone: string): number {
  const first = reading - offsetAt(reading, zone);
  const offset = offsetAt(first, zone);
  const second = reading - offset;
  if (second === first || offsetAt(second, zone) === offset) return second;
  return Math.max(first, second);
}

/** Open or closed at `now` (milliseconds since 1970, as Date.now()), and until when. */
export function openState(schedule: Schedule, now: number): OpenState {
  if (schedule.open === ALWAYS || !schedule.zone) return { kind: 'always' };
  const clock = wallClock(now, schedule.zone);
  const minute = clock.weekday * DAY_MINUTES + clock.hour * 60 + clock.minute;
  const { open, next } = weekState(weekIntervals(schedule.open), minute);
  // This week's Monday 00:00 on the service's clock, then `next` minutes of clock time on: counted
  // on the clock, so a change to or from summer time in between is allowed for.
  const monday = Date.UTC(clock.year, clock.month - 1, clock.day - clock.weekday);
  const at = instantOf(monday + next * MINUTE, schedule.zone);
  return open ? { kind: 'open', until: at } : { kind: 'closed', opens: at };
}

/** One line of a card's hours: the ways in it is about, and their schedule (none: not confirmed). */
export interface HoursRow {
  ways: WayIn[];
  schedule?: Schedule;
}

/**
 * What a card says about being open: a row per schedule, then one for the ways in no schedule
 * covers ("Hours not confirmed"). None for a line reached only by website or e-mail. Only the
 * ways in `line` has count: "If you can't talk" passes a line without its phones.
 */
export function hoursRows(line: Helpline): HoursRow[] {
  const ways = waysIn(line);
  if (ways.length === 0) return [];
  const schedules = line.schedule ?? [];
  const covered = new Set(schedules.flatMap((schedule) => schedule.covers));
  const rest = ways.filter((way) => !covered.has(way));
  const rows: HoursRow[] = schedules
    .map((schedule) => ({ ways: schedule.covers.filter((way) => ways.includes(way)), schedule }))
    .filter((row) => row.ways.length > 0);
  return rest.length > 0 ? [...rows, { ways: rest }] : rows;
}
