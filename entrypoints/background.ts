import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { exitFromWorker, leaveDestination, openTracked, openUrl, sendOpenedTabsAway } from '@/components/quickExit';

/** The keyboard command's name in the manifest (wxt.config.ts). */
export const EXIT_COMMAND = 'go-to-page';

export default defineBackground(() => {
  // Listeners are added synchronously on every start, so a command or message wakes a stopped
  // worker and still finds them. No state lives in worker globals.
  browser.commands.onCommand.addListener((command) => {
    if (command === EXIT_COMMAND) return exitFromWorker();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const leaveTo = leaveDestination(message);
    if (leaveTo) return void sendOpenedTabsAway(leaveTo);
    const url = openUrl(message);
    if (url) return openTracked(url);
  });
});
