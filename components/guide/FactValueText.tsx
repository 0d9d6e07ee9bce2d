import { i18n } from '@/components/ui/i18n';
import type { FactSource, FactValue } from '@/content/facts/types';
import { formatReviewed, SourcesLine } from './SourcesLine';

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
  return (
    <SourcesLine
      class="fact__source"
      sources={[from.source, ...(from.moreSources ?? [])]}
      when={i18n.t('factCheckedOn', [formatReviewed(from.checked)])}
    />
  );
}
