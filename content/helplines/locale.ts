/**
 * Which country's helplines to show first, from the browser's UI language.
 *
 * We never use location. The UI language (`browser.i18n.getUILanguage()`, e.g. `en-GB`, `en_US`,
 * `fr-CA`) only tells us a country when it has a region part; a language alone (`en`, `fr`) is
 * spoken in too many places, so then we return undefined and the UI asks the user.
 *
 * This file is imported by the popup: keep it tiny and free of dependencies.
 */

/** Every country file in content/helplines, by id (= file name). `other` is the catch-all entry. */
export const COUNTRY_IDS = ['us', 'gb', 'ie', 'ca', 'au', 'nz', 'in', 'za', 'de', 'fr', 'es', 'other'] as const;

export type CountryId = (typeof COUNTRY_IDS)[number];

/** Region subtags that name one of our countries under another code. */
const REGION_ALIASES: Readonly<Record<string, CountryId>> = { uk: 'gb' };

const COVERED: ReadonlySet<string> = new Set(COUNTRY_IDS.filter((id) => id !== 'other'));

/**
 * The default country for a UI language tag, or undefined when the tag names no region.
 * A region we cover wins (`fr-CA` → `ca`); any other region gives `other` (`pt-BR` → `other`).
 */
export function countryForLocale(uiLanguage: string | undefined): CountryId | undefined {
  if (!uiLanguage) return undefined;
  const [language, ...rest] = uiLanguage.trim().toLowerCase().split(/[-_]/);
  if (!language || !/^[a-z]{2,8}$/.test(language)) return undefined;

  // BCP 47: language[-script][-region][-variant…]; the region is 2 letters or 3 digits.
  const region = rest.find((part) => /^([a-z]{2}|[0-9]{3})$/.test(part));
  if (!region) return undefined;

  const alias = REGION_ALIASES[region];
  if (alias) return alias;
  return COVERED.has(region) ? (region as CountryId) : 'other';
}
