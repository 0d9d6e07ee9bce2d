import { useEffect, useRef } from 'preact/hooks';
import { DangerNow, type DangerNowFacts, loadDangerNow, readCountry } from '@/components/helplines';
import { i18n } from '@/components/ui/i18n';
import { useLanguage } from '@/components/ui/useLanguage';
import { useLoaded } from '@/components/ui/useLoaded';
import type { Topic, TopicMeta } from '@/content/topics/blocks';
import { Blocks, type FactsContext } from './Blocks';
import { hasFacts, loadFacts } from './facts';
import type { Navigate } from './Inlines';
import { TopicSources } from './TopicSources';
import { loadTopics } from './topics';

interface Props extends Navigate {
  id: string;
  /** Titles of every topic, for the related list. */
  index: readonly TopicMeta[];
}

/**
 * A topic's text and, for a topic with a `risk`, the facts of its danger-now route, and for one with
 * `[!FACT …]` blocks the country facts and the reader's country: loaded together, so the route and
 * the facts show with the text, complete, and nothing moves under the reader once it shows.
 */
async function loadTopic(
  id: string,
  language: string,
): Promise<{ topic?: Topic; danger?: DangerNowFacts; facts?: FactsContext }> {
  const topic = (await loadTopics(language)).get(id);
  const [danger, facts] = await Promise.all([
    topic?.risk ? loadDangerNow(language) : undefined,
    topic && hasFacts(topic.blocks) ? loadCountryFacts(language) : undefined,
  ]);
  return { topic, danger, facts };
}

/** Never fails: a fact block without its data says the rule differs by country, like a country without one. */
async function loadCountryFacts(language: string): Promise<FactsContext> {
  const [byCountry, initialCountry] = await Promise.all([
    loadFacts(language).catch(() => ({})),
    readCountry().catch(() => undefined),
  ]);
  return { byCountry, initialCountry };
}

/** One topic: its title (focused on open), the danger-now route if it has a risk, its text, and where to go next. */
export function TopicView({ id, index, onTopic, onHelplines }: Props) {
  const language = useLanguage();
  const loaded = useLoaded(() => loadTopic(id, language), [id, language]);
  // Until this topic has loaded, the one before it may still be here: show neither its text nor its route.
  const topic = loaded?.topic?.id === id ? loaded.topic : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const meta = index.find((entry) => entry.id === id);

  // Focus the title whenever a topic opens, so screen readers start at the top of it.
  useEffect(() => heading.current?.focus(), [id]);

  const related = (topic ?? meta)?.related.flatMap((relatedId) => index.filter((entry) => entry.id === relatedId));

  return (
    <article class="topic" aria-labelledby="view-heading">
      <h1 id="view-heading" tabIndex={-1} ref={heading}>
        {meta?.title}
      </h1>
      {topic?.risk && loaded?.danger && (
        <DangerNow facts={loaded.danger} selfHarm={topic.selfHarm} onHelplines={onHelplines} />
      )}
      {topic ? (
        <Blocks blocks={topic.blocks} facts={loaded?.facts} onTopic={onTopic} onHelplines={onHelplines} />
      ) : (
        <p class="muted">{i18n.t('topicLoading')}</p>
      )}
      {related && related.length > 0 && (
        <section aria-labelledby="related-heading" class="related">
          <h2 id="related-heading">{i18n.t('relatedHeading')}</h2>
          <ul class="related__list">
            {related.map((entry) => (
              <li key={entry.id}>
                <button type="button" class="link" onClick={() => onTopic(entry.id)}>
                  {entry.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="topic__help">
        <button type="button" class="talk-button" onClick={onHelplines}>
          {i18n.t('talkToSomeone')}
        </button>
      </p>
      {topic && <TopicSources sources={topic.sources} reviewed={topic.reviewed} />}
    </article>
  );
}
