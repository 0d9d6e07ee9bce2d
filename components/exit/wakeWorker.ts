import { browser } from '@wxt-dev/browser';

/**
 * The popup wakes the worker as soon as it opens (issue 22): an exit from the popup hands the
 * worker a watch on a tab that may ask "Leave site?", and a message whose sender has gone before a
 * sleeping worker woke is lost (the dialog can close the popup at once). Woken now, the worker is
 * listening by the time the reader presses anything. The worker answers nothing to it.
 *
 * Runs in the popup's first view, before any other module: WXT's thin `browser`, not the polyfill.
 */
export const WAKE = 'pocket-guide/wake';

export function wakeWorker(): void {
  try {
    void browser.runtime.sendMessage({ type: WAKE }).catch(() => undefined);
  } catch {
    // No worker to wake (the extension is being reloaded): the exit never depends on it.
  }
}
