import { useState } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { countryNamesLanguage, languagePreferences } from '@/components/ui/language';
import { useLanguage } from '@/components/ui/useLanguage';
import type { CountryId } from '@/content/helplines/locale';
import type { HelplineCountry } from '@/content/helplines/schema';
import { CountryPicker } from './CountryPicker';
import { CountryView } from './CountryView';
import { defaultCountry, useCountryChoice } from './country';
import { ALL_AREAS, withDirectories } from './helplineLinks';
import { Picker } from './Picker';
import { useDirectory } from './useDirectory';

interface Props {
  /**
   * The level of this view's section headings ("In an emergency", the groups); each line's card
   * is one level below. The frame around it owns the view's title (h1 in the popup).
   */
  headingLevel?: 2 | 3;
  /** The directory to show. Tests pass a fixture; the extension loads the real one lazily. */
  countries?: HelplineCountry[];
}

/**
 * Who to call or write to, for the country the user lives in: emergency numbers first, then the
 * specialist lines. The country comes from the stored choice, else from the browser's UI
 * language (never location), else the view asks. Area and the "unconfirmed" switch stay in
 * memory only: storage holds the country and nothing about what was looked at.
 */
export function Helplines({ headingLevel = 2, countries }: Props) {
  const directory = useDirectory(countries);
  const [storedCountry, storeCountry, loaded] = useCountryChoice();
  // null = not chosen yet; undefined = not read yet.
  const stored = loaded ? storedCountry : undefined;
  const [languages] = useState(languagePreferences);
  // Country names in the guide's language, the one the reader chose (not the browser's), so they
  // match the words around them; re-rendered when the reader chooses another.
  useLanguage();
  const namesLanguage = countryNamesLanguage();
  const [areaChoice, setAreaChoice] = useState<{ country?: CountryId; area: string }>({ area: ALL_AREAS });
  const [showUnconfirmed, setShowUnconfirmed] = useState(false);

  const ready = directory.countries !== undefined && stored !== undefined;
  const countryId = ready ? defaultCountry(stored, languages) : undefined;
  const country = directory.countries?.find((entry) => entry.id === countryId);
  const area =
    areaChoice.country === country?.id && country?.areas?.some((entry) => entry.id === areaChoice.area)
      ? areaChoice.area
      : ALL_AREAS;

  return (
    <div class="helplines" aria-busy={!ready && !directory.failed}>
      {directory.failed ? (
        <p>{i18n.t('helplinesLoadFailed')}</p>
      ) : directory.countries && ready ? (
        <>
          {!country && <p class="helplines__prompt">{i18n.t('helplinesCountryPrompt')}</p>}
          <div class="helplines__pickers">
            <CountryPicker
              countries={directory.countries}
              language={namesLanguage}
              value={country?.id}
              guessed={stored === null && country !== undefined}
              onChoose={(id) => void storeCountry(id)}
            />
            {country?.areas && country.areas.length > 0 && (
              <Picker
                label={i18n.t('helplinesAreaLabel')}
                value={area}
                options={[
                  { value: ALL_AREAS, label: i18n.t('helplinesAreaAll') },
                  ...country.areas.map(({ id, name }) => ({ value: id, label: name })),
                ]}
                onChange={(value) => setAreaChoice({ country: country.id, area: value })}
              />
            )}
          </div>
          {country && (
            <CountryView
              country={country}
              lines={withDirectories(country, directory.countries)}
              area={area}
              showUnconfirmed={showUnconfirmed}
              onShowUnconfirmed={setShowUnconfirmed}
              level={headingLevel}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
