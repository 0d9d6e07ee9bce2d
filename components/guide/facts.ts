import { loadFactsModule } from 'virtual:languages/loaders';
import { activeLanguage, LANGUAGES } from '@/components/ui/language';
import type { FactsByCountry } from '@/content/facts/types';
import type { Block } from '@/content/topics/blocks';

const loaded = new Map<string, Promise<FactsByCountry>>();

/**
 * Every country's facts in one language (a small chunk of its own), loaded on first need: when a
 * topic with a `[!FACT …]` block opens. One shared promise per page and language.
 */
export function loadFacts(language = activeLanguage()): Promise<FactsByCountry> {
  let facts = loaded.get(language);
  if (!facts) {
    const load = loadFactsModule[language] ?? loadFactsModule[LANGUAGES[0] as string];
    facts = (load as NonNullable<typeof load>)().then(({ default: data }) => data);
    loaded.set(language, facts);
  }
  return facts;
}

/** A fact block sits at the top level of a topic (the compiler allows it nowhere else). */
export const hasFacts = (blocks: readonly Block[]): boolean => blocks.some((block) => block.t === 'fact');
