import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION } from '@/components/destination';
import {
  CLOSE_AFTER_MS,
  exitFromPage,
  exitFromPopup,
  exitFromWorker,
  forgetDestination,
  LEAVE,
  leaveDestination,
  OPEN,
  onLeaveMessage,
  openTracked,
  openUrl,
  primeActiveTab,
  primeDestination,
  sendOpenedTabsAway,
} from '@/components/quickExit';
import { exitDestination, openedTabs } from '@/components/settings';
import { openActiveTab, urlOf } from './helpers';

const NEUTRAL = 'https://weather.example.org/';

const isBlank = () =>
  document.body.style.display === 'none' && document.body.getAttribute('aria-hidden') === 'true' && document.body.inert;

async function arrange() {
  forgetDestination();
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
    expect(heard).toHaveBeenCalledWith({ type: LEAVE, destination: NEUTRAL }, expect.anything(), expect.anything());
    expect(close).toHaveBeenCalledOnce();
  });

  it('uses the primed destination without reading storage again', async () => {
    await arrange();
    await primeDestination();
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
    forgetDestination();
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
    await primeDestination();
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
    await primeDestination();
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

    const ids = await openedTabs.get();
    expect(ids).toHaveLength(2);
    expect(await urlOf(ids[1])).toBe('https://help.example.org/site');
  });

  it('sends every opened tab away, skips ones already closed, and forgets them', async () => {
    await openActiveTab('https://private.example.org/');
    await openTracked('https://help.example.org/site');
    const [open] = await openedTabs.get();
    const closedMeanwhile = 999;
    await openedTabs.set([closedMeanwhile, open ?? -1]);

    await sendOpenedTabsAway(NEUTRAL);

    expect(await urlOf(open)).toBe(NEUTRAL);
    expect(await openedTabs.get()).toEqual([]);
  });
});

describe('exitFromWorker (the keyboard command)', () => {
  it('sends the active tab and the opened tabs away and tells the pages', async () => {
    const tab = await arrange();
    await openTracked('https://help.example.org/chat');
    const [helpTab] = await openedTabs.get();
    await fakeBrowser.tabs.update(tab.id ?? -1, { active: true });
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromWorker();

    expect(await urlOf(tab.id)).toBe(NEUTRAL);
    expect(await urlOf(helpTab)).toBe(NEUTRAL);
    expect(heard).toHaveBeenCalledWith({ type: LEAVE, destination: NEUTRAL }, expect.anything(), expect.anything());
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
    const [helpTab] = await openedTabs.get();
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
    await primeDestination();
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
    await primeDestination();
    await primeActiveTab();
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromPopup(vi.fn());

    expect(update).not.toHaveBeenCalled();
    expect(heard).toHaveBeenCalledWith({ type: LEAVE, destination: NEUTRAL }, expect.anything(), expect.anything());
  });

  it('is sent away when it is an ordinary page', async () => {
    await arrange();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    await primeDestination();
    await primeActiveTab();
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);

    await exitFromPopup(vi.fn());

    expect(update).toHaveBeenCalledWith({ url: NEUTRAL });
  });
});
