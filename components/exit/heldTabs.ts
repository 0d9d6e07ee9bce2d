import { browser } from 'wxt/browser';
import { attempt, wait } from './attempt';
import { coverWithNewTab, type startedLeaving, WATCH_MS } from './watchLeaving';

/**
 * The tabs the guide opened, sent away by an exit while they are not in front: a page there that
 * asks "Leave site?" (a chat the reader typed in) holds its tab on the site, and the browser asks
 * its question: both Chromium 156 and Firefox 153 bring the tab to the front to ask, the tab
 * still on the site (Chromium reports it "loading"). A tab that has not started to leave within
 * HELD_MS is covered by a new tab with the destination in front of it, as the active tab is
 * (watchLeaving.ts), and then, behind that cover, unloaded (`tabs.discard`: the browser drops the
 * page without asking; no permission needed) and sent again, which then goes through (Chromium
 * gives the unloaded tab a new id: that one is sent).
 */

/**
 * How long a tab has to start leaving: as long as the active tab has (the browser brings a held tab
 * to the front). A start reported late, on a busy machine, is still seen before the tab is touched.
 */
export const HELD_MS = WATCH_MS;

/** Watches `ids` (sent away just now; `leaving` was listening before they were) and releases the held ones. */
export async function releaseHeld(
  ids: readonly number[],
  to: string,
  leaving: ReturnType<typeof startedLeaving>,
  ms = HELD_MS,
): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      let left = false;
      const started = leaving.of(id).then(() => {
        left = true;
      });
      await Promise.race([started, wait(ms)]);
      if (!left) await release(id, to, () => left);
    }),
  );
  leaving.stop();
}

async function release(id: number, to: string, left: () => boolean): Promise<void> {
  const tab = (await attempt('reading a tab', () => browser.tabs.get(id))) as
    | { active?: boolean; status?: string }
    | undefined;
  // A start the browser reported before its answer (a busy machine) is not a hold.
  if (!tab || left()) return;
  // In front (the browser brought it there to ask): an ordinary page goes in front of it at once,
  // which also puts it behind, where it can be unloaded.
  if (tab.active) await coverWithNewTab(id, to);
  // Behind and done loading: it left (its start was not reported in time); a held one is still "loading".
  else if (tab.status === 'complete') return;
  const unloaded = (await attempt('unloading a tab', () => browser.tabs.discard(id))) as { id?: number } | undefined;
  await attempt('sending a tab away', () => browser.tabs.update(unloaded?.id ?? id, { url: to }));
}
