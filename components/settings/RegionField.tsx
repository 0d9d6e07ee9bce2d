import { useEffect, useId, useState } from 'preact/hooks';
import { type CountryOption, countryOptions, loadDirectory, useCountryChoice } from '@/components/helplines';
import { i18n } from '@/components/ui/i18n';
import { countryNamesLanguage } from '@/components/ui/language';
import { useLanguage } from '@/components/ui/useLanguage';
import type { CountryId } from '@/content/helplines/locale';

/**
 * The countries come from the helpline directory, loaded when this field first shows; their
 * names from the browser, in the reader's language, sorted with the catch-all entry last.
 */
async function loadCountryNames(language: string): Promise<CountryOption[]> {
  const countries = await loadDirectory(language);
  return countryOptions(
    countries.map(({ id }) => id),
    countryNamesLanguage(),
  );
}

/** The country whose helplines show first; shared with the helplines view. */
export function RegionField() {
  const [value, setValue] = useCountryChoice();
  const [countries, setCountries] = useState<CountryOption[] | undefined>(undefined);
  const id = useId();
  const language = useLanguage();

  useEffect(() => {
    let live = true;
    loadCountryNames(language).then(
      (names) => live && setCountries(names),
      () => live && setCountries([]),
    );
    return () => {
      live = false;
    };
  }, [language]);

  return (
    <div class="settings-group">
      <label class="label" for={`${id}-select`}>
        {i18n.t('regionLabel')}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {i18n.t('regionHint')}
      </p>
      <select
        id={`${id}-select`}
        class="select"
        aria-describedby={`${id}-hint`}
        value={value ?? ''}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          void setValue(chosen === '' ? null : (chosen as CountryId));
        }}
      >
        <option value="">{i18n.t('regionAutomatic')}</option>
        {/* Until the names arrive, keep the stored choice selected rather than blank. */}
        {!countries && value && <option value={value}>{i18n.t('regionLoading')}</option>}
        {countries?.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
    </div>
  );
}
