import { browser } from 'wxt/browser';
import { attempt, wait } from './attempt';
import { coverWithNewTab, startedLeaving, WATCH_MS } from './watchLeaving';

/**
 * The tabs the guide opened, sent away by an exit while they are not in front: a page there that
 * asks "Leave site?" (a chat the reader typed in) holds its tab on the site, and the browser asks
 * its question: both Chromium 156 and Firefox 153 bring the tab to the front to ask, the tab
 * still on the site (Chromium reports it "loading", Firefox "complete"). Such a tab is covered by a new tab with the
 * destination in front of it, as the active tab is (watchLeaving.ts), and then, behind that cover,
 * unloaded (`tabs.discard`: the browser drops the
 * page without asking; no permission needed) and sent again, which then goes through (Chromium
 * gives the unloaded tab a new id: that one is sent).
 */

/** How often, and how many times, a tab that has not started to leave is looked at again. */
export const HELD_MS = WATCH_MS;
const LOOKS = 4;

/** What an exit hears from the browser about its tabs, from just before it sends them away. */
export interface HeldWatch {
  /** Resolves once the tab starts to load (a navigation began). */
  of(tabId: number): Promise<void>;
  /** Whether the browser made the tab the active one of its window since listening began. */
  broughtToFront(tabId: number): boolean;
  stop(): void;
}

/**
 * Starts listening (before the exit's updates, so nothing slips by): tabs that start to leave, and
 * tabs the browser brings to the front (tabs.onActivated, which needs no permission). A tab already
 * in front before the exit (a pop-up window's only tab, a chat opened in front), or created since
 * (in front by its own creation), is never counted.
 */
export function listenHeld(): HeldWatch {
  const leaving = startedLeaving();
  const activated = new Set<number>();
  const created = new Set<number>();
  const onActivated = ({ tabId }: { tabId: number }) => {
    activated.add(tabId);
  };
  const onCreated = ({ id }: { id?: number }) => {
    if (id !== undefined) created.add(id);
  };
  try {
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onCreated.addListener(onCreated);
  } catch (error) {
    console.warn('Cannot listen to tab changes', error);
  }
  return {
    of: leaving.of,
    // A tab created since (an open that raced the exit, created in front) was not brought there.
    broughtToFront: (tabId) => activated.has(tabId) && !created.has(tabId),
    stop: () => {
      leaving.stop();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onCreated.removeListener(onCreated);
    },
  };
}

/** Watches `ids` (sent away just now; `leaving` was listening before they were) and releases the held ones. */
export async function releaseHeld(ids: readonly number[], to: string, leaving: HeldWatch, ms = HELD_MS): Promise<void> {
  await Promise.all(ids.map((id) => watchOne(id, to, leaving, ms)));
  leaving.stop();
}

/**
 * A tab is held only if it has not started to leave and the browser has brought it to the front
 * since the exit began (where the question is asked). Its status does not tell: Chromium reports
 * the held tab "loading", Firefox 153 "complete". A tab seen loading and then done has got
 * somewhere (a navigation that replaces a load under way reports no start without the `tabs`
 * permission) and is left alone; one complete from the first look on never moved, and is looked
 * at again in case the browser brings it to the front. A tab behind, or in front since before the
 * exit (a pop-up window's only tab), is left alone, never unloaded on a guess.
 */
async function watchOne(id: number, to: string, leaving: HeldWatch, ms: number) {
  let left = false;
  let loaded = false;
  const started = leaving.of(id).then(() => {
    left = true;
  });
  for (let look = 0; look < LOOKS; look++) {
    await Promise.race([started, wait(ms)]);
    if (left) return;
    const tab = (await attempt('reading a tab', () => browser.tabs.get(id))) as
      | { active?: boolean; status?: string }
      | undefined;
    // Gone, started (reported before this answer), or loaded since the exit: not held.
    if (!tab || left || (loaded && tab.status === 'complete')) return;
    if (tab.status !== 'complete') loaded = true;
    if (tab.active && leaving.broughtToFront(id)) {
      await release(id, to);
      return;
    }
  }
}

/**
 * An ordinary page goes in front of the held tab at once, which also puts it behind, where it can
 * be unloaded without its question and sent again.
 */
async function release(id: number, to: string): Promise<void> {
  await coverWithNewTab(id, to);
  const unloaded = (await attempt('unloading a tab', () => browser.tabs.discard(id))) as { id?: number } | undefined;
  await attempt('sending a tab away', () => browser.tabs.update(unloaded?.id ?? id, { url: to }));
}
