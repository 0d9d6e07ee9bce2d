import { useId } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import type { DangerNowFacts } from './dangerNowFacts';
import { telHref } from './helplineLinks';

interface Props {
  /** Loaded before the topic shows (loadDangerNow), so the box never opens empty or changes. */
  facts: DangerNowFacts;
  /** The topic's readers may think of hurting themselves: name the crisis line too. */
  selfHarm?: boolean;
  onHelplines(): void;
}

/**
 * The danger-now route, at the top of every topic with a `risk`: the emergency number to call
 * (the reader's country's, else "your local emergency number"), the way to every helpline, and,
 * where self-harm is a risk, a crisis line by name. A labelled region, so it can be found by name.
 */
export function DangerNow({ facts, selfHarm = false, onHelplines }: Props) {
  const headingId = useId();
  const { emergency, crisisLine } = facts;
  return (
    <section class="danger-now" aria-labelledby={headingId}>
      <h2 id={headingId} class="danger-now__heading">
        {i18n.t('dangerNowHeading')}
      </h2>
      <p class="danger-now__line">
        {emergency ? (
          <a class="danger-now__call" href={telHref(emergency.tel)}>
            {i18n.t('dangerNowCall', [emergency.display])}
          </a>
        ) : (
          <span>{i18n.t('dangerNowCallLocal')}</span>
        )}{' '}
        <button type="button" class="link danger-now__helplines" onClick={onHelplines}>
          {i18n.t('dangerNowHelplines')}
        </button>
      </p>
      {selfHarm && (
        <p class="danger-now__line">
          {i18n.t('dangerNowSelfHarm')}{' '}
          {crisisLine?.tel ? (
            <a class="danger-now__call" href={telHref(crisisLine.tel)}>
              {i18n.t('dangerNowCrisisCall', [crisisLine.name, crisisLine.display])}
            </a>
          ) : crisisLine ? (
            <span>{i18n.t('dangerNowCrisisCall', [crisisLine.name, crisisLine.display])}</span>
          ) : (
            <span>{i18n.t('dangerNowCrisisLocal')}</span>
          )}
        </p>
      )}
    </section>
  );
}
