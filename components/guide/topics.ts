import { loadTopicsModule } from 'virtual:languages/loaders';
import { activeLanguage, LANGUAGES } from '@/components/ui/language';
import type { Topic } from '@/content/topics/blocks';

const bodies = new Map<string, Promise<Map<string, Topic>>>();

/**
 * The topics with their text in one language, loaded on first need (the home list needs only
 * titles, which ship with the popup). One shared promise per page and language.
 */
export function loadTopics(language = activeLanguage()): Promise<Map<string, Topic>> {
  let loaded = bodies.get(language);
  if (!loaded) {
    const load = loadTopicsModule[language] ?? loadTopicsModule[LANGUAGES[0] as string];
    loaded = (load as NonNullable<typeof load>)().then(({ default: topics }) => new Map(topics.map((t) => [t.id, t])));
    bodies.set(language, loaded);
  }
  return loaded;
}
