import { browser } from 'wxt/browser';
import { attempt } from './attempt';
import { OPEN, type OpenMessage } from './messages';
import { openInPrivateWindow } from './openPrivate';
import { privateWindowsAllowed } from './privateWindow';
import { trackTab } from './trackedTabs';

/**
 * In the worker: open a site the reader chose (a helpline's chat or website, a topic's source) so
 * that quick exit can reach it. In the guide's private window when the reader has allowed the
 * extension there (it leaves no history, and quick exit closes it); otherwise, or if that fails,
 * in a new tab that quick exit will send away. The browser's answer is asked at every open: the
 * reader can change it at any time, and the guide stores nothing about it.
 */
export async function openTracked(url: string): Promise<void> {
  if ((await privateWindowsAllowed()) && (await openInPrivateWindow(url))) return;
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
