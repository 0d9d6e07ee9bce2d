import { i18n } from '@/components/ui/i18n';
import type { Helpline } from '@/content/helplines/schema';
import { type HoursRow, hoursRows, openState } from './openNow';
import { holidaysText, stateText, waysLabel } from './openText';

/** One row's words and how it looks: open, closed, or hours not confirmed. */
function describe(row: HoursRow, now: number) {
  if (!row.schedule) return { text: i18n.t('helplinesHoursNotConfirmed'), kind: 'unknown' };
  const state = openState(row.schedule, now);
  return {
    text: stateText(state, row.schedule.zone, now),
    kind: state.kind === 'closed' ? 'closed' : 'open',
    holidays: holidaysText(row.schedule),
  };
}

/**
 * Whether a line is open now, on its card: one row, or a row per set of hours (a phone line and a
 * chat with other hours), each named by what it covers. The words carry the state; colour only
 * repeats it. Not a live region: a change each minute is not worth interrupting the reader for.
 */
export function OpenHours({ line, now }: { line: Helpline; now: number }) {
  const rows = hoursRows(line);
  if (rows.length === 0) return null;
  const items = rows.map((row) => {
    const { text, kind, holidays } = describe(row, now);
    const words = rows.length > 1 ? i18n.t('helplinesWayState', [waysLabel(row.ways), text]) : text;
    return (
      <>
        <span class={`helpline__state helpline__state--${kind}`}>{words}</span>
        {holidays && <span class="helpline__holidays"> {holidays}</span>}
      </>
    );
  });
  if (items.length === 1) return <p class="helpline__open">{items[0]}</p>;
  return (
    <ul class="helpline__open">
      {items.map((item, i) => (
        <li key={rows[i]?.ways.join()}>{item}</li>
      ))}
    </ul>
  );
}
