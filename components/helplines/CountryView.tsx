import { useId, useMemo } from 'preact/hooks';
import type { HeadingLevel } from '@/components/ui/Heading';
import { i18n } from '@/components/ui/i18n';
import type { Helpline, HelplineCountry } from '@/content/helplines/schema';
import { CantTalk } from './CantTalk';
import { EmergencySection } from './EmergencySection';
import {
  groupLines,
  hasUnconfirmed,
  unconfirmedCount,
  visibleEmergency,
  visibleLines,
  visibleRoutes,
} from './helplineLinks';
import { LineGroupSection } from './LineGroupSection';
import { SitesNote } from './SitesNote';
import { useNow } from './useNow';

/** One country's help: how to reach help without speaking aloud first, then emergency numbers, then its lines in groups, with the switch for entries we could not confirm. */
export function CountryView({
  country,
  lines,
  area,
  showUnconfirmed,
  onShowUnconfirmed,
  level,
}: {
  country: HelplineCountry;
  /** The country's lines and the international directories. */
  lines: Helpline[];
  area: string;
  showUnconfirmed: boolean;
  onShowUnconfirmed: (show: boolean) => void;
  level: HeadingLevel;
}) {
  const emergency = visibleEmergency(country, { showUnconfirmed });
  const shown = visibleLines({ ...country, lines }, { area, showUnconfirmed });
  const groups = groupLines(shown);
  const hidden = unconfirmedCount(country, area);
  const checkboxId = useId();
  const hintId = useId();
  // One clock for every card: read again each minute while the view is open (useNow).
  const now = useNow();
  const areaNames = useMemo(() => new Map(country.areas?.map((entry) => [entry.id, entry.name])), [country]);

  return (
    <>
      <CantTalk routes={visibleRoutes(country, { showUnconfirmed })} lines={shown} level={level} now={now} />
      <EmergencySection numbers={emergency} level={level} />
      <p class="helplines__records">{i18n.t('helplinesRecordsNote')}</p>
      <SitesNote />
      {country.note && <p class="helplines__country-note">{country.note}</p>}
      {hasUnconfirmed(country) && (
        <div class="helplines__unconfirmed-switch">
          <input
            type="checkbox"
            id={checkboxId}
            checked={showUnconfirmed}
            aria-describedby={hidden > 0 && !showUnconfirmed ? hintId : undefined}
            onChange={(event) => onShowUnconfirmed(event.currentTarget.checked)}
          />
          <label for={checkboxId}>{i18n.t('helplinesShowUnconfirmed')}</label>
          {hidden > 0 && !showUnconfirmed && (
            <p id={hintId} class="helplines__hint">
              {i18n.t('helplinesHiddenCount', hidden)}
            </p>
          )}
        </div>
      )}
      {groups.map(({ group, lines }) => (
        <LineGroupSection key={group} group={group} lines={lines} areaNames={areaNames} level={level} now={now} />
      ))}
    </>
  );
}
