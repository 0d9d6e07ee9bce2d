/**
 * French reading ease (issue 27, item 6): Kandel–Moles, with syllables counted by a small French
 * counter (content/topics/syllablesFr.ts) validated against published syllable counts: a held-out
 * sample of Brulex and the words Lexique's authors check their syllabification with (both in
 * tests/fixtures/, with their sources).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTopic } from '../content/topics/compile';
import {
  easeLimitFr,
  KANDEL_MOLES_EASY,
  KANDEL_MOLES_VERY_EASY,
  kandelMoles,
  readingEaseFrOfUnits,
} from '../content/topics/readabilityFr';
import { READING_MEASURES } from '../content/topics/readingMeasures';
import { frenchSyllables } from '../content/topics/syllablesFr';

/** `word<TAB>syllables` lines, after the comment lines that give the source. */
const fixture = (name: string): [string, number][] =>
  readFileSync(`tests/fixtures/${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [word, count] = line.split('\t');
      return [word as string, Number(count)];
    });

function accuracy(rows: [string, number][]) {
  const wrong = rows.filter(([word, count]) => frenchSyllables(word) !== count);
  const counted = rows.reduce((sum, [word]) => sum + frenchSyllables(word), 0);
  const expected = rows.reduce((sum, [, count]) => sum + count, 0);
  return { exact: 1 - wrong.length / rows.length, totalError: (counted - expected) / expected, wrong };
}

describe('the French syllable counter', () => {
  it('matches Brulex on a held-out sample of 693 words: 97.5% exactly, the total within 0.1%', () => {
    const rows = fixture('syllables-fr-brulex.tsv');
    const { exact, totalError, wrong } = accuracy(rows);

    expect(rows.length).toBe(693);
    // 17 words differ (for example "auvent", "faon", "zoologie"); the formula reads the total.
    expect(exact, wrong.map(([word]) => word).join(', ')).toBeGreaterThanOrEqual(0.97);
    expect(Math.abs(totalError)).toBeLessThan(0.01);
  });

  it('matches every word Lexique’s authors check their syllabification with', () => {
    const rows = fixture('syllables-fr-lexique.tsv');

    expect(rows.length).toBe(26);
    expect(accuracy(rows).wrong).toEqual([]);
  });

  it.each([
    ['arbre', 1], // a final e is mute
    ['tables', 1],
    ['galerie', 2], // and an e between single consonants after a vowel
    ['maintenant', 2],
    ['autrefois', 3], // but not after two consonants
    ['chien', 1], // i before a vowel is a glide
    ['crier', 2], // except after a consonant and r or l
    ['réalité', 4], // an accented vowel is a vowel of its own
    ['naïf', 2],
    ['payer', 2],
    ['fille', 1],
    ['travail', 2],
    ['parlent', 1], // the verb ending -ent is mute
    ['souvent', 2], // the noun's or adverb's is not
    ['vraiment', 2],
    ['dénouement', 3],
    ['guerre', 1],
    ['qui', 1],
    ['le', 1],
    ['l’ami', 2],
    ['aujourd’hui', 3],
    ['consentement', 3],
    ['112', 1],
  ])('%s has %i', (word, syllables) => {
    expect(frenchSyllables(word)).toBe(syllables);
  });
});

describe('Kandel–Moles', () => {
  it('is 207 − 1.015 × words a sentence − 73.6 × syllables a word', () => {
    expect(kandelMoles(100, 10, 150)).toBeCloseTo(207 - 10.15 - 110.4, 10);
  });

  it('holds every topic to 65 (grade 8 on Flesch’s scale) and a crisis topic to 80 (grade 6)', () => {
    expect(easeLimitFr({})).toBe(KANDEL_MOLES_EASY);
    expect(easeLimitFr({ risk: 'abuse' })).toBe(65);
    expect(easeLimitFr({ risk: 'crisis' })).toBe(KANDEL_MOLES_VERY_EASY);
    expect(KANDEL_MOLES_VERY_EASY).toBe(80);
  });

  it('counts the same sentences and words whatever the spaces French typography puts around « » : ; ? !', () => {
    // The guide's rule is a no-break space (U+00A0) inside « » and before : ; ? ! and a straight
    // apostrophe (README, "Languages"); Québec writes no space, some writers a narrow one (U+202F).
    const text = (space: string, apostrophe: string) =>
      `Demandez${space}: «${space}Ça va${space}?${space}» Elle dit «${space}Pourquoi tu étais là-bas${space}?${space}». ` +
      `Il répond${space}; elle rit${space}! C${apostrophe}est «${space}non${space}».`;
    const expected = { sentences: 4, words: 16 };
    for (const space of ['\u00a0', '\u202f', ' ', '']) {
      for (const apostrophe of ["'", '’']) {
        expect(readingEaseFrOfUnits([text(space, apostrophe)])).toMatchObject(expected);
      }
    }
  });

  it('measures a French topic, as `npm run measure:topics` prints it', () => {
    const topic = compileTopic(
      [
        '---',
        'id: fixture',
        'title: Un sujet',
        'summary: Un sujet court pour tester la mesure en français.',
        'group: basics',
        'order: 1',
        'related: [other]',
        'keywords: [un, deux, trois]',
        'sources:',
        '  - https://example.org/',
        'reviewed: 2026-12-07',
        '---',
        '',
        "Tu peux dire non. Tu peux changer d'avis à tout moment. C'est ton choix.",
        '',
      ].join('\n'),
      'content/topics/fr/fixture.md',
    );

    const measured = READING_MEASURES.fr?.(topic);

    // 14 words ("d'avis", "c'est" are one each), 3 sentences, 17 syllables (tu peux di-re non; tu
    // peux chan-ger d'a-vis à tout mo-ment; c'est ton choix): 207 − 1.015 × 14/3 − 73.6 × 17/14 = 112.9.
    expect(measured).toMatchObject({ figure: 'Kandel–Moles 112.9 (at least 65)', ok: true });
    expect(measured?.detail).toBe('14 words, 3 sentences, 1.21 syllables a word, 4.7 words a sentence');
  });
});
