import { i18n } from '@/components/ui/i18n';
import { formatReviewed, SourcesLine } from './SourcesLine';

interface Props {
  sources: readonly string[];
  /** YYYY-MM-DD */
  reviewed: string;
}

/**
 * "Checked against nhs.uk, rapecrisis.org.uk · reviewed November 2026": where the topic's facts
 * come from, so a reader can judge them. Each source opens like a helpline's website (tracked, so
 * quick exit sends it away; it still enters the browser's history, as the limits say).
 */
export function TopicSources({ sources, reviewed }: Props) {
  return (
    <SourcesLine class="topic__sources" sources={sources} when={i18n.t('topicReviewed', [formatReviewed(reviewed)])} />
  );
}
