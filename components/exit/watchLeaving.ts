import { browser } from 'wxt/browser';
import { attempt, wait } from './attempt';
import { leftTab } from './messages';

/**
 * How long the active tab has to start leaving. A normal exit starts loading within about 50 ms;
 * a page that asks "Leave site?" never does, and is then covered by a new tab.
 */
export const WATCH_MS = 300;

/**
 * Resolves once `tabId` starts to load (a navigation began), or never. Listening starts at once,
 * before the navigation is asked for, so the event cannot slip by.
 */
export function startedLeaving(): { of(tabId: number): Promise<void>; stop(): void } {
  const seen = new Set<number>();
  const waiting = new Map<number, () => void>();
  const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    seen.add(tabId);
    waiting.get(tabId)?.();
  };
  try {
    browser.tabs.onUpdated.addListener(onUpdated);
  } catch (error) {
    console.warn('Cannot listen to tab updates', error);
  }
  return {
    of: (tabId) => (seen.has(tabId) ? Promise.resolve() : new Promise((resolve) => waiting.set(tabId, resolve))),
    stop: () => browser.tabs.onUpdated.removeListener(onUpdated),
  };
}

/**
 * In the worker, which outlives the popup: if `tabId` has not started to leave within WATCH_MS
 * (a page that asks "Leave site?" holds it), the destination opens in a new active tab in front of
 * it. The popup reports a start it saw itself (LEFT), in case the worker woke too late to see it.
 */
export function watchLeaving(tabId: number, to: string, ms = WATCH_MS): Promise<void> {
  const leaving = startedLeaving();
  let onLeft: (message: unknown) => undefined = () => undefined;
  const reported = new Promise<void>((resolve) => {
    onLeft = (message) => {
      if (leftTab(message) === tabId) resolve();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onLeft);
  });
  const outcome = Promise.race([
    leaving.of(tabId).then(() => 'left' as const),
    reported.then(() => 'left' as const),
    wait(ms).then(() => 'held' as const),
  ]);
  return outcome
    .then(async (result) => {
      leaving.stop();
      browser.runtime.onMessage.removeListener(onLeft);
      if (result === 'held') await coverWithNewTab(tabId, to);
    })
    .catch((error: unknown) => console.warn('Tab watch failed', error));
}

/**
 * Opens the destination in a new active tab right after `tabId`, in its window. A tab that is gone
 * (closed, or replaced by the browser) shows nothing and gets no cover: an extra tab would appear
 * out of nowhere, in whatever window is in front.
 */
export async function coverWithNewTab(tabId: number, to: string): Promise<void> {
  const tab = (await attempt('reading the held tab', () => browser.tabs.get(tabId))) as
    | { windowId?: number; index?: number }
    | undefined;
  if (!tab) return;
  const place = tab.windowId === undefined ? {} : { windowId: tab.windowId, index: (tab.index ?? 0) + 1 };
  await attempt('opening a tab in front', () => browser.tabs.create({ url: to, active: true, ...place }));
}
