import { browser } from 'wxt/browser';
import { settle } from './attempt';

/**
 * The exit counter: when the last exit happened, so that a site asked for before it never opens
 * after it. Every exit raises it, whoever runs it (the popup, an extension page, the keyboard
 * command in the worker), and writes it itself in the same task: a page that runs the exit while the
 * worker sleeps does not depend on its message reaching the worker. It is a time, not a count: a
 * page can raise it without reading it first (one write, no race between two exits), and an open
 * compares it with the moment it was asked for, which the page that asked carries in its message
 * (a request can reach a waking worker after the exit that followed it).
 *
 * Kept in `storage.session` (it survives the worker sleeping, never reaches the disk): an open in
 * flight does not outlive a reload of the extension, so neither does the mark. The key is neutral.
 */
export const EXIT_MARK_KEY = 'lastSwitch';

/** How long an open waits for the mark before it goes on as if no exit happened. */
const MARK_TIMEOUT_MS = 150;

/** Raised by this context (the worker remembers its own exits even if storage fails). */
let markedHere = 0;

const markOf = (value: unknown): number =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : 0;

/** Raises the counter to now. Synchronous up to the storage call; never rejects. */
export function markExit(at: number = Date.now()): Promise<unknown> {
  markedHere = Math.max(markedHere, at);
  try {
    return browser.storage.session.set({ [EXIT_MARK_KEY]: at }).catch((error: unknown) => {
      console.warn('Could not save a time', error);
    });
  } catch (error) {
    console.warn('Could not save a time', error);
    return Promise.resolve();
  }
}

/** Whether this context has run an exit itself (raised the counter). */
export const exitedHere = (): boolean => markedHere > 0;

/** When the last exit happened (0: none known). A failing or hanging read gives what this context knows. */
export async function lastExit(): Promise<number> {
  const read = browser.storage.session.get(EXIT_MARK_KEY).then((items) => markOf(items[EXIT_MARK_KEY]));
  return Math.max(markedHere, await settle(read, MARK_TIMEOUT_MS, 0));
}

/**
 * A mark further ahead of this clock than this was written before the clock was set back (a time
 * sync): it is ignored, or no site would open until the clock caught up with it.
 */
const AHEAD_MS = 60_000;

/** Whether an exit happened at or after `requestedAt` (the same millisecond counts: the exit wins). */
export async function exitedSince(requestedAt: number): Promise<boolean> {
  const mark = await lastExit();
  return mark >= requestedAt && mark <= Date.now() + AHEAD_MS;
}

/** Forget what this context knows (tests). */
export function forgetMarks(): void {
  markedHere = 0;
}
