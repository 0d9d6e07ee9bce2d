import { browser } from 'wxt/browser';
import { attempt, wait } from './attempt';
import { WATCH_MS } from './watchLeaving';

/**
 * The guide's private window, asked to close by an exit, held open by a page in it that asks
 * "Leave site?" (a chat the reader typed in). Measured: Chromium 156 closes the window at once;
 * Firefox 153 (ESR) waits for the reader's answer, and until then the window stays open on the
 * site. The question does not stop Firefox from opening a tab in that window or minimising it
 * (measured: both answer within 30 ms while it is up). So, in the worker, which outlives the page
 * that pressed the exit: if the window has not closed within WATCH_MS, the destination opens in a
 * new tab in front in that window, and the window is minimised (`windows.update` and `tabs.create`
 * need no permission). The close stays asked for: if the reader answers "Leave", the window closes.
 * What stays is the window in the taskbar and the site's name on its tab behind the new one.
 */

/** Windows covered by this worker already (window ids are never reused in a session): one cover each. */
const covered = new Set<number>();

/** Forget the windows covered (tests: the fake browser reuses ids after a reset). */
export function forgetHeldWindows(): void {
  covered.clear();
}

/** The window `id` if the browser says it is an open private window. Never rejects, logs nothing. */
async function openPrivate(id: number): Promise<boolean> {
  // Asked directly, not through `attempt`: a window that has gone is the usual answer (Chromium).
  const win = (await browser.windows.get(id).catch(() => undefined)) as { incognito?: boolean } | undefined;
  return win?.incognito === true;
}

/**
 * Covers the private window `id` if it is still open WATCH_MS after the exit asked it to close (it
 * is held): a new tab with `to` in front, then the window minimised. A window that closes, or is
 * not a private one, is left alone. Never rejects.
 */
export async function coverIfHeld(id: number | undefined, to: string, ms = WATCH_MS): Promise<void> {
  if (id === undefined || covered.has(id)) return;
  let closed: () => void = () => undefined;
  const removed = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const onRemoved = (windowId: number) => {
    if (windowId === id) closed();
  };
  try {
    browser.windows.onRemoved.addListener(onRemoved);
    // Closed already (Chromium closes it at once), or closing within the wait: nothing to cover.
    if (!(await openPrivate(id))) return;
    const outcome = await Promise.race([removed.then(() => 'closed'), wait(ms).then(() => 'held')]);
    if (outcome === 'closed' || covered.has(id) || !(await openPrivate(id)) || covered.has(id)) return;
  } catch (error) {
    console.warn('Window watch failed', error);
    return;
  } finally {
    browser.windows.onRemoved.removeListener(onRemoved);
  }
  covered.add(id);
  await attempt('opening a tab in front', () => browser.tabs.create({ windowId: id, url: to, active: true }));
  await attempt('minimising a window', () => browser.windows.update(id, { state: 'minimized' }));
}
