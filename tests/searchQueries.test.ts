/**
 * Found by the words people use (issue 25): what a reader types in each language, and the topic
 * that must come up. The search the app builds (loadSearch: topics and helplines of one language),
 * over the real content, so a change to a topic's keywords or text, or to the ranking, shows here.
 * The content is imported statically: compiling it takes seconds, which must not count against a
 * test's time limit.
 */
import topicsEn from 'virtual:guide/topics/en';
import topicsEs from 'virtual:guide/topics/es';
import helplinesEn from 'virtual:helplines/en';
import helplinesEs from 'virtual:helplines/es';
import { describe, expect, it } from 'vitest';
import { createSearch } from '@/components/guide/search';

const searches = { en: createSearch(topicsEn, helplinesEn), es: createSearch(topicsEs, helplinesEs) };

function topicIds(language: 'en' | 'es', query: string): string[] {
  return searches[language]
    .search(query)
    .filter((result) => result.kind === 'topic')
    .map((result) => result.id);
}

describe('what readers type finds the topic first', () => {
  it.each<['en' | 'es', string, string]>([
    ['en', 'choking', 'choking-and-strangulation'],
    ['en', 'strangled', 'choking-and-strangulation'],
    ['es', 'estrangulamiento', 'choking-and-strangulation'],
    ['en', 'stalking', 'stalking-and-dating-abuse'],
    ['es', 'acecho', 'stalking-and-dating-abuse'],
    ['es', 'acoso callejero', 'harassment-and-assault'],
    ['en', 'catcalling', 'harassment-and-assault'],
    ['en', 'harassment', 'harassment-and-assault'],
    ['en', 'dating abuse', 'stalking-and-dating-abuse'],
    ['es', 'violencia en el noviazgo', 'stalking-and-dating-abuse'],
    ['en', 'report to police', 'reporting'],
    ['es', 'denunciar', 'reporting'],
    ['en', 'flashbacks', 'the-weeks-after'],
    ['es', 'pesadillas', 'the-weeks-after'],
    ['en', 'forced marriage', 'forced-marriage'],
    ['es', 'matrimonio forzado', 'forced-marriage'],
  ])('%s: "%s" → %s', (language, query, id) => {
    expect(topicIds(language, query)[0]).toBe(id);
  });
});

describe('words shared by two topics', () => {
  it('«acoso» puts harassment or stalking first, and the other in the first three', () => {
    const ids = topicIds('es', 'acoso');
    const both = ['harassment-and-assault', 'stalking-and-dating-abuse'];

    expect(both).toContain(ids[0]);
    expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(both));
  });

  // A pregnancy after an assault has its own topic now; contraception must still be in reach.
  it.each<['en' | 'es', string]>([
    ['en', 'pregnant'],
    ['es', 'embarazo'],
  ])('%s: "%s" keeps condoms-and-contraception among the first three', (language, query) => {
    expect(topicIds(language, query).slice(0, 3)).toContain('condoms-and-contraception');
  });
});
