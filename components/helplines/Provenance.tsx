import { TrackedLink } from '@/components/exit';
import { i18n } from '@/components/ui/i18n';
import type { Confidence } from '@/content/helplines/schema';
import { sourceHost } from './helplineLinks';

const CONFIDENCE_TEXT = {
  High: 'helplinesConfidenceHigh',
  Medium: 'helplinesConfidenceMedium',
  Low: 'helplinesConfidenceLow',
} as const satisfies Record<Confidence, string>;

/** Where the facts came from, and how sure we are. */
export function Provenance({ entry, name }: { entry: { source: string; confidence: Confidence }; name: string }) {
  const host = sourceHost(entry.source);
  return (
    <dl class="helpline__provenance">
      <div>
        <dt>{i18n.t('helplinesSource')}</dt>
        <dd>
          <TrackedLink href={entry.source} label={i18n.t('helplinesSourceName', [name, host])}>
            {host}
          </TrackedLink>
        </dd>
      </div>
      <div>
        <dt>{i18n.t('helplinesConfidence')}</dt>
        <dd>{i18n.t(CONFIDENCE_TEXT[entry.confidence])}</dd>
      </div>
    </dl>
  );
}
