/**
 * Reading ease of a French topic: Kandel and Moles' adaptation of Flesch's Reading Ease to French
 * (Kandel, L., & Moles, A. (1958). Application de l'indice de Flesch à la langue française.
 * Cahiers Études de Radio-Télévision, 19, 253-274), with Flesch's weights refitted so that a
 * French text scores what its English counterpart does:
 *
 *   ease = 207 − 1.015 × words / sentences − 73.6 × syllables / words
 *
 * (the constants as the Yoast readability team gives them, github.com/Yoast/YoastSEO.js/issues/267,
 * and as koRpus implements its "fr" preset). Counted on the same text units and sentences as the
 * English grade (readability.ts), syllables by the French counter in syllablesFr.ts.
 *
 * The bars are Flesch's own scale, which an adaptation keeps (Flesch, R. (1949). The Art of
 * Readable Writing; his table: 60-70 "standard", 8th-9th grade; 70-80 "fairly easy", 7th grade;
 * 80-90 "easy", 6th grade; reproduced in github.com/chartbeat-labs/textacy/issues/155): 65, the
 * middle of the band that holds grade 8, for every topic (the English bar, grade 8 or below), and
 * 80, the start of the 6th-grade band, for a `risk: crisis` topic (the English bar, grade 6) —
 * the same figures as the Spanish bars (readabilityEs.ts). Used by tests and scripts only.
 */
import type { Topic } from './blocks';
import { countUnits, textUnits } from './readability';
import { frenchSyllables } from './syllablesFr';

/** Grade 8 or below: the middle of Flesch's "standard" band (60-70, 8th-9th grade). */
export const KANDEL_MOLES_EASY = 65;
/** Grade 6 or below: Flesch's "easy" band (80-90, 6th grade). */
export const KANDEL_MOLES_VERY_EASY = 80;

export const easeLimitFr = (topic: Pick<Topic, 'risk'>): number =>
  topic.risk === 'crisis' ? KANDEL_MOLES_VERY_EASY : KANDEL_MOLES_EASY;

export interface ReadingEaseFr {
  /** The Kandel–Moles index (higher is easier). */
  ease: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** Kandel–Moles from the counts. */
export const kandelMoles = (words: number, sentences: number, syllables: number): number =>
  words === 0 ? 100 : 207 - (1.015 * words) / Math.max(1, sentences) - (73.6 * syllables) / words;

/** Words as French writes them: "l'ami", "aujourd'hui" and "peut-être"'s halves are words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function readingEaseFrOfUnits(units: readonly string[]): ReadingEaseFr {
  const { sentences, words, syllables } = countUnits(units, WORD, frenchSyllables);
  return { ease: kandelMoles(words, sentences, syllables), sentences, words, syllables };
}

export const readingEaseFr = (topic: Topic): ReadingEaseFr => readingEaseFrOfUnits(textUnits(topic.blocks));
