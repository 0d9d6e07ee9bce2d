import { i18n } from '@/components/ui/i18n';
import { GROUP_IDS, type GroupId, type TopicMeta } from '@/content/topics/blocks';

const GROUP_TITLES = {
  'something-wrong': 'groupSomethingWrong',
  basics: 'groupBasics',
  talking: 'groupTalking',
  'hard-times': 'groupHardTimes',
  support: 'groupSupport',
  'this-guide': 'groupThisGuide',
} as const satisfies Record<GroupId, string>;

/** The id of a topic's entry in the list, so focus can return to it. */
export const entryId = (topicId: string) => `entry-${topicId}`;

interface Props {
  topics: readonly TopicMeta[];
  onOpen(id: string): void;
}

/** Every topic, grouped, with its one-line summary. */
export function TopicList({ topics, onOpen }: Props) {
  return (
    <>
      {GROUP_IDS.map((group) => {
        const inGroup = topics.filter((topic) => topic.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} class="group" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{i18n.t(GROUP_TITLES[group])}</h2>
            <ul class="topic-list">
              {inGroup.map((topic) => (
                <li key={topic.id}>
                  <button
                    type="button"
                    id={entryId(topic.id)}
                    class="topic-entry"
                    aria-describedby={`${entryId(topic.id)}-summary`}
                    onClick={() => onOpen(topic.id)}
                  >
                    <span class="topic-entry__title">{topic.title}</span>
                  </button>
                  <p class="topic-entry__summary" id={`${entryId(topic.id)}-summary`}>
                    {topic.summary}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
