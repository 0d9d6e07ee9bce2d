/** Small, dependency-free statistics for the benchmark: medians and tail percentiles of timings. */

export interface Summary {
  /** How many samples (nulls and non-finite values are dropped first). */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

const finite = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));

/** The median: the middle value, or the mean of the two middle values. NaN when there is none. */
export function median(values: readonly (number | null | undefined)[]): number {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest sample such that at least p% of
 * the samples are at or below it. It is always one of the samples, so a p95 never hides a slow run
 * behind interpolation. NaN when there is no sample.
 */
export function percentile(values: readonly (number | null | undefined)[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const samples = finite(values);
  return {
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** a / b, or NaN when either is missing or b is not positive. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
}

/** Rounds for display and JSON: timings to 0.1 ms, ratios to 0.01. */
export const round = (value: number, digits = 1): number | null =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;

/** A small deterministic PRNG (mulberry32), so that a bootstrap gives the same interval every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 95% bootstrap interval for median(a) / median(b): how much the ratio moves when the runs are
 * resampled. A target whose limit falls inside the interval is within the noise of this run.
 */
export function ratioInterval(
  a: readonly (number | null | undefined)[],
  b: readonly (number | null | undefined)[],
  resamples = 2000,
): [number, number] {
  const xs = finite(a);
  const ys = finite(b);
  if (xs.length === 0 || ys.length === 0) return [Number.NaN, Number.NaN];
  const next = random(0x5eed);
  const draw = (values: number[]) => values.map(() => values[Math.floor(next() * values.length)] as number);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) ratios.push(ratio(median(draw(xs)), median(draw(ys))));
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}
