/**
 * The Spanish guide, measured: syllables counted by a real Spanish syllabifier (hiatus and
 * diphthongs as the orthographic rules have them), and every topic's reading ease held to the same
 * bar as the English grades — "easy" for every topic, "very easy" for every `risk: crisis` topic.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAllLanguages } from '../content/topics/compile';
import { easeLimit, readingEaseEs, spanishSyllables } from '../content/topics/readabilityEs';

const TOPICS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/topics');
const spanish = loadAllLanguages(TOPICS_ROOT).es ?? [];

describe('Spanish syllables', () => {
  it.each([
    // Hiatus: two syllables where hyphenation patterns (which never split vowels) count one.
    ['río', 2],
    ['leer', 2],
    ['poesía', 4],
    ['aéreo', 4],
    ['país', 2],
    ['baúl', 2],
    ['búho', 2],
    ['teatro', 3],
    ['héroe', 3],
    ['oír', 2],
    // Diphthongs and triphthongs: one syllable.
    ['ciudad', 2],
    ['aire', 2],
    ['hay', 1],
    ['muy', 1],
    ['Uruguay', 3],
    ['guitarra', 3],
    ['pingüino', 3],
    // Two closed vowels are a diphthong for the spelling rules (RAE, Ortografía 2010): "huir"
    // and "guion" are written without an accent because they count as one syllable.
    ['huir', 1],
    ['consentimiento', 5],
    ['agresión', 3],
  ])('%s has %i', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('counts a number or a code as one unit', () => {
    expect(spanishSyllables('112')).toBe(1);
  });
});

describe('Spanish reading ease (INFLESZ)', () => {
  it('has every topic', () => {
    expect(spanish.length).toBeGreaterThan(20);
  });

  // The figure is computed while collecting so that it shows in the test name.
  const rows = spanish.map((topic) => {
    const limit = easeLimit(topic);
    return [`${topic.id} scores ${readingEaseEs(topic).ease.toFixed(1)} (at least ${limit})`, topic, limit] as const;
  });

  it.each(rows)('%s', (_name, topic, limit) => {
    expect(readingEaseEs(topic).ease).toBeGreaterThanOrEqual(limit);
  });
});
