/**
 * Country facts, as shipped to the UI: the law or the rule in one country, in the reader's
 * language, with the page it was checked on. Written in content/facts/<country>.yaml and checked
 * at build time (load.ts); a topic shows one with a `[!FACT <id>]` block.
 *
 * This file must stay free of Node and parser imports: the UI imports it.
 */

/**
 * The kinds of fact a topic can show, by id (the id a `[!FACT …]` block names):
 * - ageOfConsent: the age at which the law says a person can agree to sex
 * - healthReporting: whether health staff must tell the police or a court about an adult's sexual
 *   assault (Spain's «parte de lesiones»), and for under-18s where a source says
 * - reportingTimeLimit: time limits for reporting a sexual offence or bringing a case
 * - emergencyContraception: whether the morning-after pill needs a prescription, where, age limits
 * - marriageAge: the minimum age to marry, and its exemptions
 * - forcedMarriage: whether forcing someone to marry is a crime
 */
export const FACT_IDS = [
  'ageOfConsent',
  'healthReporting',
  'reportingTimeLimit',
  'emergencyContraception',
  'marriageAge',
  'forcedMarriage',
] as const;
export type FactId = (typeof FACT_IDS)[number];

/**
 * The parts of the United Kingdom whose law differs (England and Wales share theirs). The reader's
 * nation is never stored, so a fact that splits shows every nation side by side.
 */
export const NATION_IDS = ['england-wales', 'scotland', 'northern-ireland'] as const;
export type NationId = (typeof NATION_IDS)[number];
/** The only country whose facts may split by nation. */
export const NATIONS_COUNTRY = 'gb';

/** Where a value was checked: the page, the day (YYYY-MM-DD), and how sure we are. */
export interface FactSource {
  source: string;
  /** Pages for the parts of the text the main source does not cover. */
  moreSources?: string[];
  checked: string;
  confidence: 'High' | 'Medium';
}

/** One value of a fact in one language: its sentence, and where it varies inside the country. */
export interface FactValue extends FactSource {
  text: string;
  /** The fact differs inside the country (Mexico's ages by state): the range, with its own page. */
  varies?: FactSource & { text: string };
}

/** A fact for a whole country, or one value per nation (the UK) where the law splits. */
export type CountryFact = { value: FactValue } | { nations: { nation: NationId; value: FactValue }[] };

/** What `virtual:facts/<language>` exports: per country id, the facts that have a sourced value. */
export type FactsByCountry = Readonly<Record<string, Partial<Record<FactId, CountryFact>>>>;
