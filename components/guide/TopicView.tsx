import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { useLanguage } from '@/components/ui/useLanguage';
import { useLoaded } from '@/components/ui/useLoaded';
import type { TopicMeta } from '@/content/topics/blocks';
import { Blocks } from './Blocks';
import type { Navigate } from './Inlines';
import { TopicSources } from './TopicSources';
import { loadTopics } from './topics';

interface Props extends Navigate {
  id: string;
  /** Titles of every topic, for the related list. */
  index: readonly TopicMeta[];
}

/** One topic: its title (focused on open), its text, and where to go next. */
export function TopicView({ id, index, onTopic, onHelplines }: Props) {
  const language = useLanguage();
  const topic = useLoaded(() => loadTopics(language).then((topics) => topics.get(id)), [id, language]);
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
      {topic ? (
        <Blocks blocks={topic.blocks} onTopic={onTopic} onHelplines={onHelplines} />
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
      {topic?.sources && topic.reviewed && <TopicSources sources={topic.sources} reviewed={topic.reviewed} />}
    </article>
  );
}
