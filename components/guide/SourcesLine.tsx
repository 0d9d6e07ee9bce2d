import { Fragment } from 'preact';
import { TrackedLink } from '@/components/exit';
import { sourceHost } from '@/components/helplines';
import { formatDate, listParts } from '@/components/ui/format';
import { i18n } from '@/components/ui/i18n';

/**
 * "Checked against a, b and c" then `when`: the line under a topic and under each country fact.
 * The list's commas and "and" come from Intl, so they follow the language like the date does.
 */
export function SourcesLine(props: { class: string; sources: readonly string[]; when: string }) {
  const links = sourceLinks(props.sources);
  const parts = listParts(links.map((link) => link.text));
  let next = 0;
  return (
    <p class={props.class}>
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
      {props.when}
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
