/**
 * A small Portuguese syllable counter, for the reading-ease measure (readabilityPt.ts). It counts
 * syllables as the written norm divides words (the division taught at school and given by the
 * Portal da Língua Portuguesa's syllable dictionary: "sé-ri-e", "sa-ú-de", "quan-do"), which is
 * what Martins et al. counted, by rules on the spelling:
 *
 *  1. `u` after `q` or `g` is never a syllable of its own ("quando", "guerra", "agüentar").
 *  2. Each run of vowel letters is read left to right; a vowel and a following unaccented i or u
 *     make one syllable, a falling diphthong ("pai", "céu", "muito", "partiu"), as do ão, ãe, õe
 *     ("mãe", "irmão", "põe"); every other pair is a hiatus, two syllables ("ri-o", "sé-ri-e",
 *     "vo-o", "sa-ú-de"): the norm splits the rising pairs ia, ie, io, ua, ue, uo.
 *  3. An i or u before nh, or before l, m, n, r or z that ends the syllable, is a vowel of its own
 *     ("ra-i-nha", "sa-ir", "ju-iz", "ru-im").
 *
 * Validated against the Portal da Língua Portuguesa's divisions
 * (tests/fixtures/syllables-pt-portal.tsv, with its source); the accuracy is printed by
 * tests/readabilityPt.test.ts. Used by tests and scripts only, never shipped.
 */

const VOWEL = 'aeiouáàâãéêíóôõúü';
const isVowel = (letter: string | undefined): boolean => letter !== undefined && VOWEL.includes(letter);
/** The first letter of a falling diphthong before an unaccented i or u. */
const DIPHTHONG_START = 'aeiouáéóâêô';

/** Whether the i or u at `at` is the second half of a falling diphthong, from what follows it. */
function glides(word: string, at: number): boolean {
  const next = word[at + 1];
  const after = word[at + 2];
  if (next === 'n' && after === 'h') return false; // "ra-i-nha"
  // "sa-ir", "ju-iz", "ru-im": a consonant that closes the syllable takes the i or u as its vowel.
  // ("bairro": rr starts the next syllable.)
  if (next !== undefined && 'lmnrz'.includes(next) && !isVowel(after) && after !== 'h' && next + after !== 'rr') {
    return false;
  }
  return true;
}

/** Syllables in one Portuguese word, as the written norm divides it. A number or a mixed token counts as one. */
export function portugueseSyllables(word: string): number {
  const lower = word.toLowerCase();
  if (!/^[\p{L}-]+$/u.test(lower)) return 1;
  // Step 1: the u of qu, gu is part of the consonant.
  const text = lower.replace(/(?<=[qg])[uü](?=[aeiouáéíóâêôãõ])/g, '');
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const letter = text[i] as string;
    if (!isVowel(letter)) continue;
    count += 1;
    const next = text[i + 1];
    const nasalPair = (letter === 'ã' && (next === 'o' || next === 'e')) || (letter === 'õ' && next === 'e');
    const falling = DIPHTHONG_START.includes(letter) && (next === 'i' || next === 'u') && next !== letter;
    if (nasalPair || (falling && glides(text, i + 1))) i += 1;
  }
  return Math.max(1, count);
}
