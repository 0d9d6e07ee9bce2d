import { browser } from 'wxt/browser';
import { attempt } from './attempt';
import { exitedSince } from './exitMark';
import { OPEN, type OpenMessage } from './messages';
import { goUnlessLeft } from './openGuard';
import { openInPrivateWindow } from './openPrivate';
import { privateWindowsAllowed } from './privateWindow';
import { trackTab } from './trackedTabs';

/**
 * In the worker: open a site the reader chose (a helpline's chat or website, a topic's source) so
 * that quick exit can reach it. In the guide's private window when the reader has allowed the
 * extension there (it leaves no history, and quick exit closes it); otherwise, or if that fails,
 * in a new tab that quick exit will send away. The browser's answer is asked at every open: the
 * reader can change it at any time, and the guide stores nothing about it.
 *
 * An open asked for before an exit never completes after it (exitMark.ts): every tab or window is
 * created at about:blank and tracked first, the exit counter is checked after each await, and the
 * site is asked for only if no exit happened since the reader asked; a tab that finishes opening
 * after an exit goes to the destination (never closed: a closed tab lands in "Recently closed").
 */
export async function openTracked(url: string, requestedAt: number = Date.now()): Promise<void> {
  const left = () => exitedSince(requestedAt);
  const allowed = await privateWindowsAllowed();
  if (await left()) return;
  if (allowed && (await openInPrivateWindow(url, left))) return;
  if (await left()) return;
  const tab = (await attempt('opening a tab', () => browser.tabs.create({ url: 'about:blank', active: true }))) as
    | { id?: number }
    | undefined;
  if (tab?.id === undefined) return;
  const id = tab.id;
  await attempt('remembering an opened tab', () => trackTab(id));
  await goUnlessLeft(id, url, left);
}

/** In a page: ask the worker to open `url` (the popup closes as soon as the new tab takes focus). */
export function requestOpen(url: string): Promise<unknown> {
  const message: OpenMessage = { type: OPEN, url, at: Date.now() };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
