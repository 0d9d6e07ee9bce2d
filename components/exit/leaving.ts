import { browser } from 'wxt/browser';
import { attempt, settle } from './attempt';
import { closePrivateWindow, confirmedPrivateWindow } from './privateWindow';
import { idArea, PRIVATE_WINDOW_KEY, untrackTabs, untrackWindows } from './trackedTabs';
import { WATCH_MS } from './watchLeaving';

/** The steps every exit takes (routines.ts for pages, workerExit.ts for the worker). */

export interface ActiveTab {
  id?: number;
  windowId?: number;
  ownPage: boolean;
}

/** Sends each tracked tab to `to` and forgets it; every call goes out in this same task. */
export function sendTabsAway(ids: readonly number[], to: string): Promise<unknown>[] {
  const updates = ids.map((id) => attempt('sending an opened tab away', () => browser.tabs.update(id, { url: to })));
  return ids.length > 0 ? [...updates, untrackTabs(ids)] : updates;
}

/** Private windows this page or worker has already covered (window ids are never reused in a session). */
const covered = new Set<number>();

/** Forget the windows covered (tests: the fake browser reuses ids after a reset). */
export function forgetCovers(): void {
  covered.clear();
}

/**
 * Closes the guide's private window, and the private popups its pages opened (adopted in
 * followOpened.ts; each closed only once the browser confirms it is private), and forgets them.
 * When the reader was in the guide's window (on a helpline's site), the destination first opens in
 * a new ordinary window in front: what shows once it has closed is then an ordinary page, not
 * whatever window was behind it. Whether the reader was in it is known now, or (before the tab
 * under the popup was learnt) from the window of the tab that was sent away.
 */
export function leavePrivateWindow(
  id: number | undefined,
  to: string,
  inside: boolean | Promise<{ windowId?: number } | undefined>,
  adopted: readonly number[] = [],
): Promise<unknown>[] {
  const popups = adopted.map((popup) => confirmedPrivateWindow(popup).then(closePrivateWindow));
  if (adopted.length > 0) popups.push(untrackWindows(adopted));
  if (id === undefined) return popups;
  // One cover per window, however many exits run in this page or worker before it has closed.
  const cover = () => {
    if (covered.has(id)) return undefined;
    covered.add(id);
    return attempt('opening the page in a window', () => browser.windows.create({ url: to, incognito: false }));
  };
  const coverOpened =
    typeof inside === 'boolean'
      ? inside && cover()
      : inside.then((tab) => (tab?.windowId === id ? cover() : undefined));
  const forget = attempt('forgetting the window', () => idArea().remove(PRIVATE_WINDOW_KEY));
  // Firefox answers the close of a window held by "Leave site?" only once the reader has answered:
  // the exit does not wait for that (the worker covers the window meanwhile: heldWindow.ts).
  const closing = settle(closePrivateWindow(id), WATCH_MS, undefined);
  return [Promise.resolve(coverOpened), closing, forget, ...popups];
}

type WithContexts = typeof browser.runtime & {
  getContexts?: (filter: { contextTypes: string[] }) => Promise<{ tabId: number }[]>;
};

/**
 * The tabs that show one of this extension's own pages. They replace themselves on LEAVE, so the
 * exit never navigates them, even when they are tracked (a tab opened while a helpline tab was in
 * front can name it as its opener): a `tabs.update` racing the page's own replace could leave it
 * one Back press away, or abort both. Failures read as none.
 */
export async function ownPageTabs(): Promise<number[]> {
  const runtime = browser.runtime as WithContexts;
  const contexts = (await attempt('listing pages', async () => runtime.getContexts?.({ contextTypes: ['TAB'] }))) as
    | { tabId: number }[]
    | undefined;
  return (contexts ?? []).map((context) => context.tabId);
}

/**
 * The active tab of the current window, its window, and whether it shows one of this extension's own
 * pages (those replace themselves on LEAVE, so nobody should navigate them). Failures read as "unknown".
 */
export async function activeTab(): Promise<ActiveTab> {
  const runtime = browser.runtime as WithContexts;
  const [tabs, contexts] = (await Promise.all([
    attempt('finding the active tab', () => browser.tabs.query({ active: true, currentWindow: true })),
    attempt('listing pages', async () => runtime.getContexts?.({ contextTypes: ['TAB'] })),
  ])) as [{ id?: number; windowId?: number }[] | undefined, { tabId: number }[] | undefined];
  const id = tabs?.[0]?.id;
  const ownPage = id !== undefined && (contexts ?? []).some((context) => context.tabId === id);
  return { id, windowId: tabs?.[0]?.windowId, ownPage };
}
