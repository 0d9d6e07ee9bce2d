import { describe, expect, it } from 'vitest';
import { formatReviewed, sourceLinks } from '@/components/guide/SourcesLine';

describe('formatReviewed', () => {
  it.each([
    ['2026-11-29', 'November 2026'],
    ['2025-01-01', 'January 2025'],
    ['2026-02-30', '2026-02-30'],
    ['29/11/2026', '29/11/2026'],
  ])('shows %s as "%s"', (date, shown) => {
    expect(formatReviewed(date)).toBe(shown);
  });
});

describe('sourceLinks', () => {
  it('names each source by its host, numbering a host that appears again', () => {
    const links = sourceLinks([
      'https://www.plannedparenthood.org/learn/a',
      'https://rapecrisis.org.uk/b',
      'https://www.plannedparenthood.org/learn/c',
    ]);

    expect(links.map((link) => link.text)).toEqual([
      'plannedparenthood.org',
      'rapecrisis.org.uk',
      'plannedparenthood.org (2)',
    ]);
  });
});
