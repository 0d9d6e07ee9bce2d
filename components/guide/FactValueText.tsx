import { Fragment } from 'preact';
import { TrackedLink } from '@/components/exit';
import { listParts } from '@/components/ui/format';
import { i18n } from '@/components/ui/i18n';
import type { FactSource, FactValue } from '@/content/facts/types';
import { formatReviewed, sourceLinks } from './TopicSources';

/** A fact's sentence, where it varies inside the country, and the pages each was checked on. */
export function FactValueText({ value }: { value: FactValue }) {
  return (
    <>
      <p>{value.text}</p>
      <FactSourceLine from={value} />
      {value.varies && (
        <>
          <p>
            <strong>{i18n.t('factVaries')}</strong> {value.varies.text}
          </p>
          <FactSourceLine from={value.varies} />
        </>
      )}
    </>
  );
}

/** "Checked against boe.es and escudolegal.es · checked December 2026", as under a topic. */
function FactSourceLine({ from }: { from: FactSource }) {
  const links = sourceLinks([from.source, ...(from.moreSources ?? [])]);
  const parts = listParts(links.map((link) => link.text));
  let next = 0;
  return (
    <p class="fact__source">
      {i18n.t('topicCheckedAgainst')}{' '}
      {parts.map((part, index) => {
        if (part.type === 'literal') return <Fragment key={`literal-${index}`}>{part.value}</Fragment>;
        const link = links[next++];
        return link ? (
          <TrackedLink key={link.href} href={link.href}>
            {link.text}
          </TrackedLink>
        ) : null;
      })}{' '}
      {i18n.t('factCheckedOn', [formatReviewed(from.checked)])}
    </p>
  );
}
