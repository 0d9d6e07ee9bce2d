/**
 * Reading ease of a Spanish topic: the Szigriszt-Pazos perspicuity index read on the INFLESZ
 * scale (Barrio-Cantalejo et al., "Validación de la Escala INFLESZ para evaluar la legibilidad de
 * los textos dirigidos a pacientes", An. Sist. Sanit. Navar. 2008), the scale Spanish health
 * services use for patient information. Counted on the same text units and sentences as the
 * English grade (readability.ts), so the two languages are held to the same rules.
 *
 *   index = 206.835 − 62.3 × syllables / words − words / sentences
 *
 * INFLESZ: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 quite easy ("bastante
 * fácil"), over 80 very easy ("muy fácil").
 *
 * Syllables come from `silabea`, a Spanish syllabifier that applies the orthographic rules for
 * diphthongs, triphthongs and hiatus (río = rí-o, poesía = po-e-sí-a, ciudad = ciu-dad), which
 * hyphenation patterns do not. Used by tests and scripts only, never shipped.
 */
import silabea from 'silabea';
import type { Topic } from './blocks';
import { countUnits, textUnits } from './readability';

export interface ReadingEase {
  /** The Szigriszt-Pazos index (higher is easier). */
  ease: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** "Easy" for every topic (bastante fácil), "very easy" for a `risk: crisis` topic (muy fácil). */
export const INFLESZ_EASY = 65;
export const INFLESZ_VERY_EASY = 80;

export const easeLimit = (topic: Pick<Topic, 'risk'>): number =>
  topic.risk === 'crisis' ? INFLESZ_VERY_EASY : INFLESZ_EASY;

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = /^\p{L}+$/u;

/** Syllables in one word. A number or a mixed token ("112", "24/7") counts as one: it is read as a unit. */
export function spanishSyllables(word: string): number {
  if (!LETTERS.test(word)) return 1;
  return Math.max(1, silabea.getSilabas(word.toLowerCase()).numeroSilaba);
}

export function readingEaseEs(topic: Topic): ReadingEase {
  return readingEaseOfUnits(textUnits(topic.blocks));
}

export function readingEaseOfUnits(units: readonly string[]): ReadingEase {
  const { sentences, words, syllables } = countUnits(units, WORD, spanishSyllables);
  const ease = words === 0 ? 100 : 206.835 - (62.3 * syllables) / words - words / Math.max(1, sentences);
  return { ease, sentences, words, syllables };
}
