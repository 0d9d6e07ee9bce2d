import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, ratioInterval, summarize } from './bench/stats';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('drops missing and non-finite samples', () => {
    expect(median([null, 5, undefined, Number.NaN, 1, Number.POSITIVE_INFINITY])).toBe(3);
  });

  it('is NaN when there is no sample', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is always one of the samples', () => {
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([10, 20, 30], 50)).toBe(20);
  });

  it('ignores the order of the samples', () => {
    expect(percentile([...oneToHundred].reverse(), 95)).toBe(95);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('gives count, median, p95, min and max of the finite samples', () => {
    const summary = summarize([5, null, 1, 3, 2, 4]);

    expect(summary).toEqual({ n: 5, median: 3, p95: 5, min: 1, max: 5 });
  });
});

describe('ratio', () => {
  it('divides, and is NaN without a positive baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
});

describe('ratioInterval', () => {
  it('brackets the ratio of the medians and gives the same answer every time', () => {
    const app = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const bare = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];

    const [low, high] = ratioInterval(app, bare);

    expect(low).toBeLessThanOrEqual(ratio(median(app), median(bare)));
    expect(high).toBeGreaterThanOrEqual(ratio(median(app), median(bare)));
    expect(ratioInterval(app, bare)).toEqual([low, high]);
  });

  it('is NaN when a side has no sample', () => {
    expect(ratioInterval([], [1])).toEqual([Number.NaN, Number.NaN]);
  });
});
