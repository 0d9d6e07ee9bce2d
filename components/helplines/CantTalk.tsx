import { useId } from 'preact/hooks';
import { Heading, type HeadingLevel } from '@/components/ui/Heading';
import { i18n } from '@/components/ui/i18n';
import type { Helpline, CantTalk as Route } from '@/content/helplines/schema';
import { Actions } from './Actions';
import { canWrite, formatChecked, isUnconfirmed, writtenContact } from './helplineLinks';
import { OpenHours } from './OpenHours';
import { Provenance } from './Provenance';

/**
 * "If you can't talk", first in a country's view: the country's silent-call procedures, text to
 * the emergency services and apps (its `cantTalk`, each with its source, date and grade), then
 * the shown lines that take texts, WhatsApp or chat. Where there is none, it says so and points
 * to the nearest alternative.
 */
export function CantTalk({
  routes,
  lines,
  level,
  now,
}: {
  routes: Route[];
  lines: Helpline[];
  level: HeadingLevel;
  /** The view's clock: whether each line's text, WhatsApp or chat is open now. */
  now: number;
}) {
  const headingId = useId();
  const written = lines.filter(canWrite);
  const name = i18n.t('helplinesCantTalkName');
  return (
    <section class="helplines__cant-talk" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {i18n.t('helplinesCantTalkHeading')}
      </Heading>
      {routes.length === 0 && written.length === 0 ? (
        <p class="helplines__cant-talk-none">{i18n.t('helplinesCantTalkNone')}</p>
      ) : (
        <ul class="helplines__cant-talk-list">
          {routes.map((route) => (
            <li key={route.how} class="helplines__cant-talk-item">
              <p>{route.how}</p>
              {isUnconfirmed(route) && <p class="helpline__unconfirmed">{i18n.t('helplinesUnconfirmed')}</p>}
              <Actions contact={route} org={name} />
              <p class="helpline__checked">{i18n.t('helplinesChecked', [formatChecked(route.checked)])}</p>
              <details class="helpline__about">
                <summary>{i18n.t('helplinesAbout')}</summary>
                <Provenance entry={route} name={name} />
              </details>
            </li>
          ))}
          {written.map((line) => (
            <li key={line.id} class="helplines__cant-talk-item">
              <p class="helplines__cant-talk-org">{line.organisation}</p>
              {/* Named apart from the same links in the line's card below: "…, Shout, if you can't talk". */}
              <Actions contact={writtenContact(line)} org={i18n.t('helplinesActionName', [line.organisation, name])} />
              <OpenHours line={{ ...line, phone: undefined, otherPhones: undefined }} now={now} />
              <p class="helpline__checked">{i18n.t('helplinesChecked', [formatChecked(line.checked)])}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
