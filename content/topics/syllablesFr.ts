/**
 * A small French syllable counter, for the reading-ease measure (readabilityFr.ts). No maintained
 * French counter is on npm, and hyphenation patterns split words for print, not for speech
 * ("ar-bre" is one spoken syllable). It counts the syllables of standard spoken French, as the
 * lexical databases do (Brulex, Lexique: "arbre" 1, "galerie" 2, "chien" 1), by rules on the
 * spelling:
 *
 *  1. Letters that are not sounds: `u` after `q`, and after `g` before e/i/y ("guerre", "qui").
 *  2. `ill` after a vowel is the glide [j] ("abeille", "travail"), after a consonant "i" + [j]
 *     ("fille"); `y` before a vowel is [j] ("payer" = pè-yé, "voyage").
 *  3. Mute e: a final e or es ("table", "tables"), the verb ending ent ("ils parlent", but not in
 *     a word ending in -ment or in the few nouns and adjectives listed in SOUNDED_ENT), and an
 *     e between two single consonants after a vowel ("galerie" = gal-rie, "samedi" = sam-di).
 *     A word with no other vowel keeps its e ("le", "les").
 *  4. Each run of vowel letters is split into units: the digraphs that spell one vowel (eau, ai,
 *     au, ei, eu, œu, ou, oi) and single letters. A unit i, u or ou followed by another unit is a
 *     glide, not a syllable ("chien", "nuage", "jouer"), except i and ou after a consonant and
 *     l or r ("crier" = cri-er, "trouer"). A letter with an accent or a diaeresis is a vowel of
 *     its own ("réalité", "naïf").
 *
 * Validated against Brulex's syllable counts (tests/fixtures/syllables-fr-brulex.txt, with its
 * source); the accuracy is printed by tests/readabilityFr.test.ts and stated in README.md.
 * Used by tests and scripts only, never shipped.
 */

const VOWEL = 'aeiouyàâäéèêëîïôöùûüÿœæ';
const isVowel = (letter: string | undefined): boolean => letter !== undefined && VOWEL.includes(letter);
/** Letters that are always a vowel of their own, never part of a digraph or a glide. */
const OWN_VOWEL = 'éèêëïüÿâàîôùû';
/** Digraphs and trigraphs that spell one vowel, longest first. */
const ONE_VOWEL = ['eau', 'œu', 'oeu', 'ai', 'aî', 'au', 'ei', 'eu', 'eû', 'ou', 'oû', 'oi', 'oî', 'oo', 'œ'];
/** Nouns and adjectives whose final -ent is sounded ([ɑ̃]); elsewhere -ent is the verb ending. */
const SOUNDED_ENT = new Set([
  'absent',
  'accent',
  'accident',
  'adolescent',
  'agent',
  'argent',
  'cent',
  'client',
  'content',
  'dent',
  'différent',
  'évident',
  'excellent',
  'fréquent',
  'gent',
  'innocent',
  'intelligent',
  'lent',
  'parent',
  'patient',
  'permanent',
  'présent',
  'prudent',
  'récent',
  'souvent',
  'talent',
  'urgent',
  'vent',
  'violent',
  'occident',
  'décent',
  'indécent',
  'régent',
  'serpent',
  'torrent',
  'ardent',
  'équivalent',
  'compétent',
]);

/** Steps 1 and 2: the spelling rewritten so that each letter left is a sound or silent. */
function normalise(word: string): string {
  return word
    .replace(/ch/g, 'ʃ')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/gn/g, 'ɲ')
    .replace(/qu/g, 'q')
    .replace(/gu(?=[eéèêiïy])/g, 'g')
    .replace(/eill?/g, (match, offset: number, text: string) =>
      match === 'eil' && offset + 3 < text.length ? match : 'èj',
    )
    .replace(/(?<=[aeiouéèêœ])ill/g, 'j')
    .replace(/(?<=[aeouœ])il$/g, 'j')
    .replace(/ill/g, 'ij')
    .replace(/(?<=[aeiouéèêœ])y(?=[aeiouéèê])/g, 'ij')
    .replace(/y(?=[aeiouéèê])/g, 'j');
}

/** Step 3: removes the e's that are not sounded. */
function withoutMuteE(word: string, original: string): string {
  const hasOtherVowel = (rest: string) => [...rest].some(isVowel);
  let text = word;
  const ent = /ent$/.test(text) && !/ment$/.test(original) && !SOUNDED_ENT.has(original);
  if (ent && hasOtherVowel(text.slice(0, -3))) text = text.slice(0, -3);
  else if (/es?$/.test(text)) {
    const cut = text.endsWith('s') ? 2 : 1;
    if (hasOtherVowel(text.slice(0, -cut))) text = text.slice(0, -cut);
  }
  // The e of -iement, -uement, -aiement ("remerciement", "dénouement").
  text = text.replace(/(?<=[aiouy])e(?=ment$)/, '');
  // An e between single consonants after a vowel (a nasal vowel's n or m is part of the vowel; a
  // plain e before it is itself mute, so it does not count): "galerie", "samedi", "maintenant".
  return text.replace(
    /((?:[aiouyéèêâîôûœ]|e(?=[nm]))[nm]?)([^aeiouyéèêâîôûœ])\2?e(?=[^aeiouyéèêâîôûœ][aeiouyéèêâîôûœ])/g,
    '$1$2',
  );
}

/** Step 4: the syllables in one run of vowel letters, `after` being the two letters before it. */
function syllablesInRun(run: string, before: string): number {
  const units: string[] = [];
  for (let i = 0; i < run.length; ) {
    const letter = run[i] as string;
    const digraph = OWN_VOWEL.includes(letter) ? undefined : ONE_VOWEL.find((spelling) => run.startsWith(spelling, i));
    units.push(digraph ?? letter);
    i += (digraph ?? letter).length;
  }
  const afterCluster = /[bcdfgkptv][lr]$/.test(before);
  let count = units.length;
  units.forEach((unit, i) => {
    const glide = (unit === 'i' || unit === 'u' || unit === 'ou') && i < units.length - 1;
    if (glide && !(afterCluster && i === 0 && unit !== 'u')) count -= 1;
  });
  return Math.max(1, count);
}

/** Syllables in one French word, as spoken. A number or a mixed token ("112", "24/7") counts as one. */
export function frenchSyllables(word: string): number {
  const original = word.toLowerCase().replace(/’/g, "'");
  if (!/^[\p{L}']+$/u.test(original)) return 1;
  // "l'ami", "qu'il": the elided article or pronoun is part of the next word's first syllable;
  // "aujourd'hui" is one word.
  const letters = original.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'/, '').replace(/'/g, '');
  const spoken = withoutMuteE(normalise(letters), letters);
  let count = 0;
  const runs = spoken.matchAll(new RegExp(`[${VOWEL}]+`, 'g'));
  for (const match of runs) count += syllablesInRun(match[0], spoken.slice(Math.max(0, match.index - 2), match.index));
  return Math.max(1, count);
}
