import { round, type Summary } from './stats';

/** Formatting for the printed table. Missing values print as "n/a", never as NaN. */

export const ms = (value: number | undefined): string =>
  value !== undefined && Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms` : 'n/a';

export const times = (value: number, digits = 2): string =>
  Number.isFinite(value) ? `${value.toFixed(digits)}×` : 'n/a';

export const medianOf = (summary: Summary | undefined): string =>
  summary && summary.n > 0 ? `${ms(summary.median)} (n=${summary.n})` : 'n/a';

/** "1.23× [1.05–1.40]": the ratio of medians and its 95% bootstrap interval. */
export const ratioText = (pair: { ratio: number; interval: [number, number] }, digits = 2): string =>
  Number.isFinite(pair.ratio)
    ? `${times(pair.ratio, digits)} [${pair.interval.map((v) => (Number.isFinite(v) ? v.toFixed(2) : '?')).join('–')}]`
    : 'n/a';

export interface Target {
  name: string;
  /** What was measured, as printed. */
  value: string;
  limit: string;
  /** null when it could not be measured. */
  met: boolean | null;
  note?: string;
}

export const status = (met: boolean | null): string => (met === null ? 'NOT MEASURED' : met ? 'met' : 'MISSED');

/** A plain-text table with padded columns; the first row is the header. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** JSON with timings rounded to 0.01 (the clocks are not finer than that) and NaN as null. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(
    value,
    (_, v) => (typeof v === 'number' ? (Number.isInteger(v) ? v : round(v, 2)) : v),
    2,
  )}\n`;
}
