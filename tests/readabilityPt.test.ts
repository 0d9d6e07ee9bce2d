/**
 * Portuguese reading ease (issue 28, item 5): Flesch as adapted by Martins et al. (1996), with
 * syllables counted by a small Portuguese counter (content/topics/syllablesPt.ts) validated
 * against the Portal da Língua Portuguesa's divisions (a held-out sample in tests/fixtures/, with
 * its source).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTopic } from '../content/topics/compile';
import { easeLimitPt, MARTINS_EASY, MARTINS_VERY_EASY, martins } from '../content/topics/readabilityPt';
import { READING_MEASURES } from '../content/topics/readingMeasures';
import { portugueseSyllables } from '../content/topics/syllablesPt';

const rows = readFileSync('tests/fixtures/syllables-pt-portal.tsv', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line): [string, number] => {
    const [word, count] = line.split('\t');
    return [word as string, Number(count)];
  });

describe('the Portuguese syllable counter', () => {
  it('matches the Portal da Língua Portuguesa on a held-out sample of 434 words: 433 (99.8%)', () => {
    const wrong = rows.filter(([word, count]) => portugueseSyllables(word) !== count).map(([word]) => word);

    expect(rows.length).toBe(434);
    expect(wrong).toEqual(['destruidora']); // de-s-tru-i-do-ra: "ui" before a syllable is split here
  });

  it.each([
    ['pai', 1], // falling diphthongs
    ['muito', 2],
    ['partiu', 2],
    ['mãe', 1],
    ['irmão', 2],
    ['põe', 1],
    ['série', 3], // rising pairs are split
    ['rio', 2],
    ['voo', 2],
    ['saúde', 3], // an accented i or u is a vowel of its own
    ['país', 2],
    ['rainha', 3], // and so is an i before nh
    ['sair', 2], // or before a consonant that closes the syllable
    ['juiz', 2],
    ['bairro', 2],
    ['quando', 2], // the u of qu, gu
    ['guerra', 2],
    ['consentimento', 5],
    ['violência', 5], // vi-o-lên-ci-a
    ['190', 1],
  ])('%s has %i', (word, syllables) => {
    expect(portugueseSyllables(word)).toBe(syllables);
  });
});

describe('Flesch for Portuguese (Martins et al.)', () => {
  it('is 248.835 − 1.015 × words a sentence − 84.6 × syllables a word', () => {
    expect(martins(100, 10, 200)).toBeCloseTo(248.835 - 10.15 - 169.2, 10);
  });

  it('holds every topic to 56 (grade 8 on its scale) and a crisis topic to 69 (grade 6)', () => {
    expect(easeLimitPt({})).toBe(MARTINS_EASY);
    expect(MARTINS_EASY).toBe(56);
    expect(easeLimitPt({ risk: 'crisis' })).toBe(MARTINS_VERY_EASY);
    expect(MARTINS_VERY_EASY).toBe(69);
  });

  it('measures a Portuguese topic, as `npm run measure:topics` prints it', () => {
    const topic = compileTopic(
      [
        '---',
        'id: fixture',
        'title: Um tema',
        'summary: Um tema curto para testar a medida em português.',
        'group: basics',
        'order: 1',
        'related: [other]',
        'keywords: [um, dois, três]',
        'sources:',
        '  - https://example.org/',
        'reviewed: 2026-12-07',
        '---',
        '',
        'Você pode dizer não. Pode mudar de ideia a qualquer momento. A escolha é sua.',
        '',
      ].join('\n'),
      'content/topics/pt/fixture.md',
    );

    // 15 words, 3 sentences, 28 syllables (vo-cê po-de di-zer não; po-de mu-dar de i-dei-a a
    // qual-quer mo-men-to; a es-co-lha é su-a): 248.835 − 1.015 × 5 − 84.6 × 28/15 = 85.8.
    expect(READING_MEASURES.pt?.(topic)).toMatchObject({
      figure: 'Flesch (Martins et al.) 85.8 (at least 56)',
      ok: true,
      detail: '15 words, 3 sentences, 1.87 syllables a word, 5.0 words a sentence',
    });
  });
});
