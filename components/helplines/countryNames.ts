import { i18n } from '@/components/ui/i18n';
import { currentLanguage } from '@/components/ui/language';
import type { CountryId } from '@/content/helplines/locale';

/**
 * Country names in the reader's language, from the browser's own list (Intl.DisplayNames), so
 * the data holds no names and every language gets them for free; a language the browser cannot
 * name them in falls back to the messages' language. `other` is our own entry.
 */
export function countryName(id: CountryId, language: string): string {
  if (id === 'other') return i18n.t('helplinesOtherCountries');
  try {
    return (
      new Intl.DisplayNames([language, currentLanguage()], { type: 'region', fallback: 'code' }).of(id.toUpperCase()) ??
      id
    );
  } catch {
    return id.toUpperCase();
  }
}

export interface CountryOption {
  id: CountryId;
  name: string;
}

/** The picker's entries: sorted by name as the reader's language sorts them, `other` last. */
export function countryOptions(ids: readonly CountryId[], language: string): CountryOption[] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator([language, currentLanguage()]);
  } catch {
    collator = new Intl.Collator(currentLanguage());
  }
  return ids
    .map((id) => ({ id, name: countryName(id, language) }))
    .sort((a, b) => Number(a.id === 'other') - Number(b.id === 'other') || collator.compare(a.name, b.name));
}
