import { useId, useMemo } from 'preact/hooks';
import { countryName, countryOptions, defaultCountry, useCountryChoice } from '@/components/helplines';
import { i18n } from '@/components/ui/i18n';
import { countryNamesLanguage, languagePreferences } from '@/components/ui/language';
import type { CountryFact as Fact, FactId, FactsByCountry, NationId } from '@/content/facts/types';
import { NATION_IDS } from '@/content/facts/types';
import { COUNTRY_IDS, type CountryId } from '@/content/helplines/locale';
import { FactValueText } from './FactValueText';

const LABELS = {
  ageOfConsent: 'factLabelAgeOfConsent',
  healthReporting: 'factLabelHealthReporting',
  reportingTimeLimit: 'factLabelReportingTimeLimit',
  emergencyContraception: 'factLabelEmergencyContraception',
  marriageAge: 'factLabelMarriageAge',
  forcedMarriage: 'factLabelForcedMarriage',
} as const satisfies Record<FactId, string>;

const NATION_NAMES = {
  'england-wales': 'factNationEnglandWales',
  scotland: 'factNationScotland',
  'northern-ireland': 'factNationNorthernIreland',
} as const satisfies Record<NationId, string>;

interface Props {
  id: FactId;
  /** Every country's facts in the reader's language (loaded with the topic). */
  facts: FactsByCountry;
  /** The reader's country as read when the topic loaded, shown until the live value arrives. */
  initialCountry?: CountryId;
  /** The fact just above this one, when two blocks sit together: if neither has a value, say so once. */
  after?: FactId;
  onHelplines(): void;
}

/**
 * A country fact in a topic: the value for the reader's country (the helplines view's country,
 * chosen or guessed from language preferences, never location) with its source and date, or a
 * sentence saying it differs by country and who can tell them. The reader can look at another
 * country here; the choice is the helplines' own stored country, so nothing new is kept.
 * Right after another fact that has no value either, it says so in one line, without a second
 * "it differs" sentence, button and picker.
 */
export function CountryFact({ id, facts, initialCountry, after, onHelplines }: Props) {
  const labelId = useId();
  const [stored, choose, loaded] = useCountryChoice();
  const country = loaded ? defaultCountry(stored, languagePreferences()) : initialCountry;
  const known = country !== undefined && country !== 'other';
  const fact = known ? facts[country]?.[id] : undefined;
  const aboveHasNone = after !== undefined && !(known && facts[country]?.[after]);
  if (!fact && aboveHasNone) {
    return (
      <div class="fact" role="note" aria-labelledby={labelId}>
        <p class="fact__label" id={labelId}>
          {i18n.t(LABELS[id])}
        </p>
        <p>
          {known
            ? i18n.t('factNoneEither', [countryName(country, countryNamesLanguage())])
            : i18n.t('factNoCountryEither')}
        </p>
      </div>
    );
  }
  return (
    <div class="fact" role="note" aria-labelledby={labelId}>
      <p class="fact__label" id={labelId}>
        {i18n.t(LABELS[id])}
      </p>
      {fact ? (
        <FactBody fact={fact} />
      ) : (
        <>
          <p>{known ? i18n.t('factNone', [countryName(country, countryNamesLanguage())]) : i18n.t('factNoCountry')}</p>
          <p>
            <button type="button" class="link" onClick={onHelplines}>
              {i18n.t('factFindHelp')}
            </button>
          </p>
        </>
      )}
      <CountryChooser country={known ? country : undefined} onChoose={(next) => void choose(next)} />
    </div>
  );
}

/** One value, or the UK's nations side by side (the reader's nation is never stored). */
function FactBody({ fact }: { fact: Fact }) {
  if ('value' in fact) return <FactValueText value={fact.value} />;
  const byNation = new Map(fact.nations.map(({ nation, value }) => [nation, value]));
  return (
    <>
      <p>{i18n.t('factNations')}</p>
      <dl class="fact__nations">
        {NATION_IDS.map((nation) => {
          const value = byNation.get(nation);
          return [
            <dt key={`${nation}-name`}>{i18n.t(NATION_NAMES[nation])}</dt>,
            <dd key={`${nation}-value`}>
              {value ? <FactValueText value={value} /> : <p>{i18n.t('factNationNone')}</p>}
            </dd>,
          ];
        })}
      </dl>
    </>
  );
}

/** "Shown for Spain. Another country?": the helplines' country picker, folded away until asked for. */
function CountryChooser({ country, onChoose }: { country?: CountryId; onChoose(id: CountryId): void }) {
  const selectId = useId();
  const language = countryNamesLanguage();
  // About 250 names: sorted once per language, not on every render.
  const options = useMemo(() => countryOptions(COUNTRY_IDS, language), [language]);
  return (
    <details class="fact__country" open={country === undefined}>
      <summary>
        {country ? i18n.t('factShownFor', [countryName(country, language)]) : i18n.t('factChooseCountry')}
      </summary>
      <label for={selectId}>{i18n.t('helplinesCountryLabel')}</label>{' '}
      <select
        id={selectId}
        value={country ?? ''}
        onChange={(event) => {
          const next = COUNTRY_IDS.find((candidate) => candidate === event.currentTarget.value);
          if (next) onChoose(next);
        }}
      >
        {country === undefined && (
          <option value="" disabled>
            {i18n.t('helplinesCountryChoose')}
          </option>
        )}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </details>
  );
}
