import { browser } from 'wxt/browser';
import { attempt } from './attempt';
import { exitedSince } from './exitMark';
import { keepAwake } from './keepAwake';
import { OPEN, type OpenMessage } from './messages';
import { goUnlessLeft } from './openGuard';
import { openInPrivateWindow } from './openPrivate';
import { privateWindowsAllowed } from './privateWindow';
import { trackTab } from './trackedTabs';

/**
 * In the worker: open a site the reader chose (a helpline's chat or website, a topic's source) so
 * that quick exit can reach it. In the guide's private window when the reader has allowed the
 * extension there (it leaves no history, and quick exit closes it); otherwise in a new tab that
 * quick exit will send away. The browser's answer is asked at every open: the reader can change it
 * at any time, and the guide stores nothing about it. When the private window
 * cannot be opened, nothing opens: the answer says so, the page tells the reader, and an ordinary
 * tab opens only if the reader then chooses it (`ordinary`).
 *
 * An open asked for before an exit never completes after it (exitMark.ts): every tab or window is
 * created at about:blank and tracked first, the exit counter is checked after each await, and the
 * site is asked for only if no exit happened since the reader asked; a tab that finishes opening
 * after an exit goes to the destination (never closed: a closed tab lands in "Recently closed").
 */
export function openTracked(
  url: string,
  requestedAt: number = Date.now(),
  ordinary = false,
): Promise<OpenAnswer | undefined> {
  // Firefox would stop the worker mid-open (an event page idle while a window opens): keepAwake.ts.
  return keepAwake(openNow(url, requestedAt, ordinary));
}

async function openNow(url: string, requestedAt: number, ordinary: boolean): Promise<OpenAnswer | undefined> {
  const left = () => exitedSince(requestedAt);
  const allowed = !ordinary && (await privateWindowsAllowed());
  if (await left()) return;
  if (allowed) {
    // Never an ordinary tab after the guide said "private window": the reader is told and chooses.
    if (await openInPrivateWindow(url, left)) return;
    return { notOpened: 'privateWindow' };
  }
  if (await left()) return;
  const tab = (await attempt('opening a tab', () => browser.tabs.create({ url: 'about:blank', active: true }))) as
    | { id?: number }
    | undefined;
  if (tab?.id === undefined) return;
  const id = tab.id;
  await attempt('remembering an opened tab', () => trackTab(id));
  await goUnlessLeft(id, url, left);
}

/**
 * The worker's answer to an OPEN it could not carry out: the private window could not be opened
 * (private windows turned off by a policy or a parental-control account, or the wait ran out), so
 * nothing opened.
 */
export interface OpenAnswer {
  notOpened: 'privateWindow';
}

/**
 * In the worker: answers the page that sent OPEN once the open is done, through `sendResponse`
 * (which every browser and the polyfill keep; a returned promise is not everywhere an answer).
 * Returns true: "an answer follows".
 */
export function answerOpen(work: Promise<OpenAnswer | undefined>, sendResponse: (answer: unknown) => void): true {
  void work.then(sendResponse, () => sendResponse(undefined));
  return true;
}

/** Whether the worker's answer says the private window could not open. */
export const privateWindowFailed = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && (answer as OpenAnswer).notOpened === 'privateWindow';

/**
 * In a page: ask the worker to open `url` (the popup closes as soon as the new tab takes focus);
 * `ordinary` when the reader chose an ordinary tab. Resolves the worker's answer.
 */
export function requestOpen(url: string, ordinary = false): Promise<unknown> {
  const message: OpenMessage = { type: OPEN, url, at: Date.now(), ...(ordinary && { ordinary }) };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
