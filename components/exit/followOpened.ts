import { openPrivateWindow } from './privateWindow';
import { trackedTabs, trackedWindows, trackTab, trackWindow, untrackTabs, untrackWindows } from './trackedTabs';

/**
 * In the worker: what a helpline page opens follows the exit like the page itself, and what the
 * reader closes is forgotten.
 *
 * - A tab opened from a tracked tab (`target=_blank`, a middle click, `window.open`) is tracked too:
 *   `tabs.onCreated` names its opener without the `tabs` permission, in Chrome and in Firefox.
 *   Chains follow (a tab opened by a tracked tab's child is tracked, as the child is).
 * - Where the browser names no opener (Chrome, for a popup a private tab opens: it is a window of its
 *   own), a private window of type `popup` created while the guide's private window is open is
 *   adopted: the exit closes it. Never a private window the reader opened (type `normal`), and
 *   nothing while the guide has no private window.
 */

interface CreatedTab {
  id?: number;
  openerTabId?: number;
}

interface CreatedWindow {
  id?: number;
  incognito?: boolean;
  type?: string;
}

export async function followOpenedTab(tab: CreatedTab): Promise<void> {
  const { id, openerTabId } = tab;
  if (id === undefined || openerTabId === undefined) return;
  if ((await trackedTabs()).includes(openerTabId)) await trackTab(id).catch(() => undefined);
}

export async function adoptPopupWindow(win: CreatedWindow): Promise<void> {
  const { id, incognito, type } = win;
  if (id === undefined || incognito !== true || type !== 'popup') return;
  const guide = await openPrivateWindow();
  if (guide !== undefined && guide !== id) await trackWindow(id).catch(() => undefined);
}

/** A tab closed (by the reader, or by the browser): its id is forgotten (written only if it was kept). */
export async function forgetClosedTab(tabId: number): Promise<void> {
  if ((await trackedTabs()).includes(tabId)) await untrackTabs([tabId]);
}

/** A window closed: an adopted one is forgotten (the guide's own: openPrivate.ts, forgetPrivateWindow). */
export async function forgetClosedWindow(windowId: number): Promise<void> {
  if ((await trackedWindows()).includes(windowId)) await untrackWindows([windowId]);
}
