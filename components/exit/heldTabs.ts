import { browser } from 'wxt/browser';
import { attempt, wait } from './attempt';
import { coverWithNewTab, type startedLeaving, WATCH_MS } from './watchLeaving';

/**
 * The tabs the guide opened, sent away by an exit while they are not in front: a page there that
 * asks "Leave site?" (a chat the reader typed in) holds its tab on the site, and the browser asks
 * its question (measured: Chromium 156 leaves the tab on the site, the question waiting; Firefox
 * 153 brings the tab to the front to ask). A tab that has not started to leave within WATCH_MS is
 * unloaded (`tabs.discard`: the browser drops the page without asking; no permission needed) and
 * sent again, which then goes through (Chromium gives the unloaded tab a new id: that one is sent).
 * A held tab that is in front cannot be unloaded: it is covered by a new tab in front of it, as
 * the active tab is (watchLeaving.ts).
 */

/** Watches `ids` (sent away just now; `leaving` was listening before they were) and releases the held ones. */
export async function releaseHeld(
  ids: readonly number[],
  to: string,
  leaving: ReturnType<typeof startedLeaving>,
  ms = WATCH_MS,
): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      const left = await Promise.race([leaving.of(id).then(() => true), wait(ms).then(() => false)]);
      if (!left) await release(id, to);
    }),
  );
  leaving.stop();
}

async function release(id: number, to: string): Promise<void> {
  const tab = (await attempt('reading a tab', () => browser.tabs.get(id))) as { active?: boolean } | undefined;
  if (!tab) return;
  if (tab.active) {
    await coverWithNewTab(id, to);
    return;
  }
  const unloaded = (await attempt('unloading a tab', () => browser.tabs.discard(id))) as { id?: number } | undefined;
  await attempt('sending a tab away', () => browser.tabs.update(unloaded?.id ?? id, { url: to }));
}
