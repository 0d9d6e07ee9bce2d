/**
 * PRODUCT.md safety rule 2: the words that must never appear outside the popup's body (the
 * extension's name, description, toolbar title, command description, page titles, the History),
 * in every language the guide speaks or will speak. The one list: the build's manifest check
 * (manifestWords.ts) and every test (History, toolbar titles) read it from here.
 *
 * Matching is done on text folded to lower case without accents ("Agressão" → "agressao",
 * "pánico" → "panico"), so a word is listed once, without accents, and catches every spelling.
 * Most entries are stems matched anywhere in the text ("violen" catches violence, violent,
 * violência; "sex" catches sexual, sexe, sexo), so plurals and feminine forms are covered. A stem
 * that would also match everyday words is matched only at the start of a word, with its forms
 * listed (`\b`: "viol" must not catch "violet", "aide" must not catch "laide", "cach" must not
 * catch "cachemire"). Folding has one cost, accepted: "cache" reads as "caché" (hidden) and is refused.
 */

/** Each language's words, as regular-expression sources over folded text. */
export const REVEALING_WORDS = {
  en: [
    'consent',
    'sex',
    'rape',
    'assault',
    'abuse',
    'violen',
    'helpline',
    'hotline',
    'crisis',
    'survivor',
    'victim',
    'safety',
    'emergency',
    'exit',
    'escape',
    'panic',
    'hid(?:e|den)',
    'secret',
    'stealth',
  ],
  es: [
    'consentimiento',
    'sexo',
    'sexual',
    'violacion',
    'agresion',
    'abuso',
    'maltrato',
    'violencia',
    'ayuda',
    'linea',
    'crisis',
    'emergencia',
    'urgencia',
    'victima',
    'sobreviviente',
    'superviviente',
    'seguridad',
    'salida',
    'panico',
    'ocult',
    'escond',
    'escap',
    'secreto',
  ],
  fr: [
    'consentement',
    'consenti',
    'sexe',
    'sexuel',
    '\\bviol(?:s|e|ee|es|ees|er|eur|eurs)?\\b',
    'agression',
    'agresse',
    '\\babus\\b',
    'abusi[fv]',
    'maltrait',
    'violence',
    '\\baid(?:e|es|er|ez|ons)\\b',
    'ecoute',
    'crise',
    'urgence',
    'victime',
    'survivant',
    'securite',
    'sortie',
    'panique',
    '\\bcach(?:er|e|ee|es|ees|ez|ons|ette)\\b',
    'dissimul',
    'echapp',
    '\\bfui(?:te|r)\\b',
    'secret',
  ],
  pt: [
    'consentimento',
    'sexo',
    'sexual',
    'estupro',
    'violacao',
    'agressao',
    'agressor',
    'abuso',
    'maus[- ]tratos',
    'violencia',
    'ajuda',
    'linha',
    'socorro',
    'crise',
    'emergencia',
    'urgencia',
    'vitima',
    'sobrevivente',
    'seguranca',
    '\\bsaida',
    'panico',
    'ocult',
    'escond',
    '\\bfug(?:a|ir)\\b',
    'segredo',
    'secreto',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type RevealingLanguage = keyof typeof REVEALING_WORDS;

/** Lower case, accents and other marks removed: "Émergence" → "emergence". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const PATTERNS = Object.entries(REVEALING_WORDS).flatMap(([language, words]) =>
  words.map((word) => ({ language: language as RevealingLanguage, pattern: new RegExp(word, 'u') })),
);

export interface RevealingMatch {
  /** The language whose list holds the word. */
  language: RevealingLanguage;
  /** The entry of the list that matched. */
  entry: string;
  /** The word as it stands in the text (folded). */
  word: string;
}

/** The first revealing word in `text`, in any language; undefined when there is none. */
export function revealingWord(text: string): RevealingMatch | undefined {
  const folded = fold(text);
  for (const { language, pattern } of PATTERNS) {
    const match = pattern.exec(folded);
    if (match) {
      const start = folded.slice(0, match.index).search(/[\p{L}\p{N}]*$/u);
      const end = match.index + (folded.slice(match.index).search(/[^\p{L}\p{N}]|$/u) || match[0].length);
      return { language, entry: pattern.source, word: folded.slice(start, end) };
    }
  }
  return undefined;
}

/** Whether `text` holds any revealing word, in any language. */
export const reveals = (text: string): boolean => revealingWord(text) !== undefined;
