import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION } from '@/components/exit/destination';
import { exitDestination } from '@/components/exit/exitDestination';
import { LEAVE, LEFT, leaveDestination, OPEN, openUrl, WATCH } from '@/components/exit/messages';
import { openTracked } from '@/components/exit/openTracked';
import {
  CLOSE_AFTER_MS,
  exitFromPage,
  exitFromPopup,
  forgetPrimed,
  onLeaveMessage,
  primeActiveTab,
  primeExit,
  READ_TIMEOUT_MS,
} from '@/components/exit/routines';
import { trackedTabs, trackTab } from '@/components/exit/trackedTabs';
import { WATCH_MS, watchLeaving } from '@/components/exit/watchLeaving';
import { exitFromWorker, sendOpenedTabsAway } from '@/components/exit/workerExit';
import { openActiveTab, urlOf } from './helpers';

const NEUTRAL = 'https://weather.example.org/';

const isBlank = () =>
  document.body.style.display === 'none' && document.body.getAttribute('aria-hidden') === 'true' && document.body.inert;

async function arrange() {
  forgetPrimed();
  await exitDestination.set(NEUTRAL);
  return openActiveTab('https://private.example.org/reading');
}

describe('exitFromPopup', () => {
  // `tabs.update` without a tab id means "the active tab of the current window" in real browsers
  // (the end-to-end suite checks that); the fake browser cannot resolve it, so these tests read the call.
  it('blanks the view, sends the active tab to the destination, tells the others and closes', async () => {
    await arrange();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);
    const close = vi.fn();

    const done = exitFromPopup(close);
    const blankBeforeAnyAwait = isBlank();
    await done;

    expect(blankBeforeAnyAwait).toBe(true);
    expect(update).toHaveBeenCalledWith({ url: NEUTRAL });
    expect(heard).toHaveBeenCalledWith(
      expect.objectContaining({ type: LEAVE, destination: NEUTRAL, sent: [] }),
      expect.anything(),
      expect.anything(),
    );
    expect(close).toHaveBeenCalledOnce();
  });

  it('uses the primed destination without reading storage again', async () => {
    await arrange();
    await primeExit();
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await exitFromPopup(vi.fn());

    expect(read).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith({ url: NEUTRAL });
  });

  it('still blanks and closes when tabs.update rejects', async () => {
    await arrange();
    vi.spyOn(fakeBrowser.tabs, 'update').mockRejectedValue(new Error('No tab'));
    const close = vi.fn();

    await exitFromPopup(close);

    expect(isBlank()).toBe(true);
    expect(close).toHaveBeenCalledOnce();
  });

  it('still blanks and closes when tabs.update throws synchronously', async () => {
    await arrange();
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(() => {
      throw new Error('Invalid call');
    });
    const close = vi.fn();

    await exitFromPopup(close);

    expect(close).toHaveBeenCalledOnce();
  });

  it('still blanks and closes when storage cannot be read, going to the default', async () => {
    await openActiveTab('https://private.example.org/');
    forgetPrimed();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Storage broken'));
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const close = vi.fn();

    await exitFromPopup(close);

    expect(isBlank()).toBe(true);
    expect(close).toHaveBeenCalledOnce();
    expect(update).toHaveBeenCalledWith({ url: DEFAULT_DESTINATION });
  });

  it('closes anyway when the browser never answers', async () => {
    await arrange();
    await primeExit();
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.tabs, 'update').mockReturnValue(new Promise(() => undefined) as never);
    const close = vi.fn();

    const done = exitFromPopup(close);
    await vi.advanceTimersByTimeAsync(CLOSE_AFTER_MS);
    await done;

    vi.useRealTimers();
    expect(close).toHaveBeenCalledOnce();
  });

  it('treats "no page is listening" as normal', async () => {
    await arrange();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const close = vi.fn();

    await exitFromPopup(close);

    expect(close).toHaveBeenCalledOnce();
  });
});

describe('exitFromPage', () => {
  it('blanks, replaces the page itself (never closes it) and tells the others', async () => {
    await arrange();
    await primeExit();
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove');
    const replace = vi.fn();

    exitFromPage(replace);

    expect(isBlank()).toBe(true);
    expect(replace).toHaveBeenCalledWith(NEUTRAL);
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    expect(remove).not.toHaveBeenCalled();
  });

  it('reads the destination when it was not primed yet', async () => {
    await arrange();
    const replace = vi.fn();

    exitFromPage(replace);

    expect(isBlank()).toBe(true);
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith(NEUTRAL));
  });
});

describe('LEAVE and OPEN messages', () => {
  it.each([
    ['not an object', 'leave'],
    ['another type', { type: OPEN, destination: NEUTRAL }],
    ['an unsafe destination', { type: LEAVE, destination: 'javascript:alert(1)' }],
    ['no destination', { type: LEAVE }],
  ])('ignores %s', (_, message) => {
    const close = vi.fn();

    onLeaveMessage('popup', close)(message);

    expect(close).not.toHaveBeenCalled();
    expect(isBlank()).toBe(false);
  });

  it('blanks and closes the popup on LEAVE', () => {
    const close = vi.fn();

    onLeaveMessage('popup', close)({ type: LEAVE, destination: NEUTRAL });

    expect(isBlank()).toBe(true);
    expect(close).toHaveBeenCalledOnce();
  });

  it('reads destinations and URLs only from well-formed messages', () => {
    expect(leaveDestination({ type: LEAVE, destination: NEUTRAL })).toBe(NEUTRAL);
    expect(openUrl({ type: OPEN, url: 'https://help.example.org/chat' })).toBe('https://help.example.org/chat');
    expect(openUrl({ type: OPEN, url: 'data:text/html,hi' })).toBeUndefined();
    expect(openUrl({ type: LEAVE, url: 'https://help.example.org/' })).toBeUndefined();
  });
});

describe('tabs the extension opened', () => {
  it('records each opened tab in session storage', async () => {
    await openActiveTab('https://private.example.org/');

    await openTracked('https://help.example.org/chat');
    await openTracked('https://help.example.org/site');

    const ids = await trackedTabs();
    expect(ids).toHaveLength(2);
    expect(await urlOf(ids[1])).toBe('https://help.example.org/site');
  });

  it('sends every opened tab away, skips ones already closed, and forgets them', async () => {
    await openActiveTab('https://private.example.org/');
    await openTracked('https://help.example.org/site');
    const [open] = await trackedTabs();
    const closedMeanwhile = 999;
    await trackTab(closedMeanwhile);

    await sendOpenedTabsAway(NEUTRAL);

    expect(await urlOf(open)).toBe(NEUTRAL);
    expect(await trackedTabs()).toEqual([]);
  });
});

describe('exitFromWorker (the keyboard command)', () => {
  it('sends the active tab and the opened tabs away and tells the pages', async () => {
    const tab = await arrange();
    await openTracked('https://help.example.org/chat');
    const [helpTab] = await trackedTabs();
    await fakeBrowser.tabs.update(tab.id ?? -1, { active: true });
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromWorker();

    expect(await urlOf(tab.id)).toBe(NEUTRAL);
    expect(await urlOf(helpTab)).toBe(NEUTRAL);
    expect(heard).toHaveBeenCalledWith(
      expect.objectContaining({ type: LEAVE, destination: NEUTRAL, sent: [helpTab] }),
      expect.anything(),
      expect.anything(),
    );
  });

  it('leaves an extension page to replace itself instead of navigating it', async () => {
    const tab = await arrange();
    const runtime = fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> };
    vi.spyOn(runtime, 'getContexts').mockResolvedValue([{ tabId: tab.id, contextType: 'TAB' }]);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    await exitFromWorker();

    expect(update).not.toHaveBeenCalled();
  });

  it('still tells the pages and clears opened tabs when the tab query fails', async () => {
    await arrange();
    await openTracked('https://help.example.org/chat');
    const [helpTab] = await trackedTabs();
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('No window'));
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromWorker();

    expect(heard).toHaveBeenCalled();
    expect(await urlOf(helpTab)).toBe(NEUTRAL);
  });
});

describe('speed of the popup exit', () => {
  it('calls tabs.update synchronously in the handler once the destination is primed', async () => {
    await arrange();
    await primeExit();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    const done = exitFromPopup(vi.fn());
    const calledBeforeAnyAwait = update.mock.calls.length;
    await done;

    expect(calledBeforeAnyAwait).toBe(1);
  });
});

describe('the tab under the popup', () => {
  it('is left to replace itself when it is one of the extension’s own pages', async () => {
    const tab = await arrange();
    const runtime = fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> };
    vi.spyOn(runtime, 'getContexts').mockResolvedValue([{ tabId: tab.id, contextType: 'TAB' }]);
    // In the toolbar popup there is no current tab (the fake browser would return the active one).
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    await primeExit();
    await primeActiveTab();
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromPopup(vi.fn());

    expect(update).not.toHaveBeenCalled();
    expect(heard).toHaveBeenCalledWith(
      expect.objectContaining({ type: LEAVE, destination: NEUTRAL, sent: [] }),
      expect.anything(),
      expect.anything(),
    );
  });

  it('is sent away when it is an ordinary page', async () => {
    const tab = await arrange();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    await primeExit();
    await primeActiveTab();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await exitFromPopup(vi.fn());

    expect(update).toHaveBeenCalledWith(tab.id, { url: NEUTRAL });
  });
});

describe('a storage read that hangs', () => {
  const hang = () => new Promise(() => undefined) as never;

  it('never blocks the popup exit: it goes to the default, and the popup closes', async () => {
    await openActiveTab('https://private.example.org/');
    forgetPrimed();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(hang);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(hang);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const close = vi.fn();
    vi.useFakeTimers();

    const done = exitFromPopup(close);
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS * 2 + CLOSE_AFTER_MS);
    await done;

    vi.useRealTimers();
    expect(update).toHaveBeenCalledWith({ url: DEFAULT_DESTINATION });
    expect(close).toHaveBeenCalledOnce();
  });

  it('never blocks the page exit', async () => {
    forgetPrimed();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(hang);
    const replace = vi.fn();
    vi.useFakeTimers();

    const done = exitFromPage(replace);
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS);
    await done;

    vi.useRealTimers();
    expect(replace).toHaveBeenCalledWith(DEFAULT_DESTINATION);
  });

  it('never blocks the keyboard command', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(hang);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(hang);
    vi.useFakeTimers();

    const done = exitFromWorker();
    await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS + WATCH_MS);
    await done;

    vi.useRealTimers();
    expect(await urlOf(tab.id)).toBe(DEFAULT_DESTINATION);
  });
  it('reading ahead waits for a slow read instead of pinning the default', async () => {
    await openActiveTab('https://private.example.org/');
    forgetPrimed();
    await exitDestination.set(NEUTRAL);
    const read = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(
      ((keys: never) => new Promise((resolve) => setTimeout(() => resolve(read(keys)), READ_TIMEOUT_MS * 3))) as never,
    );
    const replace = vi.fn();

    await primeExit();
    await exitFromPage(replace);

    expect(replace).toHaveBeenCalledWith(NEUTRAL);
  });
});

describe('with the worker asleep (nobody else listening)', () => {
  it('the popup sends the opened tabs away itself, in the same task, and forgets them', async () => {
    await arrange();
    await trackTab(41);
    await trackTab(42);
    await primeExit();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    const done = exitFromPopup(vi.fn());
    const calledBeforeAnyAwait = update.mock.calls.map((call) => call.slice(0, 2));
    await done;

    expect(calledBeforeAnyAwait).toEqual([[{ url: NEUTRAL }], [41, { url: NEUTRAL }], [42, { url: NEUTRAL }]]);
    expect(await trackedTabs()).toEqual([]);
  });

  it('the options page sends the opened tabs away itself, in the task that replaces it', async () => {
    await arrange();
    await primeExit();
    await trackTab(7);
    const order: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (id: number) => {
      order.push(`update ${id}`);
    }) as never);
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromPage((url) => order.push(`replace ${url}`));

    expect(order).toEqual([`replace ${NEUTRAL}`, 'update 7']);
    await vi.waitFor(() =>
      expect(heard).toHaveBeenCalledWith(
        expect.objectContaining({ type: LEAVE, destination: NEUTRAL, sent: [7] }),
        expect.anything(),
        expect.anything(),
      ),
    );
  });

  it('a tab opened after the page was primed is sent away too', async () => {
    await arrange();
    await primeExit();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await trackTab(9);
    await exitFromPage(vi.fn());

    expect(update).toHaveBeenCalledWith(9, { url: NEUTRAL });
  });
});

describe('every tab the extension opens is tracked', () => {
  it('even when many open at the same moment', async () => {
    await openActiveTab('https://private.example.org/');

    await Promise.all(Array.from({ length: 5 }, (_, i) => openTracked(`https://help.example.org/${i}`)));

    expect(await trackedTabs()).toHaveLength(5);
  });

  it('the worker does not send a tab away twice when the page already did', async () => {
    await openActiveTab('https://private.example.org/');
    await trackTab(3);
    await trackTab(4);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await sendOpenedTabsAway(NEUTRAL, [3]);

    expect(update.mock.calls).toEqual([[4, { url: NEUTRAL }]]);
    expect(await trackedTabs()).toEqual([]);
  });
});

describe('a page that asks "Leave site?"', () => {
  /** A tab that never starts to leave: the browser shows its dialog instead. */
  const holdTabs = () => vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

  it('is covered by the destination in a new active tab when it has not left in time', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    holdTabs();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await watchLeaving(tab.id ?? -1, NEUTRAL, 20);

    expect(create).toHaveBeenCalledWith({ url: NEUTRAL, active: true, windowId: tab.windowId, index: tab.index + 1 });
  });

  it('gets no cover once it is gone (closed while watched): no tab appears out of nowhere', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    holdTabs();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    const watching = watchLeaving(tab.id ?? -1, NEUTRAL, 20);
    await fakeBrowser.tabs.remove(tab.id ?? -1);
    await watching;

    expect(create).not.toHaveBeenCalled();
  });

  it('is left alone when the tab starts to load', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    const watching = watchLeaving(tab.id ?? -1, NEUTRAL, 50);
    await fakeBrowser.tabs.update(tab.id ?? -1, { url: NEUTRAL });
    await watching;

    expect(create).not.toHaveBeenCalled();
  });

  it('is left alone when the popup saw the tab leave before the worker woke', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    const watching = watchLeaving(tab.id ?? -1, NEUTRAL, 50);
    await fakeBrowser.runtime.sendMessage({ type: LEFT, tabId: tab.id }).catch(() => undefined);
    await watching;

    expect(create).not.toHaveBeenCalled();
  });

  it('the popup hands the watch to the worker, and reports the start it saw', async () => {
    const tab = await arrange();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    await primeExit();
    await primeActiveTab();
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromPopup(vi.fn());

    const types = heard.mock.calls.map(([message]) => message);
    expect(types).toContainEqual({ type: WATCH, destination: NEUTRAL, tabId: tab.id });
    expect(types).toContainEqual({ type: LEFT, tabId: tab.id });
  });

  it('the keyboard command covers a held tab too', async () => {
    await arrange();
    holdTabs();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.useFakeTimers();

    const done = exitFromWorker();
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    await done;

    vi.useRealTimers();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ url: NEUTRAL, active: true }));
  });
});

describe('storage failures', () => {
  it('a failed read of the opened tabs is logged, and the active tab still leaves', async () => {
    const tab = await arrange();
    // The ids are read all at once (get(null)); the destination by its key, which still works.
    const read = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: never) =>
      keys === null ? Promise.reject(new Error('Storage broken')) : read(keys)) as never);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    await expect(exitFromWorker()).resolves.toBeUndefined();

    expect(await urlOf(tab.id)).toBe(NEUTRAL);
    expect(log).toHaveBeenCalled();
  });

  it('a failed forget is logged and never rejects', async () => {
    await openActiveTab('https://private.example.org/');
    await trackTab(5);
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('Storage broken'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    await expect(sendOpenedTabsAway(NEUTRAL)).resolves.toBeUndefined();

    expect(log).toHaveBeenCalled();
  });
});
