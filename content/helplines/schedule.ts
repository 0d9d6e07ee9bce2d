/**
 * `schedule`: a line's opening hours as data, beside its `hours` note (which stays, in the
 * source's words). One schedule per set of hours: a phone line and a chat open at other times are
 * two. The view shows from it whether each is open now (components/helplines/openNow.ts).
 *
 * ```yaml
 * hours: Monday to Friday, 8am to midnight, except public holidays   # the note, as before
 * schedule:
 *   - covers: [phone]                # what these hours are for: phone, text, whatsapp, chat
 *     zone: America/Santiago         # the IANA time zone the source's hours are in
 *     open:                          # one or more spans; `to` at or before `from` runs past midnight
 *       - { days: mon-fri, from: "08:00", to: "00:00" }
 *     holidays: closed               # optional: closed | may-differ (we cannot know public holidays)
 *   - { covers: [whatsapp], open: 24/7 }   # round the clock: no zone
 * ```
 *
 * `days` is a day (`mon` … `sun`), a range (`mon-fri`) or a list of them (`mon, wed, fri`).
 * A line's ways in that no schedule covers show "Hours not confirmed". Checked here: the fields
 * (schema), and against the line and its country (checkSchedules): a zone of that country,
 * covers only ways the line has and each once, no span that overlaps another, no set of spans
 * that is really 24/7, and an `hours` note beside every schedule.
 */
import * as v from 'valibot';
import { quoted, strict } from './fields';
import {
  ALWAYS,
  END_TIME,
  HOLIDAYS,
  type Interval,
  parseDays,
  type Span,
  START_TIME,
  spanIntervals,
  WAYS_IN,
  type WayIn,
  type WaysOf,
  WEEK_MINUTES,
  waysIn,
  weekIntervals,
} from './weekly';

/** Whether `zone` is a time zone this JavaScript engine knows. */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The engine's own name for a zone (Asia/Kolkata and Asia/Calcutta are one zone). */
const canonicalZone = (zone: string): string =>
  new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone;

/**
 * A place's zone, such as Europe/London: not a fixed offset (UTC, EST, Etc/GMT+5), which keeps no
 * daylight saving time.
 */
const zone = v.pipe(
  v.string((issue) => `must be a time zone such as Europe/London (got ${issue.received})`),
  v.check(
    (value) => /^[A-Z][A-Za-z_]+(\/[A-Za-z0-9_-]+)+$/.test(value) && !value.startsWith('Etc/') && knownZone(value),
    (issue) => `must be an IANA time zone such as Europe/London or America/Santiago (got ${issue.input})`,
  ),
);

const daysProblem = (days: string): string | undefined => {
  const parsed = parseDays(days);
  return Array.isArray(parsed) ? undefined : parsed.problem;
};

export const SpanSchema = strict({
  days: v.pipe(
    v.string((issue) => `must be days such as mon-fri (got ${issue.received})`),
    v.check(
      (value) => daysProblem(value) === undefined,
      (issue) => `${daysProblem(issue.input as string)} (got ${issue.input})`,
    ),
  ),
  from: quoted(START_TIME, 'must be a time from "00:00" to "23:59", written HH:MM'),
  to: quoted(END_TIME, 'must be a time from "00:00" to "24:00", written HH:MM'),
});

export const ScheduleSchema = strict({
  covers: v.pipe(
    v.array(
      v.picklist(WAYS_IN, (issue) => `must be one of ${WAYS_IN.join(', ')} (got ${issue.received})`),
      'must be a list of ways in, such as [phone, chat]',
    ),
    v.minLength(1, 'must name at least one way in'),
    v.check((ways) => new Set(ways).size === ways.length, 'names a way in twice'),
  ),
  zone: v.optional(zone),
  open: v.union(
    [v.literal(ALWAYS), v.pipe(v.array(SpanSchema), v.minLength(1, 'must list at least one span'))],
    (issue) => {
      // A list whose span has an unknown field: most often days written `mon, wed, fri` inside { },
      // where YAML reads each comma as the start of another field.
      const unknown = issue.issues?.find((inner) => inner.message.startsWith('unknown field'));
      if (unknown)
        return `${unknown.message} in a span: inside { }, write several days in quotes, days: "mon, wed, fri"`;
      return `must be ${ALWAYS}, or a list of spans such as [{ days: mon-fri, from: "09:00", to: "17:00" }]`;
    },
  ),
  holidays: v.optional(
    v.picklist(HOLIDAYS, (issue) => `must be one of ${HOLIDAYS.join(', ')} (got ${issue.received})`),
  ),
});

export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/** The field, for HelplineSchema. */
export const scheduleField = {
  /** Opening hours as data, beside the `hours` note: see schedule.ts. */
  schedule: v.optional(
    v.pipe(v.array(ScheduleSchema, 'must be a list of schedules'), v.minLength(1, 'must not be empty')),
  ),
};

/** The zones of a country, as the engine names them (empty if it cannot say). */
function zonesOf(country: string): string[] {
  const locale = new Intl.Locale(`und-${country.toUpperCase()}`) as Intl.Locale & {
    getTimeZones?: () => string[] | undefined;
    timeZones?: string[];
  };
  return (locale.getTimeZones?.() ?? locale.timeZones ?? []).map(canonicalZone);
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const at = (minute: number): string => {
  const inWeek = minute % WEEK_MINUTES;
  const time = inWeek % (24 * 60);
  const clock = `${String(Math.floor(time / 60)).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`;
  return `${DAY_NAMES[Math.floor(inWeek / (24 * 60))]} at ${clock}`;
};

/** Two intervals of the week that share a minute, either one wrapping past Sunday night. */
function overlap(a: Interval, b: Interval): number | undefined {
  for (const shift of [0, WEEK_MINUTES, -WEEK_MINUTES]) {
    const start = Math.max(a[0], b[0] + shift);
    if (start < Math.min(a[1], b[1] + shift)) return start;
  }
  return undefined;
}

type Fail = (where: string, reason: string) => never;

/** The rules that relate a line's schedules to the line and its country (`country` is its id). */
export function checkSchedules(
  line: { hours?: string; schedule?: Schedule[] } & WaysOf,
  country: string,
  where: string,
  fail: Fail,
): void {
  if (!line.schedule) return;
  if (!line.hours) fail(`${where}.schedule`, 'needs the `hours` note beside it, in the words of the source');
  const has = waysIn(line);
  const coveredBy = new Map<WayIn, string>();
  line.schedule.forEach((schedule, i) => {
    const here = `${where}.schedule[${i}]`;
    schedule.covers.forEach((way, j) => {
      if (!has.includes(way)) {
        fail(
          `${here}.covers[${j}]`,
          `the line has no ${way}: it has ${has.join(', ') || 'no phone, text, WhatsApp or chat'}`,
        );
      }
      const other = coveredBy.get(way);
      if (other) fail(`${here}.covers[${j}]`, `${way} already has hours in ${other}`);
      coveredBy.set(way, here);
    });
    if (schedule.open === ALWAYS) {
      if (schedule.zone) fail(`${here}.zone`, `must be left out: ${ALWAYS} is the same in every time zone`);
      return;
    }
    if (!schedule.zone)
      fail(`${here}.zone`, 'is required: the time zone the source gives its hours in, such as Europe/London');
    const zones = country === 'other' ? [] : zonesOf(country);
    if (zones.length > 0 && !zones.includes(canonicalZone(schedule.zone as string))) {
      fail(`${here}.zone`, `"${schedule.zone}" is not a time zone of ${country} (its zones: ${zones.join(', ')})`);
    }
    checkSpans(schedule.open, here, fail);
  });
}

function checkSpans(spans: readonly Span[], here: string, fail: Fail): void {
  const seen: [Interval, number][] = [];
  spans.forEach((span, k) => {
    const place = `${here}.open[${k}]`;
    if (span.from === span.to) {
      fail(
        place,
        `opens and closes at ${span.from}: for a whole day write from "00:00" to "24:00"; round the clock is open: ${ALWAYS}`,
      );
    }
    for (const interval of spanIntervals(span)) {
      for (const [earlier, index] of seen) {
        const shared = overlap(interval, earlier);
        if (shared !== undefined) fail(place, `overlaps open[${index}]: both are open on ${at(shared)}`);
      }
      seen.push([interval, k]);
    }
  });
  const intervals = weekIntervals(spans);
  if (intervals.length === 1 && intervals[0]?.[0] === 0 && intervals[0][1] === WEEK_MINUTES) {
    fail(`${here}.open`, `is open all week round: write open: ${ALWAYS}`);
  }
}
