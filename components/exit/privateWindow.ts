import { browser } from 'wxt/browser';
import { attempt } from './attempt';
import { ID_AREA_NAME, idArea, PRIVATE_WINDOW_KEY } from './trackedTabs';

export { PRIVATE_WINDOW_KEY };

/**
 * The private window the guide opens sites in, when the reader has allowed the extension in private
 * windows (openPrivate.ts), so that quick exit can close it. Its id is one key kept with the tabs'
 * (trackedTabs.ts: it outlives a reload of the extension, is cleared at every exit and at browser
 * start, never synced); only the worker writes it, one open at a time.
 *
 * A stored id is believed only once the browser confirms it names a private window: an id that is
 * stale, corrupted or points at an ordinary window is ignored, so quick exit can never close a
 * window the reader opened themselves.
 */

/** A window id, or undefined for anything that cannot be one. */
export const windowIdOf = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/** Whether the reader has allowed the extension in private windows; a failure reads as no. */
export async function privateWindowsAllowed(): Promise<boolean> {
  return (await attempt('asking about private windows', () => browser.extension.isAllowedIncognitoAccess())) === true;
}

/** The stored id as it is, unconfirmed; a storage failure reads as none, and is logged. */
export async function storedPrivateWindow(): Promise<number | undefined> {
  try {
    const items = await idArea().get(PRIVATE_WINDOW_KEY);
    return windowIdOf(items[PRIVATE_WINDOW_KEY]);
  } catch (error) {
    console.error('Could not read a saved id', error);
    return undefined;
  }
}

/** `id` if the browser says it is an open private window, else undefined. Never rejects. */
export async function confirmedPrivateWindow(id: number | undefined): Promise<number | undefined> {
  if (id === undefined) return undefined;
  const found = (await attempt('finding the private window', () => browser.windows.get(id))) as
    | { incognito?: boolean }
    | undefined;
  return found?.incognito === true ? id : undefined;
}

/** The guide's private window, if one is open. */
export const openPrivateWindow = async (): Promise<number | undefined> =>
  confirmedPrivateWindow(await storedPrivateWindow());

/** Closes the guide's private window (its tabs leave no history and no "Recently closed" entry). */
export function closePrivateWindow(id: number | undefined): Promise<unknown> {
  if (id === undefined) return Promise.resolve();
  return attempt('closing the private window', () => browser.windows.remove(id));
}

/**
 * A live, in-memory copy of the guide's private window, read ahead of any press so the exit itself
 * waits on nothing (like primeTrackedTabs). Watches first, then reads; the latest word wins.
 */
export function primePrivateWindow(): {
  id(): number | undefined;
  /** Whether `id()` is the browser's latest word (false while a read or a check is under way). */
  settled(): boolean;
  ready: Promise<void>;
  stop(): void;
} {
  let known: number | undefined;
  let heard = false;
  let latest = 0;
  let settled = false;
  const adopt = async (value: unknown) => {
    const turn = ++latest;
    settled = false;
    const id = await confirmedPrivateWindow(windowIdOf(value));
    if (turn !== latest) return;
    known = id;
    settled = true;
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== ID_AREA_NAME || !(PRIVATE_WINDOW_KEY in changes)) return;
    heard = true;
    void adopt(changes[PRIVATE_WINDOW_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  const ready = storedPrivateWindow().then((id) => (heard ? undefined : adopt(id)));
  return {
    id: () => known,
    settled: () => settled,
    ready,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}
