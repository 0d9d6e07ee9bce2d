import { browser } from 'wxt/browser';

/**
 * In the worker: keeps it running while a piece of work is under way. Firefox runs the background
 * as an event page and stops it once it has neither made a browser call nor received an event for
 * a while (`extensions.background.idle.timeout`: 30 s; 1 s in the e2e suites), even with an `await`
 * still pending: the rest of the work never runs. Measured in Firefox 153: an open that awaited
 * `windows.create` longer than that left the private window at about:blank, never sent to the site
 * and never remembered (quick exit could not close it); the page that asked was told "Receiving end
 * does not exist". Each browser call starts that wait again (in Chrome too: a call extends the
 * service worker's life), so while the work runs the worker makes a harmless one every AWAKE_EVERY_MS,
 * for at most AWAKE_MAX_MS (a browser call that never answers does not keep it up for ever).
 */

/** Firefox's shortest wait (its minimum; 30 s by default, 1 s in the e2e suites): a few calls a second. */
export const AWAKE_EVERY_MS = 100;
/** Longer than any open or exit takes, even on a busy machine (an open's turn waits 15 s at most). */
export const AWAKE_MAX_MS = 60_000;

/** Resolves as `work` does; until then, and for at most AWAKE_MAX_MS, keeps the worker running. */
export function keepAwake<T>(work: Promise<T>): Promise<T> {
  const until = Date.now() + AWAKE_MAX_MS;
  const timer = setInterval(() => {
    if (Date.now() > until) {
      clearInterval(timer);
      return;
    }
    // Answered by the browser itself, needs no permission, reveals nothing: only the call counts.
    try {
      void browser.runtime.getPlatformInfo().catch(() => undefined);
    } catch {
      // Nothing to do: the next tick tries again.
    }
  }, AWAKE_EVERY_MS);
  return work.finally(() => clearInterval(timer));
}
