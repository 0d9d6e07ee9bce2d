import { loadHelplinesModule } from 'virtual:languages/loaders';
import { activeLanguage, LANGUAGES } from '@/components/ui/language';
import type { HelplineCountry } from '@/content/helplines/schema';

const loaded = new Map<string, Promise<HelplineCountry[]>>();

/** The helpline directory in one language, loaded on first need; one shared promise per page and language. */
export function loadDirectory(language = activeLanguage()): Promise<HelplineCountry[]> {
  let directory = loaded.get(language);
  if (!directory) {
    const load = loadHelplinesModule[language] ?? loadHelplinesModule[LANGUAGES[0] as string];
    directory = (load as NonNullable<typeof load>)().then((module) => module.default);
    // A failed load may be retried the next time the view opens.
    directory.catch(() => loaded.delete(language));
    loaded.set(language, directory);
  }
  return directory;
}
