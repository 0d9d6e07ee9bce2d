import { useId } from 'preact/hooks';
import { Heading, type HeadingLevel } from '@/components/ui/Heading';
import { i18n } from '@/components/ui/i18n';
import type { EmergencyNumber } from '@/content/helplines/schema';
import { earliest, formatChecked, isUnconfirmed, smsHref, telHref } from './helplineLinks';
import { Provenance } from './Provenance';

/** The emergency numbers: call (or text) links, when they were checked, and where each came from. */
export function EmergencySection({ numbers, level }: { numbers: EmergencyNumber[]; level: HeadingLevel }) {
  const headingId = useId();
  const checked = earliest(numbers.map((entry) => entry.checked));
  return (
    <section class="helplines__emergency" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('helplinesEmergencyHeading')}
      </Heading>
      {numbers.length === 0 ? (
        <p class="helplines__emergency-fallback">{i18n.t('helplinesUseLocalEmergency')}</p>
      ) : (
        <>
          <ul class="helplines__emergency-list">
            {numbers.map((entry) => (
              <li key={`${entry.tel}-${entry.textOnly ?? false}`} class="helplines__emergency-item">
                <a
                  class="helplines__emergency-link"
                  href={entry.textOnly ? smsHref(entry) : telHref(entry.tel)}
                  aria-label={i18n.t(entry.textOnly ? 'helplinesEmergencyText' : 'helplinesEmergencyCall', [
                    entry.display,
                    entry.label,
                  ])}
                >
                  <span class="helplines__emergency-verb">
                    {i18n.t(entry.textOnly ? 'helplinesText' : 'helplinesCall')}
                  </span>{' '}
                  <span class="helplines__emergency-number">{entry.display}</span>{' '}
                  <span class="helplines__emergency-label">{entry.label}</span>
                </a>
                {isUnconfirmed(entry) && <p class="helpline__unconfirmed">{i18n.t('helplinesUnconfirmed')}</p>}
                {entry.note && <p class="helplines__emergency-note">{entry.note}</p>}
              </li>
            ))}
          </ul>
          {checked && <p class="helpline__checked">{i18n.t('helplinesChecked', [formatChecked(checked)])}</p>}
          <details class="helpline__about">
            <summary>{i18n.t('helplinesEmergencyAbout')}</summary>
            <dl>
              {numbers.map((entry) => (
                <div key={`${entry.tel}-${entry.textOnly ?? false}`}>
                  <dt>{entry.display}</dt>
                  <dd>
                    <Provenance entry={entry} name={entry.display} />
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
    </section>
  );
}
