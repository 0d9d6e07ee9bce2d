/**
 * A line's opening hours as minutes of its week, in its own time zone: what the loader checks
 * (schedule.ts) and what the view turns into "Open now" (components/helplines/openNow.ts). Plain
 * code with no imports, so the view can use it without the loader's schema library.
 *
 * The week runs from Monday 00:00 (minute 0) to Sunday 24:00 (minute 10080), wall-clock time in
 * the service's zone. A span whose `to` is at or before its `from` runs past midnight into the
 * next day ("18:00" to "00:00" is six hours); `to` may be "24:00" to end at midnight as well.
 */

/** Days as the data writes them, Monday first: index 0 is Monday. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** The ways in a schedule can cover (`otherPhones` and a star code to `dial` are covered by `phone`). */
export const WAYS_IN = ['phone', 'text', 'whatsapp', 'chat'] as const;
/** What `holidays` says: the line closes on public holidays, or its hours may change on them. */
export const HOLIDAYS = ['closed', 'may-differ'] as const;
/** `open` for a line that never closes. */
export const ALWAYS = '24/7';

export type WayIn = (typeof WAYS_IN)[number];

export const DAY_MINUTES = 24 * 60;
export const WEEK_MINUTES = 7 * DAY_MINUTES;

/** A time a span starts: 00:00 to 23:59. */
export const START_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** A time a span ends: as a start, or 24:00. */
export const END_TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

/** One stretch of opening hours on some days, as the data writes it. */
export interface Span {
  /** `mon-fri`, `sat`, `mon, wed, fri`, `mon-thu, sat`. */
  days: string;
  from: string;
  to: string;
}

/** An interval of the week, [start, end) in minutes; `end` may pass the week's end (Sunday night into Monday). */
export type Interval = readonly [start: number, end: number];

export const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The days a span names, as indexes (Monday 0), or what is wrong with them. */
export function parseDays(days: string): number[] | { problem: string } {
  const out: number[] = [];
  for (const part of days.split(',').map((item) => item.trim())) {
    const ends = part.split('-').map((item) => item.trim());
    const first = DAYS.indexOf(ends[0] as (typeof DAYS)[number]);
    const last = ends.length === 2 ? DAYS.indexOf(ends[1] as (typeof DAYS)[number]) : first;
    if (ends.length > 2 || first < 0 || last < 0) {
      return {
        problem: `"${part}" is not a day or a range of days: write mon, tue, wed, thu, fri, sat or sun, or a range such as mon-fri`,
      };
    }
    if (last < first) {
      return {
        problem: `"${part}" runs backwards: a range goes from Monday towards Sunday (write it as two parts, such as "fri-sun, mon")`,
      };
    }
    for (let day = first; day <= last; day++) {
      if (out.includes(day)) return { problem: `names ${DAYS[day]} twice` };
      out.push(day);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The intervals a span is open, one per day it names (its days must parse). */
export function spanIntervals(span: Span): Interval[] {
  const days = parseDays(span.days);
  if (!Array.isArray(days)) return [];
  const from = minutesOf(span.from);
  const to = minutesOf(span.to);
  const length = to > from ? to - from : to + DAY_MINUTES - from;
  return days.map((day) => [day * DAY_MINUTES + from, day * DAY_MINUTES + from + length] as const);
}

/**
 * Every span's intervals within one week, sorted and joined where they touch or overlap: an
 * interval that runs past Sunday midnight continues at Monday 00:00.
 */
export function weekIntervals(spans: readonly Span[]): Interval[] {
  const pieces = spans
    .flatMap(spanIntervals)
    .flatMap(([start, end]): Interval[] =>
      end > WEEK_MINUTES
        ? [
            [start, WEEK_MINUTES],
            [0, end - WEEK_MINUTES],
          ]
        : [[start, end]],
    )
    .sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [start, end] of pieces) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** Where `minute` of the week stands: open until a minute, or closed until one (either may be in the next week, past WEEK_MINUTES). */
export function weekState(intervals: readonly Interval[], minute: number): { open: boolean; next: number } {
  const first = intervals[0];
  const last = intervals.at(-1);
  if (!first || !last) throw new Error('no opening hours');
  // Open from Sunday night into Monday: the interval at the week's end goes on in the first.
  const wraps = first[0] === 0 && last[1] === WEEK_MINUTES && intervals.length > 1;
  const within = intervals.find(([start, end]) => start <= minute && minute < end);
  if (within) {
    return { open: true, next: wraps && within === last ? first[1] + WEEK_MINUTES : within[1] };
  }
  const opening = intervals.find(([start]) => start > minute);
  return { open: false, next: opening ? opening[0] : first[0] + WEEK_MINUTES };
}

/** A line's ways in, as far as schedules care. */
export interface WaysOf {
  phone?: unknown;
  dial?: unknown;
  otherPhones?: readonly unknown[];
  textLine?: unknown;
  whatsapp?: unknown;
  chat?: unknown;
}

/** The ways in a line has that a schedule can cover, in WAYS_IN order. */
export function waysIn(line: WaysOf): WayIn[] {
  const has: Record<WayIn, boolean> = {
    phone: Boolean(line.phone || line.dial || line.otherPhones?.length),
    text: Boolean(line.textLine),
    whatsapp: Boolean(line.whatsapp),
    chat: Boolean(line.chat),
  };
  return WAYS_IN.filter((way) => has[way]);
}
