import { browser } from 'wxt/browser';
import { attempt, wait } from './attempt';
import { goUnlessLeft } from './openGuard';
import { closePrivateWindow, confirmedPrivateWindow, storedPrivateWindow } from './privateWindow';
import { idArea, PRIVATE_WINDOW_KEY, trackTab } from './trackedTabs';

/**
 * In the worker: sites open in one private window that the guide creates and then reuses, when
 * the reader has allowed the extension in private windows (openTracked.ts asks first: without that
 * permission Chrome still opens a private window but hides it from the extension, and quick exit
 * could not close it).
 */

/**
 * How long an open waits for the one before it. Opens run one at a time, so that two links pressed
 * at once find the window the first one made instead of making two. Only the wait is limited, never
 * an open under way: a window that takes long to appear (seconds, on a busy machine) is still the
 * one the next link uses. An open that has waited this long (behind a browser call that never
 * answers) gives up, and its site opens in a tracked tab instead.
 */
export const TURN_MS = 15_000;

// A queue of opens still under way, not state: it is empty whenever the worker could be stopped.
let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` once every earlier piece of work has finished; `otherwise` if that takes over TURN_MS. */
function inTurn<T>(work: () => Promise<T>, otherwise: T): Promise<T> {
  const before = queue;
  let gaveUp = false;
  const mine = before.then(() => (gaveUp ? otherwise : work()));
  queue = mine.catch(() => undefined);
  return Promise.race([before.then(() => true), wait(TURN_MS).then(() => false)]).then((ourTurn) => {
    if (ourTurn) return mine;
    gaveUp = true;
    return otherwise;
  });
}

/**
 * Opens `url` in the guide's private window: a new tab there if it is still open, else a new
 * private window, which is remembered. The tab is tracked as well, so quick exit sends it away even
 * if the window cannot be closed. Resolves false when nothing opened (the caller opens a tab).
 *
 * `left` says whether an exit has happened since the reader asked: checked after every await, so
 * an open waiting its turn is dropped, a window that finishes opening after the exit is closed, and
 * no new window replaces the one the exit has just closed. Resolves true then (nothing else to open).
 */
export function openInPrivateWindow(url: string, left: () => Promise<boolean> = async () => false): Promise<boolean> {
  return inTurn(async () => {
    if (await left()) return true;
    const known = await confirmedPrivateWindow(await storedPrivateWindow());
    if (await left()) return true;
    if (known !== undefined) {
      const tab = (await attempt('opening a tab in the private window', () =>
        browser.tabs.create({ windowId: known, url: 'about:blank', active: true }),
      )) as { id?: number } | undefined;
      if (tab?.id !== undefined) {
        const id = tab.id;
        await attempt('remembering an opened tab', () => trackTab(id));
        if (await goUnlessLeft(id, url, left)) {
          await attempt('bringing the private window to the front', () =>
            browser.windows.update(known, { focused: true }),
          );
        } else await closePrivateWindow(known);
        return true;
      }
      // Closed between the check and the tab: open a new window, unless an exit closed it.
      if (await left()) return true;
    }
    const created = (await attempt('opening a private window', () =>
      browser.windows.create({ incognito: true, url: 'about:blank', focused: true }),
    )) as { id?: number; incognito?: boolean; tabs?: { id?: number }[] } | null | undefined;
    if (created?.id === undefined) return false;
    const windowId = created.id;
    const tabId = created.tabs?.[0]?.id ?? (await firstTabOf(windowId));
    await Promise.all([
      created.incognito === true &&
        attempt('remembering the private window', () => idArea().set({ [PRIVATE_WINDOW_KEY]: windowId })),
      tabId !== undefined && attempt('remembering an opened tab', () => trackTab(tabId)),
    ]);
    const went =
      tabId === undefined
        ? !(await left()) // No tab to send: nothing shows the site; close the window if an exit came.
        : await goUnlessLeft(tabId, url, left);
    if (!went) await closePrivateWindow(windowId);
    return true;
  }, false);
}

/** The first tab of a window, when the browser's answer to `windows.create` left its tabs out. */
async function firstTabOf(windowId: number): Promise<number | undefined> {
  const tabs = (await attempt('finding the new tab', () => browser.tabs.query({ windowId }))) as
    | { id?: number }[]
    | undefined;
  return tabs?.[0]?.id;
}

/** A window closed (by hand, or by quick exit): forget it if it was the guide's. In turn with opens. */
export function forgetPrivateWindow(windowId: number): Promise<void> {
  return inTurn(async () => {
    if ((await storedPrivateWindow()) !== windowId) return;
    await attempt('forgetting the private window', () => idArea().remove(PRIVATE_WINDOW_KEY));
  }, undefined);
}
