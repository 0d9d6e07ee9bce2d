import { browser } from 'wxt/browser';
import { blankView } from './blankView';
import { checkDestination, DEFAULT_DESTINATION } from './destination';
import { exitDestination } from './settings';
import { primeTrackedTabs, trackedTabs, trackTab, untrackTabs } from './trackedTabs';

export { blankView };

/**
 * Quick exit: one routine, three triggers (the button, Shift three times, the keyboard command).
 * The order matters (PRODUCT.md, "Quick exit"): blank the view in the same frame, send the tabs
 * away, then close the popup. No exit depends on another context being awake (the worker sleeps
 * when idle): each page that can run the exit holds what it needs, read ahead, and does the whole
 * job itself. A browser API that fails or hangs never stops the blanking or the closing, and no
 * exit promise ever rejects.
 */

/** Broadcast to every extension page and the worker: "leave now, go here". */
export const LEAVE = 'pocket-guide/leave';
/** From a page to the worker: open a site in a tab that quick exit will send away. */
export const OPEN = 'pocket-guide/open';
/** From the popup to the worker: make sure this tab really leaves (see `watchLeaving`). */
export const WATCH = 'pocket-guide/watch';
/** From the popup to the worker: the watched tab has started to leave. */
export const LEFT = 'pocket-guide/left';

export interface LeaveMessage {
  type: typeof LEAVE;
  destination: string;
  /** Tracked tabs the sender has already sent away. */
  sent?: number[];
}
export interface OpenMessage {
  type: typeof OPEN;
  url: string;
}
export interface WatchMessage {
  type: typeof WATCH;
  destination: string;
  tabId: number;
}
export interface LeftMessage {
  type: typeof LEFT;
  tabId: number;
}

const hasType = (message: unknown, type: string): message is Record<string, unknown> =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

const acceptable = (url: unknown): string | undefined => {
  const check = checkDestination(url);
  return check.ok ? check.url : undefined;
};

/** The destination carried by a LEAVE message, if it is one and the URL is acceptable. */
export const leaveDestination = (message: unknown): string | undefined =>
  hasType(message, LEAVE) ? acceptable(message.destination) : undefined;

/** The tabs a LEAVE message says were already sent away. */
export const alreadySent = (message: unknown): number[] =>
  hasType(message, LEAVE) && Array.isArray(message.sent) ? message.sent.filter(isTabId) : [];

/** The URL carried by an OPEN message, if it is one and the URL is an https: page. */
export const openUrl = (message: unknown): string | undefined =>
  hasType(message, OPEN) ? acceptable(message.url) : undefined;

/** The tab and destination of a WATCH message, if it is a well-formed one. */
export function watchRequest(message: unknown): { tabId: number; destination: string } | undefined {
  if (!hasType(message, WATCH) || !isTabId(message.tabId)) return undefined;
  const destination = acceptable(message.destination);
  return destination ? { tabId: message.tabId, destination } : undefined;
}

/** The tab a LEFT message names. */
export const leftTab = (message: unknown): number | undefined =>
  hasType(message, LEFT) && isTabId(message.tabId) ? message.tabId : undefined;

/** How long the popup waits for the browser before it closes anyway. */
export const CLOSE_AFTER_MS = 400;
/**
 * How long the blank popup may stay open, at most, to hand the watch over to a worker that is
 * waking up: a message whose sender has gone before the worker woke is lost.
 */
export const HAND_OVER_MS = 2000;
/** How long a storage read may take before the exit goes on with the default. */
export const READ_TIMEOUT_MS = 150;
/**
 * How long the active tab has to start leaving. A normal exit starts loading within about 50 ms;
 * a page that asks "Leave site?" never does, and is then covered by a new tab.
 */
export const WATCH_MS = 300;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The work, or `fallback` when it fails or has not answered within `ms`. */
const settle = <T>(work: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([work.catch(() => fallback), wait(ms).then(() => fallback)]);

const within = (ms: number, work: Promise<unknown>[]): Promise<unknown> =>
  Promise.race([Promise.allSettled(work), wait(ms)]);

/** Calls a browser API; a synchronous throw becomes a rejection, and a rejection is logged. */
const attempt = (what: string, call: () => Promise<unknown>): Promise<unknown> => {
  let work: Promise<unknown>;
  try {
    work = call();
  } catch (error) {
    work = Promise.reject(error);
  }
  return work.catch((error: unknown) => {
    console.warn(`Quick exit: ${what} failed`, error);
    return undefined;
  });
};

/** The stored destination, or the default when storage fails or hangs. */
const readDestination = (): Promise<string> => settle(exitDestination.get(), READ_TIMEOUT_MS, DEFAULT_DESTINATION);

// What a page holds, read ahead of any press, so the press itself waits on nothing.
let destination: string | undefined;
let tracked: ReturnType<typeof primeTrackedTabs> | undefined;
/** The tab under the popup, and whether it shows one of this extension's own pages. */
let under: { id?: number; ownPage: boolean } = { ownPage: false };

/**
 * Reads ahead what an exit from this page needs: the destination and the tabs the extension
 * opened (both kept current as they change). Returns the function that stops watching.
 */
export async function primeExit(): Promise<() => void> {
  tracked?.stop();
  const trackedNow = primeTrackedTabs();
  tracked = trackedNow;
  const unwatch = exitDestination.watch((value) => {
    destination = value;
  });
  // No time limit here: reading ahead may take as long as it needs (a slow start must not pin
  // the default). Only the read at the moment of an exit races a timeout.
  const value = await exitDestination.get();
  destination ??= value;
  return () => {
    unwatch();
    trackedNow.stop();
  };
}

/** Forget what was primed (tests). */
export function forgetPrimed(): void {
  destination = undefined;
  tracked?.stop();
  tracked = undefined;
  under = { ownPage: false };
}

/**
 * Popup only: learn, once it opens, which tab is under it. If it shows one of this extension's own
 * pages (the options page), that page replaces itself when it hears LEAVE; a `tabs.update` racing
 * it could leave the page one Back press away, so the popup then leaves that tab to the page.
 */
export async function primeActiveTab(): Promise<void> {
  // Opened as a tab (not from the toolbar), the popup page has no tab under it: nothing to learn.
  if (await attempt('getCurrent', () => browser.tabs.getCurrent())) return;
  under = await activeTab();
}

/** Sends a message; "nobody is listening" is not an error here. */
function send(message: LeaveMessage | WatchMessage | LeftMessage): Promise<unknown> {
  try {
    return browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}

/** Sends each tracked tab to `to` and forgets it; every call goes out in this same task. */
function sendTabsAway(ids: readonly number[], to: string): Promise<unknown>[] {
  const updates = ids.map((id) => attempt('sending an opened tab away', () => browser.tabs.update(id, { url: to })));
  return ids.length > 0 ? [...updates, untrackTabs(ids)] : updates;
}

/**
 * Resolves once `tabId` starts to load (a navigation began), or never. Listening starts at once,
 * before the navigation is asked for, so the event cannot slip by.
 */
function startedLeaving(): { of(tabId: number): Promise<void>; stop(): void } {
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
    console.warn('Quick exit: cannot watch tabs', error);
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
    .catch((error: unknown) => console.warn('Quick exit: watching the active tab failed', error));
}

/** Opens the destination in a new active tab right after `tabId`, in its window. */
async function coverWithNewTab(tabId: number, to: string): Promise<void> {
  const tab = (await attempt('reading the held tab', () => browser.tabs.get(tabId))) as
    | { windowId?: number; index?: number }
    | undefined;
  const place = tab?.windowId === undefined ? {} : { windowId: tab.windowId, index: (tab.index ?? 0) + 1 };
  await attempt('opening a tab in front', () => browser.tabs.create({ url: to, active: true, ...place }));
}

/**
 * From the popup: the active tab goes to the destination, the tabs the extension opened go too,
 * every open extension page replaces itself (they hear the broadcast), the worker watches that the
 * active tab really leaves, and the popup closes, dropping everything it held in memory.
 */
export async function exitFromPopup(close: () => void = () => window.close()): Promise<void> {
  blankView();
  try {
    // With the destination primed, every tabs.update goes out in this same task, before any await.
    const to = destination ?? (await readDestination());
    const answers: Promise<unknown>[] = [];
    let handOver: Promise<unknown> = Promise.resolve();
    if (!under.ownPage) {
      const leaving = startedLeaving();
      const { id } = under;
      const update = attempt('sending the active tab away', () =>
        id === undefined ? browser.tabs.update({ url: to }) : browser.tabs.update(id, { url: to }),
      ) as Promise<{ id?: number } | undefined>;
      answers.push(update);
      handOver = handOverWatch(id, update, to, leaving);
    }
    const sent = tracked?.ids() ?? (await settle(trackedTabs(), READ_TIMEOUT_MS, []));
    answers.push(...sendTabsAway(sent, to), send({ type: LEAVE, destination: to, sent }));
    await Promise.all([within(CLOSE_AFTER_MS, answers), within(HAND_OVER_MS, [handOver])]);
  } catch (error) {
    console.warn('Quick exit from the popup', error);
  } finally {
    close();
  }
}

/**
 * Asks the worker to watch the active tab and waits until it has the request (waking it if it
 * slept); then tells it if this page saw the tab start to leave, which a worker that woke late
 * could not see for itself. Without a start, the worker covers the tab (`watchLeaving`).
 */
async function handOverWatch(
  known: number | undefined,
  update: Promise<{ id?: number } | undefined>,
  to: string,
  leaving: ReturnType<typeof startedLeaving>,
): Promise<void> {
  const tabId = known ?? (await settle(update, CLOSE_AFTER_MS, undefined))?.id;
  if (tabId !== undefined) {
    await send({ type: WATCH, destination: to, tabId });
    const left = await Promise.race([leaving.of(tabId).then(() => true), wait(WATCH_MS).then(() => false)]);
    if (left) await send({ type: LEFT, tabId });
  }
  leaving.stop();
}

/**
 * From an extension page open in a tab (the options page): the tabs the extension opened go to the
 * destination, the page replaces itself (so neither Back nor "Recently closed" leads back to it),
 * and it tells the others. Everything goes out in one task, before the page is gone.
 */
export function exitFromPage(replace: (url: string) => void = (url) => location.replace(url)): Promise<void> {
  blankView();
  // The page's own navigation starts first; the page is only gone once the destination answers,
  // so the calls after it in this task still go out.
  const go = (to: string) => {
    replace(to);
    const sent = tracked?.ids() ?? [];
    sendTabsAway(sent, to);
    void send({ type: LEAVE, destination: to, sent });
  };
  if (destination) {
    try {
      go(destination);
    } catch (error) {
      console.warn('Quick exit from the page', error);
    }
    return Promise.resolve();
  }
  return readDestination()
    .then(go)
    .catch((error: unknown) => console.warn('Quick exit from the page', error));
}

/** What an extension page does when another page, or the keyboard command, says LEAVE. */
export function onLeaveMessage(where: 'popup' | 'page', close: () => void = () => window.close()) {
  return (message: unknown): undefined => {
    const to = leaveDestination(message);
    if (!to) return;
    blankView();
    if (where === 'popup') close();
    else location.replace(to);
  };
}

/** In the worker: the tabs the extension opened go to the destination too (but not twice). */
export async function sendOpenedTabsAway(to: string, except: readonly number[] = []): Promise<void> {
  const ids = await settle(trackedTabs(), READ_TIMEOUT_MS, []);
  await Promise.all(
    sendTabsAway(
      ids.filter((id) => !except.includes(id)),
      to,
    ),
  );
  await untrackTabs(except);
}

/**
 * The active tab of the current window, and whether it shows one of this extension's own pages
 * (those replace themselves on LEAVE, so nobody should navigate them). Failures read as "unknown".
 */
async function activeTab(): Promise<{ id?: number; ownPage: boolean }> {
  const runtime = browser.runtime as typeof browser.runtime & {
    getContexts?: (filter: { contextTypes: string[] }) => Promise<{ tabId: number }[]>;
  };
  const [tabs, contexts] = (await Promise.all([
    attempt('finding the active tab', () => browser.tabs.query({ active: true, currentWindow: true })),
    attempt('listing pages', async () => runtime.getContexts?.({ contextTypes: ['TAB'] })),
  ])) as [{ id?: number }[] | undefined, { tabId: number }[] | undefined];
  const id = tabs?.[0]?.id;
  return { id, ownPage: id !== undefined && (contexts ?? []).some((context) => context.tabId === id) };
}

/** The keyboard command, handled by the worker (the command wakes it): works with the popup closed. */
export async function exitFromWorker(): Promise<void> {
  try {
    const [to, { id, ownPage }, opened] = await Promise.all([
      readDestination(),
      activeTab(),
      settle(trackedTabs(), READ_TIMEOUT_MS, []),
    ]);
    const work = sendTabsAway(opened, to);
    if (id !== undefined && !ownPage) {
      work.push(watchLeaving(id, to));
      work.push(attempt('sending the active tab away', () => browser.tabs.update(id, { url: to })));
    }
    work.push(send({ type: LEAVE, destination: to, sent: opened }));
    await Promise.all(work);
  } catch (error) {
    console.warn('Quick exit from the keyboard', error);
  }
}

/** In the worker: open a page in a new tab and remember it for quick exit. */
export async function openTracked(url: string): Promise<void> {
  const tab = (await attempt('opening a tab', () => browser.tabs.create({ url, active: true }))) as
    | { id?: number }
    | undefined;
  if (tab?.id === undefined) return;
  await attempt('remembering an opened tab', () => trackTab(tab.id as number));
}

/** In a page: ask the worker to open `url` (the popup closes as soon as the new tab takes focus). */
export function requestOpen(url: string): Promise<unknown> {
  const message: OpenMessage = { type: OPEN, url };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
