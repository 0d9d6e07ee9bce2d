import { loadDirectory } from '@/components/helplines';
import { createSearch, type GuideSearch } from './search';
import { loadTopics } from './topics';

const shared = new Map<string, Promise<GuideSearch>>();

/**
 * The app's search over the real content in one language (topics and helplines), built once per
 * page and language, on first use.
 */
export function loadSearch(language: string): Promise<GuideSearch> {
  let search = shared.get(language);
  if (!search) {
    search = Promise.all([loadTopics(language), loadDirectory(language)]).then(([topics, helplines]) =>
      createSearch([...topics.values()], helplines),
    );
    shared.set(language, search);
  }
  return search;
}
