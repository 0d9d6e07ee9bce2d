import { browser } from 'wxt/browser';
import { blankView } from './blankView';
import { checkDestination } from './destination';
import { exitDestination, openedTabs } from './settings';

export { blankView };

/**
 * Quick exit: one routine, three triggers (the button, Shift three times, the keyboard command).
 * The order matters (PRODUCT.md, "Quick exit"): blank the view in the same frame, send the tabs
 * away, then close the popup. A browser API that fails must never stop the blanking or closing.
 */

/** Broadcast to every extension page and the worker: "leave now, go here". */
export const LEAVE = 'pocket-guide/leave';
/** From a page to the worker: open a helpline's site in a tab that quick exit will clear. */
export const OPEN = 'pocket-guide/open';

export interface LeaveMessage {
  type: typeof LEAVE;
  destination: string;
}
export interface OpenMessage {
  type: typeof OPEN;
  url: string;
}

const hasType = (message: unknown, type: string): message is Record<string, unknown> =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

/** The destination carried by a LEAVE message, if it is one and the URL is acceptable. */
export function leaveDestination(message: unknown): string | undefined {
  if (!hasType(message, LEAVE)) return undefined;
  const check = checkDestination(message.destination);
  return check.ok ? check.url : undefined;
}

/** The URL carried by an OPEN message, if it is one and the URL is an https: page. */
export function openUrl(message: unknown): string | undefined {
  if (!hasType(message, OPEN)) return undefined;
  const check = checkDestination(message.url);
  return check.ok ? check.url : undefined;
}

/** How long the popup waits for the browser before it closes anyway. */
export const CLOSE_AFTER_MS = 400;

let destination: string | undefined;

/** Read the destination ahead of any press, so the press itself waits on nothing. */
export async function primeDestination(): Promise<() => void> {
  const unwatch = exitDestination.watch((value) => {
    destination = value;
  });
  const value = await exitDestination.get();
  destination ??= value;
  return unwatch;
}

/** Forget what was primed (tests). */
export function forgetDestination(): void {
  destination = undefined;
  activeIsOwnPage = false;
}

/**
 * Whether the tab under the popup shows one of this extension's own pages (the options page).
 * Such a page replaces itself when it hears LEAVE; a `tabs.update` racing it could leave the page
 * one Back press away, so the popup then leaves that tab to the page.
 */
let activeIsOwnPage = false;

/** Popup only: learn, once it opens, which tab is under it. */
export async function primeActiveTab(): Promise<void> {
  // Opened as a tab (not from the toolbar), the popup page has no tab under it: nothing to learn.
  if (await attempt(() => browser.tabs.getCurrent()).catch(() => undefined)) return;
  activeIsOwnPage = (await activeTab()).ownPage;
}

/** Sends the LEAVE message; "nobody is listening" is not an error here. */
function broadcastLeave(to: string): Promise<unknown> {
  const message: LeaveMessage = { type: LEAVE, destination: to };
  return attempt(() => browser.runtime.sendMessage(message)).catch(() => undefined);
}

const within = (ms: number, work: Promise<unknown>[]): Promise<unknown> =>
  Promise.race([Promise.allSettled(work), new Promise((resolve) => setTimeout(resolve, ms))]);

const attempt = (call: () => Promise<unknown>): Promise<unknown> => {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
};

/**
 * From the popup: the active tab of the current window goes to the destination, every open
 * extension page replaces itself (they hear the broadcast), the worker clears the helpline tabs
 * it opened, and the popup closes, dropping everything it held in memory.
 */
export async function exitFromPopup(close: () => void = () => window.close()): Promise<void> {
  blankView();
  try {
    // With the destination primed, tabs.update goes out in this same task, before any await.
    const to = destination ?? (await exitDestination.get());
    const sendActiveTab = activeIsOwnPage ? [] : [attempt(() => browser.tabs.update({ url: to }))];
    await within(CLOSE_AFTER_MS, [...sendActiveTab, broadcastLeave(to)]);
  } catch {
    // Nothing to do: the view is blank and the popup closes below.
  } finally {
    close();
  }
}

/**
 * From an extension page open in a tab (the options page): it replaces itself, so neither Back
 * nor "Recently closed" leads back to it, and tells the others to leave too.
 */
export function exitFromPage(replace: (url: string) => void = (url) => location.replace(url)): void {
  blankView();
  const go = (to: string) => {
    replace(to);
    void broadcastLeave(to);
  };
  if (destination) go(destination);
  else void exitDestination.get().then(go);
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

/** In the worker: the helpline tabs the extension opened go to the destination too. */
export async function sendOpenedTabsAway(to: string): Promise<void> {
  const ids = await openedTabs.get();
  await Promise.allSettled(ids.map((id) => attempt(() => browser.tabs.update(id, { url: to }))));
  await openedTabs.reset();
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
    attempt(() => browser.tabs.query({ active: true, currentWindow: true })).catch(() => []),
    attempt(() => runtime.getContexts?.({ contextTypes: ['TAB'] })).catch(() => []),
  ])) as [{ id?: number }[], { tabId: number }[] | undefined];
  const id = tabs[0]?.id;
  return { id, ownPage: id !== undefined && (contexts ?? []).some((context) => context.tabId === id) };
}

/** The keyboard command, handled by the worker: it works with the popup closed. */
export async function exitFromWorker(): Promise<void> {
  const to = await exitDestination.get();
  const { id, ownPage } = await activeTab();
  await Promise.allSettled([
    id !== undefined && !ownPage ? attempt(() => browser.tabs.update(id, { url: to })) : undefined,
    broadcastLeave(to),
    sendOpenedTabsAway(to),
  ]);
}

/** In the worker: open a helpline page in a new tab and remember it for quick exit. */
export async function openTracked(url: string): Promise<void> {
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) return;
  const ids = await openedTabs.get();
  await openedTabs.set([...ids, tab.id]);
}

/** In a page: ask the worker to open `url` (the popup closes as soon as the new tab takes focus). */
export function requestOpen(url: string): Promise<unknown> {
  const message: OpenMessage = { type: OPEN, url };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
