import { browser } from 'wxt/browser';
import { attempt, settle } from './attempt';
import { markExit } from './exitMark';
import { listenHeld, releaseHeld } from './heldTabs';
import { coverIfHeld } from './heldWindow';
import { activeTab, leavePrivateWindow, ownPageTabs, sendTabsAway } from './leaving';
import { BLANK, LEAVE, send } from './messages';
import { sendSilentOwnTabsAway } from './ownTabs';
import { closePrivateWindow, openPrivateWindow } from './privateWindow';
import { READ_TIMEOUT_MS, readDestination } from './routines';
import { forgetEverything, trackedTabs, trackedWindows, untrackTabs } from './trackedTabs';
import { watchLeaving } from './watchLeaving';

/**
 * The exit as the worker runs it: on the keyboard command, and on LEAVE from a page (which has done
 * its part already, and says what). Every exit raises the exit counter (exitMark.ts) and ends with
 * the exit's ids forgotten (trackedTabs.ts).
 */

/**
 * In the worker, on LEAVE: the counter is raised (the page wrote it too), the tabs the extension
 * opened go to the destination (but not twice), its private window and the popups its pages opened
 * close (unless the page closed them), and every id is forgotten.
 */
export async function leaveFromWorker(
  to: string,
  sent: readonly number[],
  alreadyClosed: number | undefined,
  at?: number,
): Promise<void> {
  void markExit(at);
  await Promise.all([
    sendOpenedTabsAway(to, sent),
    closePrivateWindowToo(alreadyClosed, to),
    closeAdoptedWindows(),
    sendSilentOwnTabsAway(to),
  ]);
  // Not awaited: a storage that hangs must not hold the exit (the ids are forgotten when it answers).
  void forgetEverything();
}

/**
 * The guide's private window closes too, unless the page that sent LEAVE closed it already; either
 * way, if "Leave site?" holds it open (Firefox), it is covered and minimised (heldWindow.ts). The
 * close is not awaited: Firefox answers it only once the reader has answered the question.
 */
export async function closePrivateWindowToo(alreadyClosed: number | undefined, to: string): Promise<void> {
  const id = await settle(openPrivateWindow(), READ_TIMEOUT_MS, undefined);
  if (id !== alreadyClosed) void closePrivateWindow(id);
  await Promise.all([coverIfHeld(alreadyClosed, to), id !== alreadyClosed && coverIfHeld(id, to)]);
}

/** The private popups a helpline page opened (followOpened.ts) close. */
async function closeAdoptedWindows(): Promise<void> {
  const ids = await settle(trackedWindows(), READ_TIMEOUT_MS, []);
  await Promise.all(leavePrivateWindow(undefined, '', false, ids));
}

/** The tabs the extension opened go to the destination too (but not twice). */
export async function sendOpenedTabsAway(to: string, except: readonly number[] = []): Promise<void> {
  const [ids, own] = await Promise.all([
    settle(trackedTabs(), READ_TIMEOUT_MS, []),
    settle(ownPageTabs(), READ_TIMEOUT_MS, []),
  ]);
  await Promise.all(
    sendTabsAway(
      ids.filter((id) => !except.includes(id) && !own.includes(id)),
      to,
    ),
  );
  await untrackTabs(except);
}

/** The tab the browser passes with a command (its id and window only: no `tabs` permission). */
export interface CommandTab {
  id?: number;
  windowId?: number;
}

/**
 * The keyboard command, handled by the worker (the command wakes it): works with the popup closed.
 * Every page is told to blank before anything is read; the active tab is the one the browser
 * passes with the command (asked for only when it passes none), and no read waits without a limit.
 */
export async function exitFromWorker(tab?: CommandTab): Promise<void> {
  try {
    void send({ type: BLANK });
    const at = Date.now();
    void markExit(at);
    const [to, active, tracked, closedWindow, adopted, own] = await Promise.all([
      readDestination(),
      tab ? { id: tab.id, windowId: tab.windowId } : settle(activeTab(), READ_TIMEOUT_MS, { ownPage: false }),
      settle(trackedTabs(), READ_TIMEOUT_MS, []),
      settle(openPrivateWindow(), READ_TIMEOUT_MS, undefined),
      settle(trackedWindows(), READ_TIMEOUT_MS, []),
      settle(ownPageTabs(), READ_TIMEOUT_MS, []),
    ]);
    const { id, windowId } = active;
    const ownPage = id !== undefined && own.includes(id);
    const opened = tracked.filter((opener) => !own.includes(opener));
    const inPrivateWindow = closedWindow !== undefined && windowId === closedWindow;
    const held = listenHeld();
    const work = sendTabsAway(opened, to);
    work.push(
      releaseHeld(
        opened.filter((tab) => tab !== id),
        to,
        held,
      ),
    );
    if (id !== undefined && !ownPage && !inPrivateWindow) {
      work.push(watchLeaving(id, to));
      work.push(attempt('sending the active tab away', () => browser.tabs.update(id, { url: to })));
    }
    work.push(...leavePrivateWindow(closedWindow, to, inPrivateWindow, adopted), coverIfHeld(closedWindow, to));
    work.push(send({ type: LEAVE, destination: to, sent: opened, closedWindow, at }), sendSilentOwnTabsAway(to));
    await Promise.all(work);
    void forgetEverything();
  } catch (error) {
    console.warn('Command failed', error);
  }
}
