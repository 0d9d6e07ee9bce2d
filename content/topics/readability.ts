/**
 * Flesch–Kincaid reading grade of a topic, counted exactly as README-format.md ("Reading level")
 * says, so authors can reproduce the number. Used by tests and scripts only, never shipped.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { type Block, plainText, type Topic } from './blocks';

/** The highest grade for an English topic; lower for a `risk: crisis` topic, read under the most stress. */
export const GRADE_LIMIT = 8;
export const CRISIS_GRADE_LIMIT = 6;

export const gradeLimit = (topic: Pick<Topic, 'risk'>): number =>
  topic.risk === 'crisis' ? CRISIS_GRADE_LIMIT : GRADE_LIMIT;

export interface ReadingLevel {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * The spec's sentence end, `/[.!?]+(?=["'”’)\]]*(\s|$))/`, with the group made non-capturing:
 * split() would otherwise return the captured whitespace as extra pieces. The French and Spanish
 * closing guillemet » counts as a closing quote too, so "« Ça va ? »" ends a sentence whether a
 * space stands before the » (the guide's French rule: U+00A0) or not (Québec, Spanish).
 */
const SENTENCE_END = /[.!?]+(?=["'”’»)\]]*(?:\s|$))/;
/** "don't" is one word; "part-way" is two. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function readingGrade(topic: Topic): ReadingLevel {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const unit of textUnits(topic.blocks)) {
    sentences += countSentences(unit);
    for (const word of unit.match(WORD) ?? []) {
      words += 1;
      syllables += syllable(word);
    }
  }
  return {
    grade: fleschKincaid({ sentence: sentences, word: words, syllable: syllables }),
    sentences,
    words,
    syllables,
  };
}

/**
 * The counted pieces of text: each paragraph, list item and phrase, also inside callouts.
 * Headings are left out: they are labels, not sentences.
 */
export function textUnits(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if ('items' in block) return block.items.map((item) => plainText(item));
    if (block.t === 'p') return [plainText(block.c)];
    if ('blocks' in block) return textUnits(block.blocks);
    return []; // a heading
  });
}

/**
 * A unit without final punctuation is still one sentence. A piece is "empty" when it has no
 * word: the closing quote left after `"Can I kiss you?"` is not a sentence of its own.
 */
export function countSentences(unit: string): number {
  return unit.split(SENTENCE_END).filter((piece) => piece.match(WORD) !== null).length;
}

/**
 * Sentences, words and syllables of text units, for a language's reading-ease formula: `word`
 * finds its words (global), `syllables` counts one word's syllables.
 */
export function countUnits(
  units: readonly string[],
  word: RegExp,
  syllablesOf: (word: string) => number,
): { sentences: number; words: number; syllables: number } {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const unit of units) {
    sentences += countSentences(unit);
    for (const found of unit.match(word) ?? []) {
      words += 1;
      syllables += syllablesOf(found);
    }
  }
  return { sentences, words, syllables };
}
