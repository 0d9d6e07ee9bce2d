import topicIndex from 'virtual:guide/index';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { LANGUAGES } from '@/components/ui/language';
import { useLanguage } from '@/components/ui/useLanguage';
import type { TopicMeta } from '@/content/topics/blocks';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { entryId, TopicList } from './TopicList';
import { TopicView } from './TopicView';
import { loadTopics } from './topics';

/** The topic for someone who has just been hurt: one tap from home, beside "Talk to someone". */
export const CRISIS_TOPIC = 'after-something-happened';

/** Where the reader is. Held in memory only: no URL, hash or storage ever records it. */
export type View = { name: 'home' } | { name: 'topic'; id: string } | { name: 'helplines' };

interface Step {
  view: View;
  /** The element to focus when the reader comes back to this view. */
  returnFocus?: string;
}

interface Props {
  /** The helplines view (mounted by the caller so this file does not need the directory). */
  helplines: (props: { onBack(): void }) => ComponentChildren;
  /** Extra content at the end of the home view (e.g. the first-run link). */
  homeFooter?: ComponentChildren;
  topics?: readonly TopicMeta[];
}

/**
 * The guide: home (search, "talk to someone", topics by group), a topic, or the helplines, with
 * Back held in memory. Focus moves to the new view's heading, and back to where the reader was.
 */
export function Guide({ helplines, homeFooter, topics: given }: Props) {
  const language = useLanguage();
  const topics = given ?? topicIndex[language] ?? topicIndex[LANGUAGES[0] as string] ?? [];
  const [steps, setSteps] = useState<Step[]>([{ view: { name: 'home' } }]);
  const [query, setQuery] = useState('');
  const focusOnReturn = useRef<string | undefined>(undefined);
  const current = steps[steps.length - 1]?.view ?? { name: 'home' };

  /** `from`: the element to focus on coming back (else whatever has focus now). */
  const go = (view: View, from = document.activeElement?.id || undefined) => {
    setSteps((previous) => {
      const top = previous[previous.length - 1];
      return top ? [...previous.slice(0, -1), { ...top, returnFocus: from }, { view }] : [{ view }];
    });
    window.scrollTo(0, 0);
  };

  const back = () => {
    setSteps((previous) => {
      if (previous.length < 2) return previous;
      focusOnReturn.current = previous[previous.length - 2]?.returnFocus ?? '';
      return previous.slice(0, -1);
    });
  };

  useLayoutEffect(() => {
    const id = focusOnReturn.current;
    if (id === undefined) return;
    focusOnReturn.current = undefined;
    // Back to where the reader was; if that element is gone, to the top of the view.
    (document.getElementById(id) ?? document.getElementById('view-heading'))?.focus();
  });

  // Warm the topics' text after the first paint, so opening one is instant.
  useEffect(() => {
    const timer = setTimeout(() => void loadTopics(language), 300);
    return () => clearTimeout(timer);
  }, [language]);

  const openTopic = (id: string, from?: string) => go({ name: 'topic', id }, from);
  const crisis = topics.find((topic) => topic.id === CRISIS_TOPIC);
  const openHelplines = () => go({ name: 'helplines' });
  const backButton = (
    <button type="button" class="back" onClick={back}>
      {i18n.t('back')}
    </button>
  );

  if (current.name === 'topic') {
    return (
      <>
        {backButton}
        <TopicView id={current.id} index={topics} onTopic={openTopic} onHelplines={openHelplines} />
      </>
    );
  }

  if (current.name === 'helplines') {
    return (
      <>
        {backButton}
        {helplines({ onBack: back })}
      </>
    );
  }

  return (
    <div class="home">
      <h1 id="view-heading" tabIndex={-1}>
        {i18n.t('homeHeading')}
      </h1>
      <div class="home__first">
        <button
          type="button"
          id="talk-to-someone"
          class="talk-button talk-button--home"
          onClick={() => go({ name: 'helplines' }, 'talk-to-someone')}
        >
          <span class="talk-button__title">{i18n.t('talkToSomeone')}</span>
          <span class="talk-button__hint">{i18n.t('talkToSomeoneHint')}</span>
        </button>
        {crisis && (
          <button
            type="button"
            id="crisis-topic"
            class="talk-button talk-button--home"
            onClick={() => openTopic(crisis.id, 'crisis-topic')}
          >
            <span class="talk-button__title">{crisis.title}</span>
            <span class="talk-button__hint">{i18n.t('crisisTopicHint')}</span>
          </button>
        )}
      </div>
      <SearchBox query={query} onQuery={setQuery} />
      {query.trim() ? (
        <SearchResults
          query={query}
          onTopic={(id) => openTopic(id, `result-topic-${id}`)}
          onHelplines={openHelplines}
        />
      ) : (
        <TopicList topics={topics} onOpen={(id) => openTopic(id, entryId(id))} />
      )}
      {homeFooter}
    </div>
  );
}
