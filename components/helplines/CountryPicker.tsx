import { useId, useMemo } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { COUNTRY_IDS, type CountryId } from '@/content/helplines/locale';
import type { HelplineCountry } from '@/content/helplines/schema';
import { countryOptions } from './countryNames';
import { Picker } from './Picker';

const asCountryId = (value: string): CountryId | undefined => COUNTRY_IDS.find((id) => id === value);

/** The country picker: every country by name in the reader's language, and a hint when the choice was guessed. */
export function CountryPicker({
  countries,
  language,
  value,
  guessed,
  onChoose,
}: {
  countries: HelplineCountry[];
  language: string;
  value: CountryId | undefined;
  guessed: boolean;
  onChoose: (id: CountryId) => void;
}) {
  const hintId = useId();
  // About 250 names: sorted once per language, not on every render.
  const options = useMemo(
    () =>
      countryOptions(
        countries.map(({ id }) => id),
        language,
      ).map(({ id, name }) => ({ value: id, label: name })),
    [countries, language],
  );
  return (
    <>
      <Picker
        label={i18n.t('helplinesCountryLabel')}
        value={value ?? ''}
        placeholder={value ? undefined : i18n.t('helplinesCountryChoose')}
        options={options}
        describedBy={guessed ? hintId : undefined}
        onChange={(next) => {
          const id = asCountryId(next);
          if (id) onChoose(id);
        }}
      />
      {guessed && (
        <p id={hintId} class="helplines__hint">
          {i18n.t('helplinesCountryGuessed')}
        </p>
      )}
    </>
  );
}
