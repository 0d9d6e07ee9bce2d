import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { EXIT_MARK_KEY } from '@/components/exit/exitMark';
import { listenHeld, releaseHeld } from '@/components/exit/heldTabs';
import { leaveIfExitMissed } from '@/components/exit/missedExit';
import { openTracked } from '@/components/exit/openTracked';
import { silentOwnTabs } from '@/components/exit/ownTabs';
import {
  exitFromPage,
  exitFromPopup,
  forgetPrimed,
  leavePopup,
  primeActiveTab,
  primeExit,
} from '@/components/exit/routines';
import { exitFromWorker, leaveFromWorker } from '@/components/exit/workerExit';
import { openActiveTab, urlOf } from './helpers';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';

/**
 * Issue 22, part A: the exit reaches the guide's own pages that run no script (unloaded, or still
 * loading), a page that loads after an exit it missed leaves by itself, the popup page opened as a
 * tab is replaced (never closed), and a second exit from inside the guide's private window opens
 * no second cover.
 */

const NEUTRAL = 'https://weather.example.org/';
const options = () => fakeBrowser.runtime.getURL('/options.html');

beforeEach(async () => {
  forgetPrimed();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await exitDestination.set(NEUTRAL);
});

/** The options page in a tab of its own, with no page running in it (unloaded, or not started yet). */
async function silentOptionsTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: options(), active: false });
  return tab.id as number;
}

describe("the guide's own tabs that run no script", () => {
  it('are found by their address; a tab with a running page, or another site, is not', async () => {
    await openActiveTab('https://private.example.org/reading');
    const silent = await silentOptionsTab();
    const running = await silentOptionsTab();
    Object.assign(fakeBrowser.runtime, { getContexts: async () => [{ tabId: running }] });

    expect(await silentOwnTabs()).toEqual([silent]);
    Object.assign(fakeBrowser.runtime, { getContexts: async () => [] });
  });

  it('a tab that is loading is left alone: its page is replacing itself, or will find the exit on load', async () => {
    await openActiveTab('https://private.example.org/reading');
    const silent = await silentOptionsTab();
    const loading = await silentOptionsTab();
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    const spy = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(async (info) =>
        (await query(info)).map((tab) => (tab.id === loading ? { ...tab, status: 'loading' } : tab)),
      );

    expect(await silentOwnTabs()).toEqual([silent]);
    spy.mockRestore();
  });

  it('an exit from the popup sends them to the destination', async () => {
    await openActiveTab('https://private.example.org/reading');
    const silent = await silentOptionsTab();
    await primeExit();

    await exitFromPopup(vi.fn());

    expect(await urlOf(silent)).toBe(NEUTRAL);
  });

  it('so does an exit from the options page', async () => {
    await openActiveTab('https://private.example.org/reading');
    const silent = await silentOptionsTab();
    await primeExit();

    await exitFromPage(vi.fn());

    await vi.waitFor(async () => expect(await urlOf(silent)).toBe(NEUTRAL));
  });

  it('so do the keyboard command and the worker on LEAVE', async () => {
    await openActiveTab('https://private.example.org/reading');
    const first = await silentOptionsTab();
    await exitFromWorker();
    const second = await silentOptionsTab();

    await leaveFromWorker(NEUTRAL, [], undefined);

    expect(await urlOf(first)).toBe(NEUTRAL);
    expect(await urlOf(second)).toBe(NEUTRAL);
  });
});

describe('a page of the guide that loads after an exit it missed', () => {
  it('leaves for the destination, before it renders, when the exit came after its load began', async () => {
    await fakeBrowser.storage.session.set({ [EXIT_MARK_KEY]: Math.ceil(performance.timeOrigin) + 1 });
    const leave = vi.fn();

    expect(await leaveIfExitMissed(leave)).toBe(true);
    expect(leave).toHaveBeenCalledWith(NEUTRAL);
    expect(document.body.getAttribute('aria-hidden')).toBe('true');
    document.body.removeAttribute('style');
    document.body.removeAttribute('aria-hidden');
    document.body.inert = false;
  });

  it('starts as usual when the last exit came before its load began, or none is known', async () => {
    const leave = vi.fn();

    expect(await leaveIfExitMissed(leave)).toBe(false);
    await fakeBrowser.storage.session.set({ [EXIT_MARK_KEY]: Math.floor(performance.timeOrigin) - 1 });
    expect(await leaveIfExitMissed(leave)).toBe(false);
    expect(leave).not.toHaveBeenCalled();
  });
});

describe('the popup page opened as a tab', () => {
  const replace = () => vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);

  it('replaces itself with the destination instead of closing (no "Recently closed" entry)', () => {
    Object.assign(fakeBrowser.extension, { getViews: () => [] });
    const replaced = replace();
    const close = vi.fn();

    leavePopup(NEUTRAL, close);

    expect(replaced).toHaveBeenCalledWith(NEUTRAL);
    expect(close).not.toHaveBeenCalled();
  });

  it('the toolbar popup (listed by the browser as a popup view) closes', () => {
    Object.assign(fakeBrowser.extension, { getViews: () => [window] });
    const replaced = replace();
    const close = vi.fn();

    leavePopup(NEUTRAL, close);

    expect(close).toHaveBeenCalledOnce();
    expect(replaced).not.toHaveBeenCalled();
  });
});

describe('a second exit from inside the guide’s private window', () => {
  async function insidePrivateWindow() {
    allowPrivateWindows();
    openPrivateWindowsForReal();
    await openActiveTab('https://private.example.org/reading');
    await openTracked('https://help.example.org/chat');
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  }

  it('from the popup (pressed twice) opens one cover window, not two', async () => {
    await insidePrivateWindow();
    await primeExit();
    await primeActiveTab();
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockClear();

    await Promise.all([exitFromPopup(vi.fn()), exitFromPopup(vi.fn())]);

    expect(create).toHaveBeenCalledTimes(1);
  });

  it('from the keyboard command (pressed twice) opens one cover window, not two', async () => {
    await insidePrivateWindow();
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockClear();

    await Promise.all([exitFromWorker(), exitFromWorker()]);

    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('a tab the guide opened, held by "Leave site?" while not in front', () => {
  async function sentTab(active: boolean) {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ windowId: win?.id, url: 'https://help.example.org/chat', active });
    if (!active)
      await fakeBrowser.tabs.create({ windowId: win?.id, url: 'https://private.example.org/', active: true });
    return tab.id as number;
  }

  it('behind and still loading, it is left alone: a tab not brought to the front is not held', async () => {
    const id = await sentTab(false);
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue({ id: 4242 } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await releaseHeld([id], NEUTRAL, listenHeld(), 5);

    expect(discard).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('brought to the front to ask (both browsers do), a new tab covers it first, then it is unloaded and sent', async () => {
    const id = await sentTab(false);
    const watch = listenHeld();
    // The browser brings the held tab to the front, where it asks "Leave site?".
    await fakeBrowser.tabs.update(id, { active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: (await fakeBrowser.tabs.get(id)).windowId });
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue({ id: 4242 } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await releaseHeld([id], NEUTRAL, watch, 20);

    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: NEUTRAL, active: true }));
    expect(discard).toHaveBeenCalledWith(id);
    expect(create.mock.invocationCallOrder[0]).toBeLessThan(discard.mock.invocationCallOrder[0] ?? 0);
    // Chromium gives the unloaded tab a new id: that one is sent.
    expect(update).toHaveBeenCalledWith(4242, { url: NEUTRAL });
  });

  it('reported "complete" (Firefox 153 does, while it asks), brought to the front a moment later, it is released', async () => {
    const id = await sentTab(false);
    const watch = listenHeld();
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    let looks = 0;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (tabId) => {
      const tab = await get(tabId);
      if (tabId !== id) return tab;
      looks += 1;
      // After the first look, the browser brings the held tab to the front to ask.
      if (looks === 1) {
        await fakeBrowser.tabs.update(id, { active: true });
        await fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: tab.windowId });
      }
      return { ...tab, status: 'complete', active: looks > 1 };
    });
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue({ id: 4242 } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await releaseHeld([id], NEUTRAL, watch, 5);

    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: NEUTRAL, active: true }));
    expect(discard).toHaveBeenCalledWith(id);
    expect(update).toHaveBeenCalledWith(4242, { url: NEUTRAL });
  });

  it('seen loading, then done (it reached somewhere with no start reported), it is left alone in front', async () => {
    const id = await sentTab(false);
    const watch = listenHeld();
    await fakeBrowser.tabs.update(id, { active: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: (await fakeBrowser.tabs.get(id)).windowId });
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    let looks = 0;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (tabId) => {
      const tab = await get(tabId);
      if (tabId !== id) return tab;
      looks += 1;
      return { ...tab, status: looks === 1 ? 'loading' : 'complete', active: looks > 1 };
    });
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue({ id: 4242 } as never);

    await releaseHeld([id], NEUTRAL, watch, 5);

    expect(discard).not.toHaveBeenCalled();
  });

  it('in front already before the exit (a pop-up window’s only tab, still loading), it is left alone', async () => {
    const id = await sentTab(true);
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue({ id: 4242 } as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await releaseHeld([id], NEUTRAL, listenHeld(), 5);

    expect(discard).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('created in front after the exit began (an open that raced it), it is left alone', async () => {
    const watch = listenHeld();
    const id = await sentTab(true);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: (await fakeBrowser.tabs.get(id)).windowId });
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue({ id: 4242 } as never);

    await releaseHeld([id], NEUTRAL, watch, 5);

    expect(discard).not.toHaveBeenCalled();
  });

  it('a tab that started to leave is left alone', async () => {
    const id = await sentTab(false);
    const leaving = listenHeld();
    const discard = vi.spyOn(fakeBrowser.tabs, 'discard').mockResolvedValue(undefined as never);

    await fakeBrowser.tabs.update(id, { url: NEUTRAL });
    await releaseHeld([id], NEUTRAL, leaving, 20);

    expect(discard).not.toHaveBeenCalled();
  });
});
