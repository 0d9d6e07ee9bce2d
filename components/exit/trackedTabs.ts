import { browser } from 'wxt/browser';

/**
 * What quick exit must still reach: the tabs the extension opened (a helpline's chat or website, a
 * topic's source), the tabs those pages opened in turn, and private popup windows they opened.
 * Numeric ids only, never a URL or a title (PRODUCT.md, safety rule 3).
 *
 * Kept in `storage.local` under neutral keys, because `storage.session` is erased when the extension
 * is reloaded, updated, or disabled and enabled again (turning on "Allow in Incognito" reloads it),
 * and the exit must not forget a helpline tab then. They are cleared at every exit, when their tab
 * or window closes (followOpened.ts), and when the browser starts (tab ids restart each session and
 * could name one of the reader's own tabs). Readable from every extension page, so no exit waits for
 * the worker.
 *
 * One key per id (`openedTab.<id>`, `openedWindow.<id>`), never a list: two tabs opened at once each
 * write their own key, and no write reads another's (a shared list lost one of two tabs opened a
 * click apart).
 */
export const TRACKED_PREFIX = 'openedTab.';
export const WINDOW_PREFIX = 'openedWindow.';
/** The guide's own private window (privateWindow.ts): the same area, cleared with the rest. */
export const PRIVATE_WINDOW_KEY = 'privateWindow';

/** Where the ids live (see above). */
export const idArea = () => browser.storage.local;
export const ID_AREA_NAME = 'local';

const keyOf = (id: number) => `${TRACKED_PREFIX}${id}`;
const windowKeyOf = (id: number) => `${WINDOW_PREFIX}${id}`;

function idBehind(prefix: string, key: string, value: unknown): number | undefined {
  if (!key.startsWith(prefix) || value !== true) return undefined;
  const id = Number(key.slice(prefix.length));
  return Number.isSafeInteger(id) && id >= 0 && key === `${prefix}${id}` ? id : undefined;
}

/** The tab id behind a stored key, or undefined for any other key or a value that is not ours. */
export const trackedId = (key: string, value: unknown) => idBehind(TRACKED_PREFIX, key, value);
/** The window id behind a stored key, likewise. */
export const trackedWindowId = (key: string, value: unknown) => idBehind(WINDOW_PREFIX, key, value);

/** Whether a key of `storage.local` is one of the exit's ids (not a setting). */
export const isExitKey = (key: string): boolean =>
  key === PRIVATE_WINDOW_KEY || key.startsWith(TRACKED_PREFIX) || key.startsWith(WINDOW_PREFIX);

const idsIn = (items: Record<string, unknown>, of: typeof trackedId): number[] =>
  Object.entries(items).flatMap(([key, value]) => of(key, value) ?? []);

async function readAll(): Promise<Record<string, unknown>> {
  try {
    return await idArea().get(null);
  } catch (error) {
    console.error('Could not read saved ids', error);
    return {};
  }
}

export async function trackTab(id: number): Promise<void> {
  await idArea().set({ [keyOf(id)]: true });
}

export async function trackWindow(id: number): Promise<void> {
  await idArea().set({ [windowKeyOf(id)]: true });
}

/** Every tracked tab; a storage failure reads as none, and is logged. */
export async function trackedTabs(): Promise<number[]> {
  return idsIn(await readAll(), trackedId);
}

/** Every adopted window (a private popup a helpline page opened); a failure reads as none. */
export async function trackedWindows(): Promise<number[]> {
  return idsIn(await readAll(), trackedWindowId);
}

async function removeKeys(keys: string[], what: string): Promise<void> {
  try {
    if (keys.length > 0) await idArea().remove(keys);
  } catch (error) {
    console.error(`Could not remove ${what}`, error);
  }
}

/** Forgets the given tabs, or every tracked tab. Never rejects: a failure is logged. */
export async function untrackTabs(ids?: readonly number[]): Promise<void> {
  const keys = ids ? ids.map(keyOf) : Object.keys(await readAll()).filter((key) => key.startsWith(TRACKED_PREFIX));
  await removeKeys(keys, 'saved ids');
}

/** Forgets the given adopted windows. Never rejects. */
export const untrackWindows = (ids: readonly number[]): Promise<void> => removeKeys(ids.map(windowKeyOf), 'saved ids');

/**
 * Forgets every id the exit keeps: at every exit, and when the browser starts (before any exit can
 * read them: the worker does it on `runtime.onStartup`). Never rejects.
 */
export async function forgetEverything(): Promise<void> {
  await removeKeys(Object.keys(await readAll()).filter(isExitKey), 'saved ids');
}

/**
 * A live, in-memory copy of the tracked tabs and adopted windows, read ahead of any press so the
 * exit itself waits on nothing. Watches first, then reads; what a change said wins over an older read.
 */
export function primeTrackedTabs(): { ids(): number[]; windows(): number[]; stop(): void } {
  const known = new Map<string, boolean>();
  const heard = new Set<string>();
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== ID_AREA_NAME) return;
    for (const [key, change] of Object.entries(changes)) {
      if (trackedId(key, true) === undefined && trackedWindowId(key, true) === undefined) continue;
      heard.add(key);
      known.set(key, change.newValue === true);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  void readAll().then((items) => {
    for (const [key, value] of Object.entries(items)) {
      if (heard.has(key)) continue;
      if (trackedId(key, value) !== undefined || trackedWindowId(key, value) !== undefined) known.set(key, true);
    }
  });
  const present = (of: typeof trackedId) => [...known].flatMap(([key, here]) => (here ? (of(key, true) ?? []) : []));
  return {
    ids: () => present(trackedId),
    windows: () => present(trackedWindowId),
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}
