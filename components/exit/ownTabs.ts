import { browser } from 'wxt/browser';
import { attempt, settle } from './attempt';
import { ownPageTabs } from './leaving';

/**
 * The guide's own pages that cannot hear an exit: a tab unloaded to save memory (Chrome's Memory
 * Saver or `tabs.discard`, which gives the tab a new id; Firefox's tab unloading, which keeps it) or
 * one whose page has not started yet runs no script, so it never hears LEAVE and the browser lists
 * no page for it (`runtime.getContexts`). It stays in the tab strip as the guide, and shows the
 * guide again when clicked. Both browsers give the address of the extension's own tabs without the
 * `tabs` permission (measured: Chromium 156, Firefox 153), so the exit finds them by address, and
 * sends them to the destination itself. A page that is running replaces itself (it hears LEAVE, or
 * finds on load that an exit happened while it loaded: missedExit.ts), so it is left alone; so is a
 * tab that is loading: its page is either replacing itself already (Firefox can drop it from
 * `getContexts` while its address still reads as the guide's, and a second navigation then adds a
 * History entry that Back would return to: measured, the options page's Shift×3 test) or about to
 * run and find the exit on load. `status` needs no `tabs` permission.
 */

/** How long the exit waits for the browser's list of tabs. */
const LIST_MS = 300;

/** Tabs showing one of this extension's pages with no page running in them. Failures read as none. */
export async function silentOwnTabs(): Promise<number[]> {
  const origin = browser.runtime.getURL('/');
  const [tabs, running] = await Promise.all([
    attempt('listing tabs', () => browser.tabs.query({})) as Promise<
      { id?: number; url?: string; pendingUrl?: string; status?: string }[] | undefined
    >,
    ownPageTabs(),
  ]);
  return (tabs ?? []).flatMap((tab) => {
    const address = tab.url || tab.pendingUrl || '';
    const silent = tab.id !== undefined && !running.includes(tab.id) && tab.status !== 'loading';
    return silent && address.startsWith(origin) ? [tab.id as number] : [];
  });
}

/** Sends every silent tab of the guide to `to` (a navigation, never a close). Never rejects. */
export async function sendSilentOwnTabsAway(to: string): Promise<void> {
  const ids = await settle(silentOwnTabs(), LIST_MS, []);
  await Promise.all(ids.map((id) => attempt('sending a tab away', () => browser.tabs.update(id, { url: to }))));
}
