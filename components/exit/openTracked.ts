import { browser } from 'wxt/browser';
import { attempt } from './attempt';
import { OPEN, type OpenMessage } from './messages';
import { trackTab } from './trackedTabs';

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
