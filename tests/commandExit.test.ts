import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { BLANK, LEAVE } from '@/components/exit/messages';
import { openTracked } from '@/components/exit/openTracked';
import { forgetPrimed, onLeaveMessage, primeExit } from '@/components/exit/routines';
import { trackedTabs } from '@/components/exit/trackedTabs';
import { exitFromWorker } from '@/components/exit/workerExit';
import { openActiveTab, urlOf } from './helpers';

/**
 * Issue 22, item 3: the keyboard command tells every page to blank before it reads anything, uses
 * the tab the browser passes with the command, and never waits on a read without a limit.
 */

const NEUTRAL = 'https://weather.example.org/';
const never = () => new Promise<never>(() => undefined);

async function arrange() {
  forgetPrimed();
  await exitDestination.set(NEUTRAL);
  return openActiveTab('https://private.example.org/reading');
}

const isBlank = () =>
  document.body.style.display === 'none' && document.body.getAttribute('aria-hidden') === 'true' && document.body.inert;

describe('the keyboard command, in the worker', () => {
  it('tells every page to blank before any read', async () => {
    await arrange();
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const reads = [
      vi.spyOn(fakeBrowser.storage.local, 'get'),
      vi.spyOn(fakeBrowser.storage.session, 'get'),
      vi.spyOn(fakeBrowser.tabs, 'query'),
    ];

    await exitFromWorker();

    const blankAt =
      sent.mock.invocationCallOrder[
        sent.mock.calls.findIndex(([message]) => (message as { type?: string })?.type === BLANK)
      ];
    const firstRead = Math.min(...reads.flatMap((read) => read.mock.invocationCallOrder));
    expect(blankAt).toBeDefined();
    expect(blankAt).toBeLessThan(firstRead);
  });

  it('sends the tab the browser passed away, without asking which tab is active', async () => {
    const tab = await arrange();
    // Another tab is active now: only the passed one may move.
    const other = await openActiveTab('https://other.example.org/');
    const query = vi.spyOn(fakeBrowser.tabs, 'query');

    await exitFromWorker({ id: tab.id, windowId: tab.windowId });

    expect(await urlOf(tab.id)).toBe(NEUTRAL);
    expect(await urlOf(other.id)).toBe('https://other.example.org/');
    expect(query).not.toHaveBeenCalledWith(expect.objectContaining({ active: true }));
  });

  it('with a tab passed, a tab query that never answers holds nothing', async () => {
    const tab = await arrange();
    await openTracked('https://help.example.org/chat');
    const [helpTab] = await trackedTabs();
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(never);
    const heard = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(heard);

    await exitFromWorker({ id: tab.id, windowId: tab.windowId });

    expect(await urlOf(tab.id)).toBe(NEUTRAL);
    expect(await urlOf(helpTab)).toBe(NEUTRAL);
    expect(heard).toHaveBeenCalledWith(expect.objectContaining({ type: LEAVE }), expect.anything(), expect.anything());
  });

  it('with no tab passed, a tab query that never answers is given up after a limit', async () => {
    await arrange();
    await openTracked('https://help.example.org/chat');
    const [helpTab] = await trackedTabs();
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(never);
    const runtime = fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> };
    vi.spyOn(runtime, 'getContexts').mockImplementation(never);

    await exitFromWorker();

    expect(await urlOf(helpTab)).toBe(NEUTRAL);
  });

  it('a passed tab that shows one of the guide’s own pages is left to replace itself', async () => {
    const tab = await arrange();
    const runtime = fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> };
    vi.spyOn(runtime, 'getContexts').mockResolvedValue([{ tabId: tab.id, contextType: 'TAB' }]);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    await exitFromWorker({ id: tab.id, windowId: tab.windowId });

    expect(update).not.toHaveBeenCalledWith(tab.id, expect.anything());
  });
});

describe('a page hearing BLANK', () => {
  it('the popup blanks and closes', () => {
    forgetPrimed();
    const close = vi.fn();

    onLeaveMessage('popup', close)({ type: BLANK });

    expect(isBlank()).toBe(true);
    expect(close).toHaveBeenCalledOnce();
  });

  it('a page blanks and replaces itself with the destination it holds, once', async () => {
    await arrange();
    await primeExit();
    const replace = vi.fn();
    const listener = onLeaveMessage('page', undefined, replace);

    listener({ type: BLANK });
    listener({ type: LEAVE, destination: NEUTRAL });

    expect(isBlank()).toBe(true);
    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith(NEUTRAL));
    expect(replace).toHaveBeenCalledOnce();
  });

  it('a page that holds no destination yet reads it, and a read that hangs gives the default', async () => {
    forgetPrimed();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(never);
    const replace = vi.fn();

    onLeaveMessage('page', undefined, replace)({ type: BLANK });

    await vi.waitFor(() => expect(replace).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\//)));
  });

  it('anything else is ignored', () => {
    forgetPrimed();
    const close = vi.fn();

    onLeaveMessage('popup', close)({ type: 'pocket-guide/blank-ish' });

    expect(close).not.toHaveBeenCalled();
  });
});
