import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { listParts } from '@/components/ui/format';
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
  const { emergency, crisisLine, areaCrisisLines } = facts;
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
          {crisisLine ? (
            <Call tel={crisisLine.tel} text={i18n.t('dangerNowCrisisCall', [crisisLine.name, crisisLine.display])} />
          ) : areaCrisisLines ? (
            <AreaLines lines={areaCrisisLines} />
          ) : (
            <span>{i18n.t('dangerNowCrisisLocal')}</span>
          )}
        </p>
      )}
    </section>
  );
}

/** A call link, or the number as text where only a keypad can dial it (a star code). */
function Call({ tel, text }: { tel?: string; text: string }) {
  return tel ? (
    <a class="danger-now__call" href={telHref(tel)}>
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

/**
 * A country without a crisis line for all of it: each part's line with the part's name, joined by
 * the language's "or" ("Call 0800 32 123 in … or call 1813 in Flanders").
 */
function AreaLines({ lines }: { lines: NonNullable<DangerNowFacts['areaCrisisLines']> }) {
  const texts = lines.map((line, index) =>
    index === 0
      ? i18n.t('dangerNowCrisisAreaCall', [line.area, line.display])
      : i18n.t('dangerNowCrisisAreaCallNext', [line.area, line.display]),
  );
  let next = 0;
  return (
    <>
      {listParts(texts, 'disjunction').map((part, index) => {
        if (part.type === 'literal') return <Fragment key={`literal-${index}`}>{part.value}</Fragment>;
        const line = lines[next];
        const text = texts[next++];
        return line && text ? <Call key={line.display} tel={line.tel} text={text} /> : null;
      })}
    </>
  );
}
