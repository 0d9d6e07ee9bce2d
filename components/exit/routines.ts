import { browser } from 'wxt/browser';
import { attempt, settle, wait, within } from './attempt';
import { blankView } from './blankView';
import { DEFAULT_DESTINATION } from './destination';
import { exitDestination } from './exitDestination';
import { markExit } from './exitMark';
import { listenHeld, releaseHeld } from './heldTabs';
import { type ActiveTab, activeTab, leavePrivateWindow, ownPageTabs, sendTabsAway } from './leaving';
import { isBlank, LEAVE, LEFT, leaveDestination, send, WATCH } from './messages';
import { sendSilentOwnTabsAway } from './ownTabs';
import { openPrivateWindow, primePrivateWindow } from './privateWindow';
import { primeTrackedTabs, trackedTabs, trackedWindows, untrackTabs } from './trackedTabs';
import { startedLeaving, WATCH_MS } from './watchLeaving';

/**
 * Quick exit: one routine, three triggers (the button, Shift three times, the keyboard command).
 * The order matters (PRODUCT.md, "Quick exit"): blank the view in the same frame, send the tabs
 * away and close the guide's private window, then close the popup. No exit depends on another
 * context being awake (the worker sleeps when idle): each page that can run the exit holds what it
 * needs, read ahead, and does the whole job itself. A browser API that fails or hangs never stops
 * the blanking or the closing, and no exit promise ever rejects.
 */

/** How long the popup waits for the browser before it closes anyway. */
export const CLOSE_AFTER_MS = 400;
/**
 * How long the blank popup may stay open, at most, to hand the watch over to a worker that is
 * waking up: a message whose sender has gone before the worker woke is lost.
 */
export const HAND_OVER_MS = 2000;
/** How long a storage read may take before the exit goes on with the default. */
export const READ_TIMEOUT_MS = 150;

/** The stored destination, or the default when storage fails or hangs. */
export const readDestination = (): Promise<string> =>
  settle(exitDestination.get(), READ_TIMEOUT_MS, DEFAULT_DESTINATION);

// What a page holds, read ahead of any press, so the press itself waits on nothing.
let destination: string | undefined;
let tracked: ReturnType<typeof primeTrackedTabs> | undefined;
let privateWindow: ReturnType<typeof primePrivateWindow> | undefined;
/** The tab under the popup, its window, and whether it shows one of this extension's own pages. */
let under: ActiveTab = { ownPage: false };
/** Tabs showing this extension's own pages, this one included: never sent away (see `ownPageTabs`). */
let ownTabs = new Set<number>();
const notOwn = (ids: readonly number[]) => ids.filter((id) => !ownTabs.has(id));

/**
 * Reads ahead what an exit from this page needs: the destination, the tabs the extension opened
 * and its private window (all kept current as they change). Returns the function that stops watching.
 */
export async function primeExit(): Promise<() => void> {
  tracked?.stop();
  privateWindow?.stop();
  const trackedNow = primeTrackedTabs();
  const windowNow = primePrivateWindow();
  tracked = trackedNow;
  privateWindow = windowNow;
  void Promise.all([ownPageTabs(), attempt('finding this tab', () => browser.tabs.getCurrent())]).then(
    ([tabs, current]) => {
      const here = (current as { id?: number } | undefined)?.id;
      ownTabs = new Set(here === undefined ? tabs : [...tabs, here]);
    },
  );

  const unwatch = exitDestination.watch((value) => {
    destination = value;
  });
  // No time limit here: reading ahead may take as long as it needs (a slow start must not pin
  // the default). Only the read at the moment of an exit races a timeout.
  const value = await exitDestination.get();
  destination ??= value;
  // Read after the destination, so a session store that hangs cannot hold the destination back.
  await windowNow.ready;
  return () => {
    unwatch();
    trackedNow.stop();
    windowNow.stop();
  };
}

/** Forget what was primed (tests). */
export function forgetPrimed(): void {
  destination = undefined;
  tracked?.stop();
  tracked = undefined;
  privateWindow?.stop();
  privateWindow = undefined;
  under = { ownPage: false };
  ownTabs = new Set();
  popupExit = undefined;
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

type WithViews = { getViews?: (filter: { type: string }) => unknown[] };

/**
 * Whether this popup page is open in a tab rather than as the toolbar's popup (which the browser
 * lists among the extension's popup views). Synchronous; when the browser cannot say, it is treated
 * as the toolbar popup, which closes.
 */
function openInTab(): boolean {
  try {
    const views = (browser.extension as unknown as WithViews | undefined)?.getViews?.({ type: 'popup' });
    return views !== undefined && !views.includes(window);
  } catch {
    return false;
  }
}

/**
 * The popup's last step: the toolbar popup closes; the popup page opened as a tab replaces itself,
 * like the options page (closed, it would land in "Recently closed" under the extension's address).
 */
export function leavePopup(to: string, close: () => void = () => window.close()): void {
  if (openInTab()) location.replace(to);
  else close();
}

let popupExit: Promise<void> | undefined;

/**
 * From the popup: the active tab goes to the destination, the tabs the extension opened go too, its
 * private window closes, every open extension page replaces itself (they hear the broadcast), the
 * worker watches that the active tab really leaves, and the popup closes, dropping everything it
 * held in memory.
 */
export function exitFromPopup(close: () => void = () => window.close()): Promise<void> {
  // A second press (Shift×3 again, the button after Shift) joins the first: one cover window at most.
  popupExit ??= runPopupExit(close);
  return popupExit;
}

async function runPopupExit(close: () => void): Promise<void> {
  blankView();
  let to = destination ?? DEFAULT_DESTINATION;
  try {
    // With the destination primed, every tabs.update goes out in this same task, before any await.
    to = destination ?? (await readDestination());
    const answers: Promise<unknown>[] = [];
    let handOver: Promise<unknown> = Promise.resolve();
    const primedWindow = privateWindow?.settled() ? privateWindow.id() : undefined;
    let inside: boolean | Promise<{ windowId?: number } | undefined> =
      primedWindow !== undefined && under.windowId === primedWindow;
    if (!under.ownPage && !inside) {
      const leaving = startedLeaving();
      const { id } = under;
      const update = attempt('sending the active tab away', () =>
        id === undefined ? browser.tabs.update({ url: to }) : browser.tabs.update(id, { url: to }),
      ) as Promise<{ id?: number; windowId?: number } | undefined>;
      answers.push(update);
      handOver = handOverWatch(id, update, to, leaving);
      // Not known yet which window the tab is in, or which window is the guide's: its answer says.
      if (id === undefined || primedWindow === undefined) inside = update;
    }
    // The exit counter, after the active tab has been sent away: an open asked for before now
    // never completes (exitMark.ts), even if the worker is asleep and never hears LEAVE.
    const at = Date.now();
    void markExit(at);
    const known = tracked?.ids() ?? (await settle(trackedTabs(), READ_TIMEOUT_MS, []));
    const sent = notOwn(known);
    const held = listenHeld();
    // Every id is forgotten (the guide's own pages too, which replace themselves).
    answers.push(...sendTabsAway(sent, to), untrackTabs(known));
    // A tab held by "Leave site?" (not the one in front: that one is watched already) is released.
    const released = releaseHeld(
      sent.filter((id) => id !== under.id),
      to,
      held,
    );
    // Read again only when not known yet (not primed, or its read still under way): one short
    // await, after every tab has been sent away.
    const closedWindow = privateWindow?.settled()
      ? primedWindow
      : await settle(openPrivateWindow(), READ_TIMEOUT_MS, undefined);
    const adopted = tracked?.windows() ?? (await settle(trackedWindows(), READ_TIMEOUT_MS, []));
    answers.push(
      ...leavePrivateWindow(closedWindow, to, inside, adopted),
      send({ type: LEAVE, destination: to, sent, closedWindow, at }),
      sendSilentOwnTabsAway(to),
    );
    await Promise.all([within(CLOSE_AFTER_MS, answers), within(HAND_OVER_MS, [handOver, released])]);
  } catch (error) {
    console.warn('Popup action failed', error);
  } finally {
    leavePopup(to, close);
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
 * destination, its private window closes, the page replaces itself (so neither Back nor "Recently
 * closed" leads back to it), and it tells the others. Everything goes out in one task, before the
 * page is gone.
 */
export function exitFromPage(replace: (url: string) => void = (url) => location.replace(url)): Promise<void> {
  blankView();
  // The page's own navigation starts first; the page is only gone once the destination answers,
  // so the calls after it in this task still go out.
  const go = (to: string, closedWindow: number | undefined) => {
    replace(to);
    const at = Date.now();
    void markExit(at);
    const known = tracked?.ids() ?? [];
    const sent = notOwn(known);
    sendTabsAway(sent, to);
    if (known.length > sent.length) void untrackTabs(known);
    leavePrivateWindow(closedWindow, to, false, tracked?.windows() ?? []);
    void send({ type: LEAVE, destination: to, sent, closedWindow, at });
    void sendSilentOwnTabsAway(to);
  };
  if (destination) {
    try {
      go(destination, privateWindow?.id());
    } catch (error) {
      console.warn('Page action failed', error);
    }
    return Promise.resolve();
  }
  return Promise.all([readDestination(), settle(openPrivateWindow(), READ_TIMEOUT_MS, undefined)])
    .then(([to, closedWindow]) => go(to, closedWindow))
    .catch((error: unknown) => console.warn('Page action failed', error));
}

/**
 * What an extension page does when another page, or the keyboard command, says LEAVE, or the
 * worker says BLANK before it has read anything: blank, then close (the popup) or replace itself
 * (a page: with the destination the message carries, else the one it holds), once.
 */
export function onLeaveMessage(
  where: 'popup' | 'page',
  close: () => void = () => window.close(),
  replace: (url: string) => void = (url) => location.replace(url),
) {
  let replaced = false;
  return (message: unknown): undefined => {
    const to = leaveDestination(message);
    if (!to && !isBlank(message)) return;
    blankView();
    // The toolbar popup closes; the popup page opened as a tab replaces itself (leavePopup).
    if (where === 'popup' && !openInTab()) return void close();
    if (replaced) return;
    replaced = true;
    if (to) replace(to);
    else void (destination ? Promise.resolve(destination) : readDestination()).then(replace);
  };
}
