import topics from 'virtual:guide/topics/en';
import spanishTopics from 'virtual:guide/topics/es';
import countries from 'virtual:helplines/en';
import { describe, expect, it } from 'vitest';
import { createSearch, fold, snippetFor } from '@/components/guide/search';

const search = createSearch(topics, countries);
const topicIds = (query: string) =>
  search
    .search(query)
    .filter((result) => result.kind === 'topic')
    .map((result) => result.id);

describe('guide search', () => {
  it.each([
    ['concent', 'what-consent-is'],
    ['consnet', 'what-consent-is'],
    ['drunk', 'alcohol-and-drugs'],
    ['condom', 'condoms-and-contraception'],
    ['contracep', 'condoms-and-contraception'],
    ['saying no', 'saying-no'],
    ['pressure', 'pressure-and-coercion'],
    ['morning after pill', 'after-something-happened'],
    ['going slow', 'going-slowly'],
    ['quick exit', 'staying-private'],
    ['counselling', 'talking-it-through'],
    ['friend', 'supporting-a-friend'],
  ])('"%s" finds %s among the first three', (query, id) => {
    expect(topicIds(query).slice(0, 3)).toContain(id);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('matches short words exactly, so "no" does not find "so"', () => {
    const snippets = search.search('no').map((result) => result.snippet.match.toLowerCase());

    expect(snippets.every((match) => match === '' || match.startsWith('no'))).toBe(true);
  });

  it('falls back to any word when no topic has them all', () => {
    expect(topicIds('drunk xyzzyqq')).toContain('alcohol-and-drugs');
  });

  it('finds helplines, and only those of the chosen country when one is given', () => {
    const all = search.search('rape crisis').filter((result) => result.kind === 'helpline');
    const uk = search.search('rape crisis', { country: 'gb' }).filter((result) => result.kind === 'helpline');

    expect(new Set(all.map((result) => result.countryId)).size).toBeGreaterThan(1);
    expect(uk.length).toBeGreaterThan(0);
    expect(uk.every((result) => result.countryId === 'gb')).toBe(true);
  });
});

describe('snippetFor', () => {
  it('picks the first sentence with a matching word and marks the word', () => {
    expect(snippetFor(['Nothing here.', 'You can say no at any time.'], ['say'], 'x')).toEqual({
      before: 'You can ',
      match: 'say',
      after: ' no at any time.',
    });
  });

  it('trims long sentences around the match', () => {
    const long = `${'a '.repeat(80)}consent${' b'.repeat(80)}`;

    const snippet = snippetFor([long], ['consent'], '');

    expect(snippet.before.startsWith('…')).toBe(true);
    expect(snippet.after.endsWith('…')).toBe(true);
    expect(snippet.match).toBe('consent');
  });

  it('falls back to the given text when no sentence holds the word', () => {
    expect(snippetFor(['Hello.'], ['zzz'], 'Summary')).toEqual({ before: 'Summary', match: '', after: '' });
  });
});

describe('search in Spanish', () => {
  const spanish = createSearch(spanishTopics);
  const firstTopic = (query: string) => spanish.search(query).find((result) => result.kind === 'topic')?.id;

  it.each([
    ['borracho', 'alcohol-and-drugs'],
    ['presión', 'pressure-and-coercion'],
    ['presion', 'pressure-and-coercion'],
    ['control', 'controlling-behaviour'],
    ['anticoncep', 'condoms-and-contraception'],
    ['sextorsion', 'images-and-sextortion'],
  ])('"%s" finds %s first', (query, id) => {
    expect(firstTopic(query)).toBe(id);
  });

  it.each([
    // Photos come up in the topic on phones and the internet too; drugs in the one on spiked drinks.
    ['fotos', 'images-and-sextortion'],
    ['drogas', 'alcohol-and-drugs'],
  ])('"%s" finds %s among the first three', (query, id) => {
    const ids = spanish.search(query).map((result) => result.id);

    expect(ids.slice(0, 3)).toContain(id);
  });

  it('finds "me obligó" with or without the accent, in the topics it belongs to', () => {
    for (const query of ['me obligó', 'me obligo', 'obligo']) {
      const ids = spanish.search(query).map((result) => result.id);
      expect(ids.slice(0, 3)).toEqual(expect.arrayContaining(['pressure-and-coercion']));
      expect(ids).toContain('after-something-happened');
    }
  });

  it('folds accents both ways: "agresión" and "agresion" find the same topics', () => {
    const accented = spanish.search('agresión').map((result) => result.id);

    expect(accented.length).toBeGreaterThan(0);
    expect(spanish.search('agresion').map((result) => result.id)).toEqual(accented);
  });

  it('forgives a slip and picks out the accented word in the snippet', () => {
    const [first] = spanish.search('coaccion');

    expect(first?.id).toBe('pressure-and-coercion');
    // The snippet is cut from the original text: the word shows with its accent.
    expect(['coacción', 'coerción']).toContain(first?.snippet.match.toLowerCase());
  });

  it('fold keeps every letter in its place', () => {
    expect(fold('¿Agresión? Niño, ÁRBOL')).toBe('¿agresion? nino, arbol');
    expect(fold('straße')).toBe('straße');
  });
});
