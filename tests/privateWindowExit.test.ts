import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { LEAVE } from '@/components/exit/messages';
import { openTracked } from '@/components/exit/openTracked';
import { PRIVATE_WINDOW_KEY } from '@/components/exit/privateWindow';
import { exitFromPage, exitFromPopup, forgetPrimed, primeActiveTab, primeExit } from '@/components/exit/routines';
import { closePrivateWindowToo, exitFromWorker } from '@/components/exit/workerExit';
import { openActiveTab, urlOf } from './helpers';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';

/** Quick exit closes the guide's private window, from every trigger, and whatever the browser does. */

const NEUTRAL = 'https://weather.example.org/';

const privateWindows = async () => (await fakeBrowser.windows.getAll()).filter((win) => win.incognito);

/**
 * A helpline's site open in the guide's private window, and the reader's own page. The window opened
 * last is in front (the fake browser cannot bring a window back to the front): by default the
 * reader's, as when the popup opens over it.
 */
async function arrange({ inPrivateWindow = false } = {}) {
  forgetPrimed();
  await exitDestination.set(NEUTRAL);
  allowPrivateWindows();
  openPrivateWindowsForReal();
  const openSite = () => openTracked('https://help.example.org/chat');
  if (inPrivateWindow) await openActiveTab('https://private.example.org/reading');
  else await openSite();
  const reading = inPrivateWindow ? undefined : await openActiveTab('https://private.example.org/reading');
  if (inPrivateWindow) await openSite();
  const [win] = await privateWindows();
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  return { reading: reading as Awaited<ReturnType<typeof openActiveTab>>, windowId: win?.id as number };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('every trigger closes the private window', () => {
  it('the popup button: in the same task as the active tab, and it says so to the others', async () => {
    const { windowId } = await arrange();
    await primeExit();
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    const done = exitFromPopup(vi.fn());
    const removedBeforeAnyAwait = remove.mock.calls.map(([id]) => id);
    await done;

    expect(removedBeforeAnyAwait).toEqual([windowId]);
    expect(await privateWindows()).toEqual([]);
    expect(heard).toHaveBeenCalledWith(
      expect.objectContaining({ type: LEAVE, closedWindow: windowId }),
      expect.anything(),
      expect.anything(),
    );
  });

  it('the popup, before anything was read ahead (its code still loading)', async () => {
    await arrange();

    await exitFromPopup(vi.fn());

    expect(await privateWindows()).toEqual([]);
  });

  it('the options page, in the task that replaces it', async () => {
    const { windowId } = await arrange();
    await primeExit();
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');

    await exitFromPage(vi.fn());

    expect(remove.mock.calls).toEqual([[windowId]]);
  });

  it('the options page, before anything was read ahead', async () => {
    await arrange();

    await exitFromPage(vi.fn());

    expect(await privateWindows()).toEqual([]);
  });

  it('the keyboard command, in the worker: the window closes and the active tab leaves', async () => {
    const { reading } = await arrange();

    await exitFromWorker();

    expect(await privateWindows()).toEqual([]);
    expect(await urlOf(reading.id)).toBe(NEUTRAL);
  });

  it('the worker closes it on LEAVE when the page that left did not know of it', async () => {
    await arrange();

    await closePrivateWindowToo(undefined, NEUTRAL);

    expect(await privateWindows()).toEqual([]);
  });

  it('the worker does not close it twice', async () => {
    const { windowId } = await arrange();
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');

    await closePrivateWindowToo(windowId, NEUTRAL);

    expect(remove).not.toHaveBeenCalled();
  });
});

describe('with no private window open', () => {
  it('a primed popup waits on nothing for it: its broadcast goes out in the same task', async () => {
    forgetPrimed();
    await exitDestination.set(NEUTRAL);
    await openActiveTab('https://private.example.org/reading');
    await primeExit();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');

    const done = exitFromPopup(vi.fn());
    const sentBeforeAnyAwait = send.mock.calls.map(([message]) => (message as unknown as { type: string }).type);
    await done;

    expect(sentBeforeAnyAwait).toEqual([LEAVE]);
  });
});

describe('when the reader is in the private window itself', () => {
  /** The private window in front, on the helpline's site. */
  const arrangeInside = async () => (await arrange({ inPrivateWindow: true })).windowId;

  it('the popup opens the destination in an ordinary window in front, then closes the private one', async () => {
    const windowId = await arrangeInside();
    await primeExit();
    await primeActiveTab();
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockClear();
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');

    await exitFromPopup(vi.fn());

    expect(create).toHaveBeenCalledWith({ url: NEUTRAL, incognito: false });
    expect(remove).toHaveBeenCalledWith(windowId);
    expect(create.mock.invocationCallOrder[0]).toBeLessThan(remove.mock.invocationCallOrder[0] ?? 0);
  });

  it.each([
    ['the private window: it covers it', true],
    ['another window: it adds none', false],
  ])('the popup that has not learnt the tab under it yet asks the tab it sent away; in %s', async (_, inside) => {
    const windowId = await arrangeInside();
    await primeExit();
    vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({ id: 99, windowId: inside ? windowId : 0 } as never);
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockClear();

    await exitFromPopup(vi.fn());

    expect(create.mock.calls).toEqual(inside ? [[{ url: NEUTRAL, incognito: false }]] : []);
    expect(await privateWindows()).toEqual([]);
  });

  it('so does the keyboard command', async () => {
    await arrangeInside();
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockClear();

    await exitFromWorker();

    expect(create).toHaveBeenCalledWith({ url: NEUTRAL, incognito: false });
    expect(await privateWindows()).toEqual([]);
  });

  it('but a popup over another window adds no window', async () => {
    await arrange();
    await primeExit();
    await primeActiveTab();
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockClear();

    await exitFromPopup(vi.fn());

    expect(create).not.toHaveBeenCalled();
  });
});

describe('failures', () => {
  it('windows.remove rejects: the popup exit still sends the tabs away and closes', async () => {
    const { reading } = await arrange();
    await primeExit();
    await primeActiveTab();
    vi.spyOn(fakeBrowser.windows, 'remove').mockRejectedValue(new Error('No window with id'));
    const close = vi.fn();

    await exitFromPopup(close);

    expect(close).toHaveBeenCalledOnce();
    expect(await urlOf(reading.id)).toBe(NEUTRAL);
  });

  it('windows.remove throws: the keyboard command still sends the tabs away, and resolves', async () => {
    const { reading } = await arrange();
    const [helpTab] = await fakeBrowser.tabs.query({ windowId: (await privateWindows())[0]?.id });
    vi.spyOn(fakeBrowser.windows, 'remove').mockImplementation(() => {
      throw new Error('Invalid call');
    });

    await expect(exitFromWorker()).resolves.toBeUndefined();

    expect(await urlOf(reading.id)).toBe(NEUTRAL);
    expect(await urlOf(helpTab?.id)).toBe(NEUTRAL);
  });

  it('windows.remove never answers: the popup still closes', async () => {
    await arrange();
    await primeExit();
    vi.spyOn(fakeBrowser.windows, 'remove').mockReturnValue(new Promise(() => undefined) as never);
    const close = vi.fn();
    vi.useFakeTimers();

    const done = exitFromPopup(close);
    await vi.advanceTimersByTimeAsync(2000);
    await done;

    vi.useRealTimers();
    expect(close).toHaveBeenCalledOnce();
  });

  it.each([
    ['garbage', 'banana'],
    ['a negative number', -1],
    ['a window that does not exist', 4242],
  ])('a stored id that is %s is ignored by every exit', async (_, value) => {
    await openActiveTab('https://private.example.org/');
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: value });
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');
    forgetPrimed();
    await primeExit();

    await exitFromPopup(vi.fn());
    await exitFromPage(vi.fn());
    await exitFromWorker();

    expect(remove).not.toHaveBeenCalled();
  });

  it('a stored id that names an ordinary window never closes it', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: tab.windowId });
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');
    forgetPrimed();
    await primeExit();

    await exitFromPopup(vi.fn());
    await exitFromWorker();

    expect(remove).not.toHaveBeenCalled();
  });
});
