/**
 * Reading ease of a Portuguese topic: Martins et al.'s adaptation of Flesch's Reading Ease to
 * Brazilian Portuguese (Martins, T. B. F., Ghiraldelo, C. M., Nunes, M. G. V., & Oliveira Jr., O.
 * N. (1996). Readability formulas applied to textbooks in Brazilian Portuguese. Notas do ICMSC,
 * 28, USP São Carlos), Flesch's weights with the constant raised by 42:
 *
 *   ease = 248.835 − 1.015 × words / sentences − 84.6 × syllables / words
 *
 * (as given by geratools.com/portuguese-readability-flesch and blog.inboarding.co/formulas-de-leiturabilidade,
 * and implemented in github.com/italosiqueira/leiturabilidade, FleschBrasileiroSimples.java).
 * Counted on the same text units and sentences as the English grade (readability.ts), syllables
 * by the Portuguese counter in syllablesPt.ts.
 *
 * The bars: the adaptation's scale, as that implementation gives it, is 75-100 "muito fácil"
 * (1st to 5th school year), 50-75 "fácil" (6th to 9th year), 25-50 "difícil" (secondary school),
 * 0-25 "muito difícil" (university). Grade 8 or below (the English bar) is read off that scale by
 * sharing the 6th-9th band evenly between its four years (6.25 points a year): 56.25, rounded to
 * 56; grade 6 or below (the crisis bar): 68.75, rounded to 69. The even share is this project's
 * reading of the bands, not the paper's. Used by tests and scripts only, never shipped.
 */
import type { Topic } from './blocks';
import { countUnits, textUnits } from './readability';
import { portugueseSyllables } from './syllablesPt';

/** Grade 8 or below. */
export const MARTINS_EASY = 56;
/** Grade 6 or below. */
export const MARTINS_VERY_EASY = 69;

export const easeLimitPt = (topic: Pick<Topic, 'risk'>): number =>
  topic.risk === 'crisis' ? MARTINS_VERY_EASY : MARTINS_EASY;

export interface ReadingEasePt {
  /** The Martins et al. index (higher is easier). */
  ease: number;
  sentences: number;
  words: number;
  syllables: number;
}

export const martins = (words: number, sentences: number, syllables: number): number =>
  words === 0 ? 100 : 248.835 - (1.015 * words) / Math.max(1, sentences) - (84.6 * syllables) / words;

/** "fá-lo", "diz-me": each half is a word, as Portuguese counts them. */
const WORD = /[\p{L}\p{N}]+/gu;

export function readingEasePtOfUnits(units: readonly string[]): ReadingEasePt {
  const { sentences, words, syllables } = countUnits(units, WORD, portugueseSyllables);
  return { ease: martins(words, sentences, syllables), sentences, words, syllables };
}

export const readingEasePt = (topic: Topic): ReadingEasePt => readingEasePtOfUnits(textUnits(topic.blocks));
