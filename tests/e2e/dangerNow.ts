import { expect } from 'vitest';
import { readMessages } from '../../content/messages';
import { contentModule } from '../../content/plugin';
import type { Topic, TopicMeta } from '../../content/topics/blocks';

/**
 * What both browsers' suites share to check the danger-now route of the risk topics (PRODUCT.md,
 * "Content safety rules"): which topics carry it, the route's name in each language, and where it
 * sits in the popup, measured in the page itself.
 */

/** The topics with a `risk`, in home-list order, with the title a reader clicks. */
export function riskTopics(language: string): (TopicMeta & Pick<Topic, 'risk' | 'selfHarm'>)[] {
  const index = (contentModule('virtual:guide/index') as Record<string, TopicMeta[]>)[language] ?? [];
  const bodies = contentModule(`virtual:guide/topics/${language}`) as Topic[];
  return index.flatMap((meta) => {
    const topic = bodies.find((body) => body.id === meta.id);
    return topic?.risk ? [{ ...meta, risk: topic.risk, selfHarm: topic.selfHarm }] : [];
  });
}

/** The route's strings in `language`, as the reader sees them. */
export function routeWords(language: string) {
  const words = readMessages('content/locales', language);
  return {
    heading: words.dangerNowHeading as string,
    selfHarm: words.dangerNowSelfHarm as string,
  };
}

export interface RoutePlacement {
  /** The route's element and its accessible name (the heading it is labelled by). */
  tag: string;
  name: string;
  /** The route's box, in viewport pixels. */
  top: number;
  bottom: number;
  /** The bottom of the pinned quick exit bar. */
  barBottom: number;
  viewportHeight: number;
  viewportWidth: number;
  scrollY: number;
  /** Every call link in the route: its text and where it dials. */
  calls: { text: string; href: string }[];
  text: string;
}

/** Runs in the page (passed to the driver's `evaluate`): where the route is, and what it offers. */
export const placeRoute = (): RoutePlacement | null => {
  const route = document.querySelector('.danger-now');
  const bar = document.querySelector('.quick-exit');
  if (!route || !bar) return null;
  const box = route.getBoundingClientRect();
  return {
    tag: route.tagName.toLowerCase(),
    name: document.getElementById(route.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    top: box.top,
    bottom: box.bottom,
    barBottom: bar.getBoundingClientRect().bottom,
    viewportHeight: window.innerHeight,
    viewportWidth: window.innerWidth,
    scrollY: window.scrollY,
    calls: [...route.querySelectorAll('a[href^="tel:"]')].map((link) => ({
      text: link.textContent ?? '',
      href: link.getAttribute('href') ?? '',
    })),
    text: (route as HTMLElement).innerText,
  };
};

/** What the reader's country offers: its emergency number, and its crisis line if the data has one. */
export interface CountryNumbers {
  emergency: string;
  crisisLine?: string;
}

/**
 * The route is on the first screen of the popup, whole: below the quick exit bar, above the
 * bottom of a 600 px popup, with nothing scrolled; it offers the country's emergency number as a
 * call link, and speaks of a crisis line exactly when the topic's readers may self-harm, as a call
 * link to the country's own when there is one.
 */
export function expectRouteOnFirstScreen(
  placement: RoutePlacement | null,
  topic: { title: string; selfHarm?: boolean },
  language: string,
  numbers: CountryNumbers,
): void {
  const what = `the danger-now route of "${topic.title}"`;
  expect(placement, `${what} is missing`).not.toBeNull();
  const place = placement as RoutePlacement;
  // A <section> with a name is a region: found by that name, not by its colour.
  expect([place.tag, place.name], `${what} is a labelled region`).toEqual(['section', routeWords(language).heading]);
  expect(place.viewportHeight, 'a popup 600 px tall').toBe(600);
  expect(place.scrollY, `${what}: the view opened scrolled`).toBe(0);
  expect(place.top, `${what} starts under the quick exit bar`).toBeGreaterThanOrEqual(place.barBottom);
  expect(place.bottom, `${what} ends within the first screen`).toBeLessThanOrEqual(place.viewportHeight);
  const crisisLine = topic.selfHarm && numbers.crisisLine ? [`tel:${numbers.crisisLine}`] : [];
  expect(
    place.calls.map((call) => call.href),
    `${what}: the call links`,
  ).toEqual([`tel:${numbers.emergency}`, ...crisisLine]);
  expect(place.text.includes(routeWords(language).selfHarm), `${what}: the crisis line`).toBe(topic.selfHarm === true);
}
