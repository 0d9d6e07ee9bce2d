import { browser } from 'wxt/browser';
import { attempt, settle, wait } from './attempt';
import { DEFAULT_DESTINATION } from './destination';
import { exitDestination } from './exitDestination';
import { untrackTabs } from './trackedTabs';

/** The last step of every open (openTracked.ts, openPrivate.ts), after the tab exists at about:blank. */

/**
 * Sends the new tab `id` to `url`, unless an exit has happened: then to the exit's destination.
 * Checked again once the site is asked for, so an exit that came in between is not missed.
 */
export async function goUnlessLeft(id: number, url: string, left: () => Promise<boolean>): Promise<boolean> {
  await blankLoaded(id);
  if (!(await left())) {
    await attempt('opening the site', () => browser.tabs.update(id, { url }));
    if (!(await left())) return true;
  }
  await sendAway(id);
  return false;
}

/** How long a new tab may take to finish loading about:blank before it is sent on anyway. */
const BLANK_MS = 500;

/**
 * Waits until the new tab has finished loading about:blank. Chrome lets that first load cancel a
 * navigation asked for while it is under way (measured: 1 tab in 15 stayed blank), so the site is
 * asked for only once it is done. `status` needs no `tabs` permission.
 */
async function blankLoaded(id: number): Promise<void> {
  const until = Date.now() + BLANK_MS;
  while (Date.now() < until) {
    const tab = (await attempt('reading the new tab', () => browser.tabs.get(id))) as { status?: string } | undefined;
    if (tab?.status !== 'loading') return;
    await wait(10);
  }
}

/** A tab that finished opening after an exit: to the destination, and forgotten. */
async function sendAway(id: number): Promise<void> {
  const to = await settle(exitDestination.get(), 150, DEFAULT_DESTINATION);
  await attempt('sending an opened tab away', () => browser.tabs.update(id, { url: to }));
  await untrackTabs([id]);
}
