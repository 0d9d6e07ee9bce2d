import { browser } from 'wxt/browser';
import { attempt, settle } from './attempt';
import { DEFAULT_DESTINATION } from './destination';
import { exitDestination } from './exitDestination';
import { untrackTabs } from './trackedTabs';

/** The last step of every open (openTracked.ts, openPrivate.ts), after the tab exists at about:blank. */

/**
 * Sends the new tab `id` to `url`, unless an exit has happened: then to the exit's destination.
 * Checked again once the site is asked for, so an exit that came in between is not missed.
 */
export async function goUnlessLeft(id: number, url: string, left: () => Promise<boolean>): Promise<boolean> {
  if (!(await left())) {
    await attempt('opening the site', () => browser.tabs.update(id, { url }));
    if (!(await left())) return true;
  }
  await sendAway(id);
  return false;
}

/** A tab that finished opening after an exit: to the destination, and forgotten. */
async function sendAway(id: number): Promise<void> {
  const to = await settle(exitDestination.get(), 150, DEFAULT_DESTINATION);
  await attempt('sending an opened tab away', () => browser.tabs.update(id, { url: to }));
  await untrackTabs([id]);
}
