/**
 * Each language's reading measure and its bars, in one place: `npm run measure:topics` prints it
 * for a file in any language, and tests/topics-readability.test.ts holds every topic of every
 * language to it. English: Flesch–Kincaid grade (readability.ts). Spanish: Szigriszt-Pazos on the
 * INFLESZ scale (readabilityEs.ts). French: Kandel–Moles (readabilityFr.ts). Portuguese: Flesch as
 * adapted by Martins et al. (readabilityPt.ts). A language with
 * topics and no measure here fails that test: add its published formula first.
 * Used by tests and scripts only, never shipped.
 */
import type { Topic } from './blocks';
import { gradeLimit, readingGrade } from './readability';
import { easeLimit, readingEaseEs } from './readabilityEs';
import { easeLimitFr, readingEaseFr } from './readabilityFr';
import { easeLimitPt, readingEasePt } from './readabilityPt';

export interface Measured {
  /** The measure's name and the topic's figure, e.g. "Kandel–Moles 71.2 (at least 65)". */
  figure: string;
  /** Whether the topic meets its bar. */
  ok: boolean;
  /** The counts behind the figure. */
  detail: string;
}

interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

const detail = ({ words, sentences, syllables }: Counts): string =>
  `${words} words, ${sentences} sentences, ${(syllables / Math.max(1, words)).toFixed(2)} syllables a word, ${(words / Math.max(1, sentences)).toFixed(1)} words a sentence`;

/** An ease score (higher is easier) against its floor. */
function ease(name: string, measured: Counts & { ease: number }, limit: number): Measured {
  return {
    figure: `${name} ${measured.ease.toFixed(1)} (at least ${limit})`,
    ok: measured.ease >= limit,
    detail: detail(measured),
  };
}

export const READING_MEASURES: Readonly<Record<string, (topic: Topic) => Measured>> = {
  en: (topic) => {
    const measured = readingGrade(topic);
    const limit = gradeLimit(topic);
    return {
      figure: `grade ${measured.grade.toFixed(1)} (at most ${limit})`,
      ok: measured.grade <= limit,
      detail: detail(measured),
    };
  },
  es: (topic) => ease('INFLESZ', readingEaseEs(topic), easeLimit(topic)),
  fr: (topic) => ease('Kandel–Moles', readingEaseFr(topic), easeLimitFr(topic)),
  pt: (topic) => ease('Flesch (Martins et al.)', readingEasePt(topic), easeLimitPt(topic)),
};
