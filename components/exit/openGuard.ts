import { browser } from 'wxt/browser';
import { attempt, settle, wait } from './attempt';
import { DEFAULT_DESTINATION } from './destination';
import { exitDestination } from './exitDestination';
import { untrackTabs } from './trackedTabs';
import { startedLeaving } from './watchLeaving';

/** The last step of every open (openTracked.ts, openPrivate.ts), after the tab exists at about:blank. */

/**
 * Sends the new tab `id` to `url`, unless an exit has happened: then to the exit's destination.
 * Checked again once the site is asked for, so an exit that came in between is not missed.
 */
export async function goUnlessLeft(id: number, url: string, left: () => Promise<boolean>): Promise<boolean> {
  await blankLoaded(id);
  if (!(await left())) {
    await go(id, url);
    if (!(await left())) return true;
  }
  await sendAway(id);
  return false;
}

/** How long a new tab may take to finish loading about:blank before it is sent on anyway. */
const BLANK_MS = 3000;
/** How long the site's navigation may take to start before it is asked for once more. */
const START_MS = 1000;

/**
 * Asks for the site, and asks again if the tab has not started loading it within START_MS (a
 * navigation the first about:blank load cancelled; once that load is done, a start can only be ours).
 */
async function go(id: number, url: string): Promise<void> {
  const starting = startedLeaving();
  await attempt('opening the site', () => browser.tabs.update(id, { url }));
  const started = await Promise.race([starting.of(id).then(() => true), wait(START_MS).then(() => false)]);
  starting.stop();
  if (!started) await attempt('opening the site again', () => browser.tabs.update(id, { url }));
}

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
    await wait(20);
  }
}

/** A tab that finished opening after an exit: to the destination, and forgotten. */
async function sendAway(id: number): Promise<void> {
  const to = await settle(exitDestination.get(), 150, DEFAULT_DESTINATION);
  await attempt('sending an opened tab away', () => browser.tabs.update(id, { url: to }));
  await untrackTabs([id]);
}
