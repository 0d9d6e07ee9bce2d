import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { LEAVE } from '@/components/exit/messages';
import { PRIVATE_WINDOW_KEY, storedPrivateWindow } from '@/components/exit/privateWindow';
import { exitFromPage, exitFromPopup, forgetPrimed, primeExit } from '@/components/exit/routines';
import { isExitKey, trackedTabs, trackedWindows, trackTab, trackWindow } from '@/components/exit/trackedTabs';
import { openActiveTab, urlOf } from './helpers';

/**
 * Issue 21, cases 2 and 3: what the exit knows survives a reload of the extension (the ids live in
 * storage.local, under neutral keys), is cleared at every exit, when its tab or window closes and at
 * browser start; and what a helpline page opens is followed like the page itself.
 */

const NEUTRAL = 'https://weather.example.org/';

/** Starts the worker as the browser does: import the entrypoint, run its main. */
async function startWorker() {
  vi.resetModules();
  Object.assign(fakeBrowser.commands, {
    onCommand: { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false },
  });
  const { default: background } = await import('@/entrypoints/background');
  background.main();
}

/** A reload, update or disable-enable of the extension: the session area is erased, the worker restarts. */
async function reloadExtension() {
  await fakeBrowser.storage.session.clear();
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onCreated.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  fakeBrowser.windows.onCreated.removeAllListeners();
  fakeBrowser.windows.onRemoved.removeAllListeners();
  fakeBrowser.runtime.onStartup.removeAllListeners();
  await startWorker();
}

const exitIds = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null))
    .filter(isExitKey)
    .sort();

beforeEach(async () => {
  await exitDestination.set(NEUTRAL);
  forgetPrimed();
});

describe('the id store', () => {
  it('keeps numeric ids only, under neutral keys, in storage.local (never the session area)', async () => {
    await trackTab(4);
    await trackWindow(9);

    expect(await fakeBrowser.storage.local.get(null)).toEqual(
      expect.objectContaining({ 'openedTab.4': true, 'openedWindow.9': true }),
    );
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('survives a reload of the extension: an exit from a fresh popup still sends the tab away', async () => {
    await openActiveTab('https://private.example.org/');
    const helpline = await fakeBrowser.tabs.create({ url: 'https://help.example.org/chat' });
    await trackTab(helpline.id ?? -1);

    await reloadExtension();
    await primeExit();
    await exitFromPopup(vi.fn());

    expect(await urlOf(helpline.id)).toBe(NEUTRAL);
  });

  it('is cleared at every exit: the popup’s, the page’s, and the worker’s on LEAVE', async () => {
    await startWorker();
    for (const exit of [() => exitFromPopup(vi.fn()), () => exitFromPage(vi.fn())]) {
      await openActiveTab('https://private.example.org/');
      await trackTab(31);
      await trackWindow(32);
      await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: 33 });
      await primeExit();

      await exit();

      await vi.waitFor(async () => expect(await exitIds()).toEqual([]));
    }
    // A LEAVE the worker hears (the page could not clear what it did not know of).
    await trackTab(41);
    await fakeBrowser.runtime.sendMessage({ type: LEAVE, destination: NEUTRAL });
    await vi.waitFor(async () => expect(await exitIds()).toEqual([]));
  });

  it('is cleared when the browser starts, before any exit reads it (ids restart with the browser)', async () => {
    await trackTab(5);
    await trackWindow(6);
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: 7, theme: 'dark' });
    await startWorker();

    await fakeBrowser.runtime.onStartup.trigger();

    await vi.waitFor(async () => expect(await exitIds()).toEqual([]));
    expect(await fakeBrowser.storage.local.get('theme')).toEqual({ theme: 'dark' });
  });

  it('forgets a tab when it closes, and a window when it closes', async () => {
    await startWorker();
    const tab = await fakeBrowser.tabs.create({ url: 'https://help.example.org/' });
    await trackTab(tab.id ?? -1);
    const win = await fakeBrowser.windows.create({ incognito: true, type: 'popup' });
    await trackWindow(win?.id ?? -1);

    await fakeBrowser.tabs.remove(tab.id ?? -1);
    await fakeBrowser.windows.remove(win?.id ?? -1);

    await vi.waitFor(async () => expect(await exitIds()).toEqual([]));
  });
});

describe('what a helpline page opens follows the exit', () => {
  it('a tab opened from a tracked tab is tracked, and so is the tab that one opens', async () => {
    await startWorker();
    await trackTab(10);

    await fakeBrowser.tabs.onCreated.trigger({ id: 11, openerTabId: 10 } as never);
    await vi.waitFor(async () => expect(await trackedTabs()).toEqual([10, 11]));
    await fakeBrowser.tabs.onCreated.trigger({ id: 12, openerTabId: 11 } as never);

    await vi.waitFor(async () => expect(await trackedTabs()).toEqual([10, 11, 12]));
  });

  it('a tab the reader opens from one of their own tabs, or with no opener, is not', async () => {
    await startWorker();
    await trackTab(10);

    await fakeBrowser.tabs.onCreated.trigger({ id: 21, openerTabId: 20 } as never);
    await fakeBrowser.tabs.onCreated.trigger({ id: 22 } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await trackedTabs()).toEqual([10]);
  });

  /** The guide's private window, open (the fake browser keeps `incognito`). */
  const guideWindow = async () => {
    const win = await fakeBrowser.windows.create({ incognito: true });
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: win?.id });
    return win?.id as number;
  };

  it('a private popup window created while the guide’s private window is open is adopted, and the exit closes it', async () => {
    await startWorker();
    await openActiveTab('https://private.example.org/');
    const guide = await guideWindow();
    const popup = await fakeBrowser.windows.create({ incognito: true, type: 'popup' });
    await vi.waitFor(async () => expect(await trackedWindows()).toEqual([popup?.id]));

    await primeExit();
    await exitFromPopup(vi.fn());

    const open = (await fakeBrowser.windows.getAll()).map((win) => win.id);
    expect(open).not.toContain(popup?.id);
    expect(open).not.toContain(guide);
  });

  it.each([
    ['a private window of type normal (the reader’s own)', { incognito: true, type: 'normal' }, true],
    ['an ordinary popup window', { incognito: false, type: 'popup' }, true],
    ['a private popup while the guide has no private window', { incognito: true, type: 'popup' }, false],
  ] as const)('%s is never adopted', async (_, data, withGuideWindow) => {
    await startWorker();
    if (withGuideWindow) await guideWindow();

    await fakeBrowser.windows.create(data);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await trackedWindows()).toEqual([]);
  });

  it('the guide’s own window is never adopted as a popup of itself', async () => {
    await startWorker();
    const guide = await guideWindow();

    await fakeBrowser.windows.onCreated.trigger({ id: guide, incognito: true, type: 'popup' } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await trackedWindows()).toEqual([]);
    expect(await storedPrivateWindow()).toBe(guide);
  });
});

describe('a tracked tab that shows one of the guide’s own pages', () => {
  it('is left to replace itself: neither the page’s exit nor the worker’s navigates it', async () => {
    await openActiveTab('https://private.example.org/');
    const options = await fakeBrowser.tabs.create({ url: 'chrome-extension://id/options.html' });
    // Opened while a helpline tab was in front, it named that tab as its opener, and was tracked.
    await trackTab(options.id ?? -1);
    const runtime = fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> };
    vi.spyOn(runtime, 'getContexts').mockResolvedValue([{ tabId: options.id, contextType: 'TAB' }]);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await primeExit();
    await new Promise((resolve) => setTimeout(resolve, 10));

    await exitFromPage(vi.fn());
    await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: LEAVE, destination: NEUTRAL });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(update).not.toHaveBeenCalledWith(options.id, expect.anything());
  });
});
