import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { EXIT_MARK_KEY, exitedSince, forgetMarks, lastExit, markExit } from '@/components/exit/exitMark';
import { OPEN, openRequestedAt } from '@/components/exit/messages';
import { openTracked, requestOpen } from '@/components/exit/openTracked';
import { storedPrivateWindow } from '@/components/exit/privateWindow';
import { exitFromPage, exitFromPopup, forgetPrimed, primeExit } from '@/components/exit/routines';
import { trackedTabs } from '@/components/exit/trackedTabs';
import { exitFromWorker, leaveFromWorker } from '@/components/exit/workerExit';
import { openActiveTab, urlOf } from './helpers';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';

/**
 * Issue 21, case 1: a site asked for before an exit never opens after it, and one asked for after it
 * opens as usual. Every exit raises the counter (components/exit/exitMark.ts) itself; every open
 * creates its tab at about:blank and checks the counter after each await.
 */

const NEUTRAL = 'https://weather.example.org/';
const CHAT = 'https://help.example.org/chat';

/** What the session area says the last exit was (0: none). */
const storedMark = async () => ((await fakeBrowser.storage.session.get(EXIT_MARK_KEY))[EXIT_MARK_KEY] as number) ?? 0;

const allTabs = () => fakeBrowser.tabs.query({});
const privateWindows = async () => (await fakeBrowser.windows.getAll()).filter((win) => win.incognito);

describe('the exit counter', () => {
  it('an exit at or after the request counts; one before it does not', async () => {
    await markExit(1_000);

    expect(await exitedSince(999)).toBe(true);
    expect(await exitedSince(1_000)).toBe(true);
    expect(await exitedSince(1_001)).toBe(false);
  });

  it('is kept where a sleeping worker finds it: written to the session area, read back by a fresh context', async () => {
    const at = Date.now();
    await markExit(at);
    forgetMarks(); // What a worker started afresh knows.

    expect(await storedMark()).toBe(at);
    expect(await lastExit()).toBe(at);
  });

  it('a mark far ahead of the clock (written before the clock was set back) stops no open', async () => {
    await markExit(Date.now() + 3_600_000);

    expect(await exitedSince(Date.now())).toBe(false);
  });

  it('garbage in the session area reads as "no exit"', async () => {
    await fakeBrowser.storage.session.set({ [EXIT_MARK_KEY]: 'yesterday' });

    expect(await lastExit()).toBe(0);
  });

  it.each([
    ['the popup', () => exitFromPopup(vi.fn())],
    ['the options page', () => exitFromPage(vi.fn())],
    ['the keyboard command (in the worker)', () => exitFromWorker()],
  ])('%s raises it itself, needing no worker awake', async (_, exit) => {
    await openActiveTab('https://private.example.org/');
    await exitDestination.set(NEUTRAL);
    forgetPrimed();
    await primeExit();
    const before = Date.now();

    await exit();

    await vi.waitFor(async () => expect(await storedMark()).toBeGreaterThanOrEqual(before));
  });

  it('the worker raises it on LEAVE to the time the page says the exit happened', async () => {
    await leaveFromWorker(NEUTRAL, [], undefined, 12_345);

    expect(await storedMark()).toBe(12_345);
  });

  it('an OPEN message carries when the reader asked; a missing or future time reads as now', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    const before = Date.now();
    await requestOpen(CHAT);
    const sent = send.mock.calls[0]?.[0] as unknown as { at: number };

    expect(sent.at).toBeGreaterThanOrEqual(before);
    expect(openRequestedAt({ type: OPEN, url: CHAT, at: 500 }, 1_000)).toBe(500);
    expect(openRequestedAt({ type: OPEN, url: CHAT }, 1_000)).toBe(1_000);
    expect(openRequestedAt({ type: OPEN, url: CHAT, at: 5_000 }, 1_000)).toBe(1_000);
    expect(openRequestedAt({ type: OPEN, url: CHAT, at: 'soon' }, 1_000)).toBe(1_000);
  });
});

describe('an open asked for before an exit, in a tab', () => {
  it('that has not started when the exit comes opens nothing', async () => {
    await openActiveTab('https://private.example.org/');
    const requested = Date.now();
    // The exit lands while the worker asks the browser about private windows (its first await).
    vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockImplementation((async () => {
      await markExit();
      return false;
    }) as never);
    const before = (await allTabs()).length;

    await openTracked(CHAT, requested);

    expect(await allTabs()).toHaveLength(before);
    expect(await trackedTabs()).toEqual([]);
  });

  it('whose tab appears after the exit: the tab goes to the destination, is never closed, and is forgotten', async () => {
    await openActiveTab('https://private.example.org/');
    await exitDestination.set(NEUTRAL);
    const requested = Date.now();
    const create = fakeBrowser.tabs.create.bind(fakeBrowser.tabs);
    const spy = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async (props: never) => {
      const tab = await create(props);
      await markExit();
      return tab;
    }) as never);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    await openTracked(CHAT, requested);

    expect(spy).toHaveBeenCalledWith({ url: 'about:blank', active: true });
    const opened = (await spy.mock.results[0]?.value) as { id: number };
    expect(await urlOf(opened.id)).toBe(NEUTRAL);
    expect(update).not.toHaveBeenCalledWith(opened.id, { url: CHAT });
    expect(remove).not.toHaveBeenCalled();
    expect(await trackedTabs()).toEqual([]);
  });

  it('an exit that comes just after the site was asked for still sends the tab away', async () => {
    await openActiveTab('https://private.example.org/');
    await exitDestination.set(NEUTRAL);
    const requested = Date.now();
    const update = fakeBrowser.tabs.update.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (id: number, props: { url: string }) => {
      const tab = await update(id, props);
      if (props.url === CHAT) await markExit();
      return tab;
    }) as never);

    await openTracked(CHAT, requested);

    const opened = (await allTabs()).at(-1);
    expect(await urlOf(opened?.id)).toBe(NEUTRAL);
  });

  it('an open asked for after the exit opens the site as usual', async () => {
    await openActiveTab('https://private.example.org/');
    await markExit(Date.now() - 10);

    await openTracked(CHAT, Date.now());

    const opened = (await allTabs()).at(-1);
    expect(await urlOf(opened?.id)).toBe(CHAT);
    expect(await trackedTabs()).toEqual([opened?.id]);
  });
});

describe('an open asked for before an exit, in the guide’s private window', () => {
  it('a window that finishes opening after the exit is closed', async () => {
    allowPrivateWindows();
    // As a real browser answers (openPrivateWindowsForReal), and the exit lands meanwhile.
    const create = fakeBrowser.windows.create.bind(fakeBrowser.windows);
    const windowsCreate = vi.spyOn(fakeBrowser.windows, 'create').mockImplementation((async (data: { url: string }) => {
      const win = await create(data as never);
      const tab = await fakeBrowser.tabs.create({ windowId: win?.id, url: data.url, active: true });
      await markExit();
      return { ...win, tabs: [tab] };
    }) as never);
    const requested = Date.now();

    await openTracked(CHAT, requested);

    expect(windowsCreate).toHaveBeenCalledWith({ incognito: true, url: 'about:blank', focused: true });
    expect(await privateWindows()).toEqual([]);
  });

  it('when the exit has just closed the guide’s window, no new private window replaces it', async () => {
    allowPrivateWindows();
    openPrivateWindowsForReal();
    await openTracked('https://help.example.org/first');
    const [win] = await privateWindows();
    expect(await storedPrivateWindow()).toBe(win?.id);
    const requested = Date.now();
    // The exit closes the window while the open is asking for a tab in it.
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => {
      await markExit();
      await fakeBrowser.windows.remove(win?.id ?? -1);
      throw new Error('No window with id');
    }) as never);
    const windowsCreate = vi.mocked(fakeBrowser.windows.create);
    windowsCreate.mockClear();

    await openTracked(CHAT, requested);

    expect(windowsCreate).not.toHaveBeenCalled();
    expect(await privateWindows()).toEqual([]);
  });
});
