import type { Topic } from '@/content/topics/blocks';

let bodies: Promise<Map<string, Topic>> | undefined;

/**
 * The topics with their text, loaded on first need (the home list needs only titles, which ship
 * with the popup). One shared promise per page.
 */
export function loadTopics(): Promise<Map<string, Topic>> {
  bodies ??= import('virtual:guide/topics').then(({ default: topics }) => new Map(topics.map((t) => [t.id, t])));
  return bodies;
}
