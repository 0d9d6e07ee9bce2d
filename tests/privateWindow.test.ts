import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wait } from '@/components/exit/attempt';
import { TURN_MS } from '@/components/exit/openPrivate';
import { openTracked } from '@/components/exit/openTracked';
import { PRIVATE_WINDOW_KEY, primePrivateWindow, storedPrivateWindow } from '@/components/exit/privateWindow';
import { trackedTabs } from '@/components/exit/trackedTabs';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';

/**
 * Sites the guide opens (helplines, topic sources) go to one private window it creates and reuses,
 * when the reader has allowed the extension in private windows (components/exit/openPrivate.ts).
 */

const CHAT = 'https://help.example.org/chat';
const SITE = 'https://help.example.org/site';

const privateWindows = async () => (await fakeBrowser.windows.getAll()).filter((win) => win.incognito);
const tabsIn = async (windowId: number | undefined) =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.windowId === windowId).map((tab) => tab.url);

beforeEach(async () => {
  // The reader's own window, in front, with the page they were on.
  const win = await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ windowId: win?.id, url: 'https://private.example.org/', active: true });
});

describe('allowed in private windows', () => {
  beforeEach(() => {
    allowPrivateWindows();
    openPrivateWindowsForReal();
  });

  it('opens the site in a new private window, focused, and remembers the window and its tab', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');

    await openTracked(CHAT);

    // Created empty, and sent to the site only once no exit has happened since the reader asked.
    expect(create).toHaveBeenCalledWith({ incognito: true, url: 'about:blank', focused: true });
    const [win] = await privateWindows();
    expect(await storedPrivateWindow()).toBe(win?.id);
    expect(await tabsIn(win?.id)).toEqual([CHAT]);
    expect(await trackedTabs()).toHaveLength(1);
  });

  it('reuses that window for the next site: a new tab in it, and the window comes to the front', async () => {
    await openTracked(CHAT);
    const [win] = await privateWindows();
    const focus = vi.spyOn(fakeBrowser.windows, 'update');

    await openTracked(SITE);

    expect(await privateWindows()).toHaveLength(1);
    expect(await tabsIn(win?.id)).toEqual([CHAT, SITE]);
    expect(focus).toHaveBeenCalledWith(win?.id, { focused: true });
    expect(await trackedTabs()).toHaveLength(2);
  });

  it.each([2, 5])('%i sites opened at the same moment share one window', async (count) => {
    const sites = Array.from({ length: count }, (_, i) => `https://help.example.org/${i}`);

    await Promise.all(sites.map((site) => openTracked(site)));

    const wins = await privateWindows();
    expect(wins).toHaveLength(1);
    expect((await tabsIn(wins[0]?.id)).sort()).toEqual(sites);
  });

  it('opens a new window when the reader closed the last one by hand', async () => {
    await openTracked(CHAT);
    const [first] = await privateWindows();
    await fakeBrowser.windows.remove(first?.id ?? -1);

    await openTracked(SITE);

    const [second] = await privateWindows();
    expect(second?.id).not.toBe(first?.id);
    expect(await tabsIn(second?.id)).toEqual([SITE]);
    expect(await storedPrivateWindow()).toBe(second?.id);
  });

  it('opens a new window when the window went away between the check and the new tab', async () => {
    await openTracked(CHAT);
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('No window with id'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    await openTracked(SITE);

    expect(await privateWindows()).toHaveLength(2);
  });

  it.each([
    // Each browser's own words when private windows are turned off (a policy, a parental-control
    // account): Chromium's tabs_constants kIncognitoModeIsDisabled, Firefox 153's ext-windows.js.
    ['Chromium refuses', () => Promise.reject(new Error('Incognito mode is disabled.'))],
    ['Firefox refuses', () => Promise.reject(new Error('`incognito` cannot be used if incognito mode is disabled'))],
    [
      'Firefox refuses an add-on not allowed there',
      () => Promise.reject(new Error('Extension does not have permission for incognito mode')),
    ],
    ['answers null', () => Promise.resolve(null)],
    ['answers without an id', () => Promise.resolve({ incognito: true })],
  ])('opens nothing and says so when windows.create: %s (never an ordinary tab)', async (_, answer) => {
    vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(answer as never);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tabs = (await fakeBrowser.tabs.query({})).length;

    const answered = await openTracked(CHAT);

    expect(answered).toEqual({ notOpened: 'privateWindow' });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabs);
    expect(await trackedTabs()).toEqual([]);
    expect(await storedPrivateWindow()).toBeUndefined();
  });

  it('once the reader chooses an ordinary tab, opens the site in a tracked tab', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('Incognito mode is disabled.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await openTracked(CHAT);
    create.mockClear();

    const answered = await openTracked(CHAT, Date.now(), true);

    expect(answered).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
    const [id] = await trackedTabs();
    expect((await fakeBrowser.tabs.get(id ?? -1))?.url).toBe(CHAT);
  });

  it('does not remember a window the browser says is not private (quick exit must never close it)', async () => {
    vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({
      id: 77,
      incognito: false,
      tabs: [{ id: 78 }],
    } as never);

    await openTracked(CHAT);

    expect(await storedPrivateWindow()).toBeUndefined();
    expect(await trackedTabs()).toEqual([78]);
  });

  it.each([
    ['garbage', 'banana'],
    ['a negative number', -1],
    ['an object', { id: 1 }],
    ['a window that does not exist', 4242],
  ])('ignores a stored id that is %s, and opens a window of its own', async (_, value) => {
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: value });

    await openTracked(CHAT);

    const wins = await privateWindows();
    expect(wins).toHaveLength(1);
    expect(await storedPrivateWindow()).toBe(wins[0]?.id);
  });

  it('never opens a site in an ordinary window whose id was stored', async () => {
    const ordinaryId = (await fakeBrowser.windows.getCurrent())?.id;
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: ordinaryId });

    await openTracked(CHAT);

    expect(await tabsIn(ordinaryId)).not.toContain(CHAT);
    expect(await privateWindows()).toHaveLength(1);
  });

  it('a window slow to appear (seconds, on a busy machine) is still the one the next link uses', async () => {
    vi.useFakeTimers();
    const create = fakeBrowser.windows.create;
    vi.spyOn(fakeBrowser.windows, 'create').mockImplementationOnce(((data: never) =>
      wait(TURN_MS - 1000).then(() => create(data))) as never);

    const first = openTracked(CHAT);
    const second = openTracked(SITE);
    await vi.advanceTimersByTimeAsync(TURN_MS);
    await Promise.all([first, second]);

    vi.useRealTimers();
    const wins = await privateWindows();
    expect(wins).toHaveLength(1);
    expect(await tabsIn(wins[0]?.id)).toEqual([CHAT, SITE]);
  });

  it('a window slower to appear than the next link will wait: that link opens nothing and says so, never a second window', async () => {
    vi.useFakeTimers();
    const create = fakeBrowser.windows.create;
    vi.spyOn(fakeBrowser.windows, 'create').mockImplementationOnce(((data: never) =>
      wait(TURN_MS + 1000).then(() => create(data))) as never);

    const first = openTracked(CHAT);
    const second = openTracked(SITE);
    await vi.advanceTimersByTimeAsync(TURN_MS + 1000);
    const [, answer] = await Promise.all([first, second]);

    vi.useRealTimers();
    const wins = await privateWindows();
    expect(wins).toHaveLength(1);
    expect(await tabsIn(wins[0]?.id)).toEqual([CHAT]);
    // Never the site in an ordinary tab after the guide said "private window": the reader is told.
    expect(answer).toEqual({ notOpened: 'privateWindow' });
    const urls = await Promise.all((await trackedTabs()).map(async (id) => (await fakeBrowser.tabs.get(id))?.url));
    expect(urls).toEqual([CHAT]);
  });

  it('behind a browser call that never answers, the next link gives up after a while and says so', async () => {
    vi.useFakeTimers();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    let answer: (value: null) => void = () => undefined;
    create.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)) as never);
    create.mockClear();

    const first = openTracked(CHAT);
    const second = openTracked(SITE);
    await vi.advanceTimersByTimeAsync(TURN_MS - 1);
    const trackedEarly = await trackedTabs();
    await vi.advanceTimersByTimeAsync(1);
    const answered = await second;

    vi.useRealTimers();
    expect(trackedEarly).toEqual([]);
    expect(answered).toEqual({ notOpened: 'privateWindow' });
    expect(await trackedTabs()).toEqual([]);
    expect(create).toHaveBeenCalledOnce();
    // The browser answers at last (nothing): the queue empties for the next test.
    answer(null);
    await first;
  });
});

describe('not allowed in private windows (as installed)', () => {
  it('opens a tracked tab and never asks for a private window', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');

    await openTracked(CHAT);

    expect(create).not.toHaveBeenCalled();
    const [id] = await trackedTabs();
    expect((await fakeBrowser.tabs.get(id ?? -1))?.url).toBe(CHAT);
  });

  it('treats a failing question as "not allowed"', async () => {
    vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockRejectedValue(new Error('No API'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const create = vi.spyOn(fakeBrowser.windows, 'create');

    await openTracked(CHAT);

    expect(create).not.toHaveBeenCalled();
    expect(await trackedTabs()).toHaveLength(1);
  });
});

describe('a page reading the window ahead (primePrivateWindow)', () => {
  beforeEach(() => {
    allowPrivateWindows();
    openPrivateWindowsForReal();
  });

  it('knows the window once it is open, and forgets it once it is gone', async () => {
    const primed = primePrivateWindow();
    await primed.ready;
    expect(primed.id()).toBeUndefined();

    await openTracked(CHAT);
    const [win] = await privateWindows();
    await vi.waitFor(() => expect(primed.id()).toBe(win?.id));
    await fakeBrowser.storage.local.remove(PRIVATE_WINDOW_KEY);

    await vi.waitFor(() => expect(primed.id()).toBeUndefined());
    primed.stop();
  });

  it('ignores a stored id that names an ordinary window', async () => {
    const ordinary = await fakeBrowser.windows.getCurrent();
    await fakeBrowser.storage.local.set({ [PRIVATE_WINDOW_KEY]: ordinary?.id });

    const primed = primePrivateWindow();
    await primed.ready;

    expect(primed.id()).toBeUndefined();
    primed.stop();
  });
});
