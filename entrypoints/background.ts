import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { adoptPopupWindow, followOpenedTab, forgetClosedTab, forgetClosedWindow } from '@/components/exit/followOpened';
import { keepAwake } from '@/components/exit/keepAwake';
import {
  alreadyClosed,
  alreadySent,
  leaveAt,
  leaveDestination,
  openInOrdinaryTab,
  openRequestedAt,
  openUrl,
  watchRequest,
} from '@/components/exit/messages';
import { forgetPrivateWindow } from '@/components/exit/openPrivate';
import { answerOpen, openTracked } from '@/components/exit/openTracked';
import { EXIT_COMMAND } from '@/components/exit/shortcut';
import { forgetEverything } from '@/components/exit/trackedTabs';
import { watchLeaving } from '@/components/exit/watchLeaving';
import { exitFromWorker, leaveFromWorker } from '@/components/exit/workerExit';
import { reapplyDisguise } from '@/components/settings/disguise';
import { languageChoice } from '@/components/ui/languageChoice';

/** How long after a start the disguise waits, so that a command that woke the worker goes first. */
const LOOK_AFTER_MS = 200;

export default defineBackground(() => {
  // Listeners are added synchronously on every start, so a command or message wakes a stopped
  // worker and still finds them. No state lives in worker globals.
  // The browser passes the tab the command was pressed over: no query to wait for. Every exit keeps
  // the worker running until it is done (Firefox stops an idle background mid-await: keepAwake.ts).
  let commandExit: Promise<void> | undefined;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== EXIT_COMMAND) return;
    commandExit = keepAwake(exitFromWorker(tab));
    return commandExit;
  });
  // The browser forgets the disguise when the extension is disabled and enabled again, and says
  // nothing then (neither onStartup nor onInstalled): put it back on every start, after the exit
  // when the keyboard command is what woke the worker.
  setTimeout(() => void Promise.resolve(commandExit).then(reapplyDisguise), LOOK_AFTER_MS);
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
    const leaveTo = leaveDestination(message);
    if (leaveTo) {
      return void keepAwake(leaveFromWorker(leaveTo, alreadySent(message), alreadyClosed(message), leaveAt(message)));
    }
    const watch = watchRequest(message);
    // Answer at once, so the popup knows the worker has it; the watch goes on after the popup closes.
    if (watch) return void keepAwake(watchLeaving(watch.tabId, watch.destination));
    const url = openUrl(message);
    if (url) return answerOpen(openTracked(url, openRequestedAt(message), openInOrdinaryTab(message)), sendResponse);
  });
  // What a helpline page opens follows the exit; what closes is forgotten (followOpened.ts).
  browser.tabs.onCreated.addListener((tab) => void followOpenedTab(tab));
  browser.windows.onCreated.addListener((win) => void adoptPopupWindow(win));
  browser.tabs.onRemoved.addListener((tabId) => void forgetClosedTab(tabId));
  // The guide's private window was closed (by hand, or by quick exit): the next site opens a new one.
  browser.windows.onRemoved.addListener((windowId) => {
    void forgetPrivateWindow(windowId);
    void forgetClosedWindow(windowId);
  });
  browser.runtime.onStartup.addListener(() => {
    // Tab and window ids restart with the browser: the exit's kept ids could name the reader's own.
    void forgetEverything();
    void reapplyDisguise();
  });
  // The browser forgets a changed toolbar icon and title when it restarts, and when the
  // extension is installed or updated: put the chosen disguise back.
  browser.runtime.onInstalled.addListener(() => void reapplyDisguise());
  // A new language renames the disguise too (its tooltip is in the reader's language).
  languageChoice.watch(() => void reapplyDisguise());
});
