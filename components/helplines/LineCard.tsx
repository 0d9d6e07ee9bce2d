import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { formatList } from '@/components/ui/format';
import { Heading, type HeadingLevel } from '@/components/ui/Heading';
import { i18n } from '@/components/ui/i18n';
import type { Helpline } from '@/content/helplines/schema';
import { Actions } from './Actions';
import { formatChecked, isUnconfirmed, ownBehaviour } from './helplineLinks';
import { LanguageOptions } from './LanguageOptions';
import { isReadersLanguage, languageName } from './languageNames';
import { OpenHours } from './OpenHours';
import { Provenance } from './Provenance';

/**
 * One helpline: who runs it, what it helps with, its facts, every way to get in touch, its help in
 * other languages, and its provenance. Help in the reader's own language comes first among the
 * details: a Spanish reader sees "En español" before the line's hours and links. Whether it is
 * open now comes before its facts.
 */
export function LineCard({
  line,
  areaNames,
  level,
  now,
}: {
  line: Helpline;
  areaNames: Map<string, string>;
  level: HeadingLevel;
  /** The computer's clock, for "Open now" (the view reads it once a minute for every card). */
  now: number;
}) {
  const headingId = useId();
  const org = line.organisation;
  const relation = ownBehaviour(line);
  const where = line.areas && formatList(line.areas.map((id) => areaNames.get(id) ?? id));
  const facts: [string, string | undefined][] = [
    [i18n.t('helplinesDial'), line.dial],
    [i18n.t('helplinesFor'), line.for],
    [i18n.t('helplinesWhere'), where],
    [i18n.t('helplinesHours'), line.hours],
    [i18n.t('helplinesLanguages'), line.languages],
    [i18n.t('helplinesEmail'), line.email],
  ];
  const shownFacts = facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
  const options = line.languageOptions ?? [];
  const inReadersLanguage = options.filter((option) => isReadersLanguage(option.language));
  const inOtherLanguages = options.filter((option) => !isReadersLanguage(option.language));

  return (
    <li class="helpline">
      <article aria-labelledby={headingId}>
        <Heading level={level} id={headingId}>
          {org}
        </Heading>
        {line.service && <p class="helpline__service">{line.service}</p>}
        {isUnconfirmed(line) && <p class="helpline__unconfirmed">{i18n.t('helplinesUnconfirmed')}</p>}
        {relation && (
          <p class="helpline__own-behaviour">
            {i18n.t(relation === 'only' ? 'helplinesOwnBehaviourOnly' : 'helplinesOwnBehaviourAlso')}
          </p>
        )}
        <p class="helpline__helps">{line.helpsWith}</p>
        <LanguageOptions options={inReadersLanguage} org={org} />
        <OpenHours line={line} now={now} />
        {shownFacts.length > 0 && (
          <dl class="helpline__facts">
            {shownFacts.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {line.privacy && <p class="helpline__privacy">{line.privacy}</p>}
        {line.note && <p class="helpline__note">{line.note}</p>}
        <Actions contact={line} org={org} />
        <LanguageOptions options={inOtherLanguages} org={org} />
        <p class="helpline__checked">{i18n.t('helplinesChecked', [formatChecked(line.checked)])}</p>
        <details class="helpline__about">
          <summary>
            <span aria-hidden="true">{i18n.t('helplinesAbout')}</span>
            <span class="visually-hidden">{i18n.t('helplinesAboutName', [org])}</span>
          </summary>
          <Provenance entry={line} name={org} />
          {options.map((option) => {
            const name = languageName(option.language);
            return (
              <Fragment key={option.language}>
                <p class="helpline__option-checked">
                  {i18n.t('helplinesOptionChecked', [name, formatChecked(option.checked)])}
                </p>
                <Provenance entry={option} name={i18n.t('helplinesOptionOrg', [org, name])} />
              </Fragment>
            );
          })}
        </details>
      </article>
    </li>
  );
}
