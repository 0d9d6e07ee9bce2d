import { defineSetting } from '@/components/ui/defineSetting';
import { languagePreferences } from '@/components/ui/language';
import { useSetting } from '@/components/ui/useSetting';
import { COUNTRY_IDS, type CountryId, countryForLanguages } from '@/content/helplines/locale';

/**
 * The reader's country: helplines own it, and every other feature reads it from here (settings
 * shows the field, search and the topics' danger-now route read it). Stored under the key it has
 * always had, so a choice made in an earlier version survives.
 *
 * `null` means "not chosen": the country then comes from the browser's language preferences (its
 * UI language, then the preferred-languages list), never from location.
 */
export const countrySetting = defineSetting<CountryId | null>('local:country', null, (raw) =>
  COUNTRY_IDS.find((id) => id === raw),
);

/**
 * The country to show: the stored choice if it is one of ours; otherwise the first the reader's
 * language preferences name (UI language, then the preferred-languages list; never location);
 * undefined when none does, and the view asks.
 */
export function defaultCountry(stored: unknown, languages: readonly (string | undefined)[]): CountryId | undefined {
  return COUNTRY_IDS.find((id) => id === stored) ?? countryForLanguages(languages);
}

/** The reader's country, read once: the stored choice, else the language guess; undefined when neither names one. */
export async function readCountry(): Promise<CountryId | undefined> {
  return defaultCountry(await countrySetting.get(), languagePreferences());
}

/**
 * The stored choice as `[choice, choose, loaded]` (as useSetting gives it): for the views that
 * let the reader change it. `choice` is null until one is made.
 */
export const useCountryChoice = () => useSetting(countrySetting);

/**
 * The reader's country, live: the stored choice, else the language guess (also while the stored
 * choice is still being read); undefined when neither names one. Re-renders when the choice changes.
 */
export function useCountry(): CountryId | undefined {
  const [stored] = useCountryChoice();
  return defaultCountry(stored, languagePreferences());
}
