import { browser } from 'wxt/browser';

/**
 * The tabs the extension opened (a helpline's chat or website, a topic's source), so quick exit
 * can send them away too. Kept in `storage.session`: gone when the browser closes, never synced,
 * never written to disk, and readable from every extension page, so no exit waits for the worker.
 *
 * One key per tab (`openedTab.<id>`), never a list: two tabs opened at once each write their own
 * key, and no write reads another's (a shared list lost one of two tabs opened a click apart).
 */
export const TRACKED_PREFIX = 'openedTab.';

const keyOf = (id: number) => `${TRACKED_PREFIX}${id}`;

/** The tab id behind a stored key, or undefined for any other key or a value that is not ours. */
export function trackedId(key: string, value: unknown): number | undefined {
  if (!key.startsWith(TRACKED_PREFIX) || value !== true) return undefined;
  const id = Number(key.slice(TRACKED_PREFIX.length));
  return Number.isSafeInteger(id) && id >= 0 && key === keyOf(id) ? id : undefined;
}

const idsIn = (items: Record<string, unknown>): number[] =>
  Object.entries(items).flatMap(([key, value]) => trackedId(key, value) ?? []);

export async function trackTab(id: number): Promise<void> {
  await browser.storage.session.set({ [keyOf(id)]: true });
}

/** Every tracked tab; a storage failure reads as none, and is logged. */
export async function trackedTabs(): Promise<number[]> {
  try {
    return idsIn(await browser.storage.session.get(null));
  } catch (error) {
    console.error('Could not read the opened tabs', error);
    return [];
  }
}

/** Forgets the given tabs, or every tracked tab. Never rejects: a failure is logged. */
export async function untrackTabs(ids?: readonly number[]): Promise<void> {
  try {
    const keys = ids
      ? ids.map(keyOf)
      : Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(TRACKED_PREFIX));
    if (keys.length > 0) await browser.storage.session.remove(keys);
  } catch (error) {
    console.error('Could not forget the opened tabs', error);
  }
}

/**
 * A live, in-memory copy of the tracked tabs, read ahead of any press so the exit itself waits
 * on nothing. Watches first, then reads; what a change said wins over an older read.
 */
export function primeTrackedTabs(): { ids(): number[]; stop(): void } {
  const known = new Map<number, boolean>();
  const heard = new Set<number>();
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const id = trackedId(key, true);
      if (id === undefined) continue;
      heard.add(id);
      known.set(id, trackedId(key, change.newValue) !== undefined);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  void trackedTabs().then((ids) => {
    for (const id of ids) if (!heard.has(id)) known.set(id, true);
  });
  return {
    ids: () => [...known].flatMap(([id, present]) => (present ? [id] : [])),
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}
