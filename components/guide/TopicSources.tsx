import { Fragment } from 'preact';
import { TrackedLink } from '@/components/exit';
import { sourceHost } from '@/components/helplines';
import { formatDate, listParts } from '@/components/ui/format';
import { i18n } from '@/components/ui/i18n';

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
  const links = sourceLinks(sources);
  // The list's commas and "and" come from Intl, so they follow the language like the date does.
  const parts = listParts(links.map((link) => link.text));
  let next = 0;
  return (
    <p class="topic__sources">
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
      {i18n.t('topicReviewed', [formatReviewed(reviewed)])}
    </p>
  );
}

/** Each source by its host ("nhs.uk"); a host that appears again is numbered ("nhs.uk (2)"). */
export function sourceLinks(sources: readonly string[]): { href: string; text: string }[] {
  const seen = new Map<string, number>();
  return sources.map((href) => {
    const host = sourceHost(href);
    const count = (seen.get(host) ?? 0) + 1;
    seen.set(host, count);
    return { href, text: count === 1 ? host : i18n.t('topicSourceAgain', [host, String(count)]) };
  });
}

/** "November 2026" from "2026-11-29"; anything else is shown as it is (see formatDate). */
export const formatReviewed = (date: string, locale?: string): string => formatDate(date, 'month', locale);
