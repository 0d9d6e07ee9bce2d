import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { LEAVE, OPEN } from '@/components/exit/messages';
import { storedPrivateWindow } from '@/components/exit/privateWindow';
import { trackedTabs } from '@/components/exit/trackedTabs';
import { disguiseIcons } from '@/components/settings/disguise';
import { disguise } from '@/components/settings/settings';
import { openActiveTab, urlOf } from './helpers';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';
import { fakeToolbarIcon, toolbarTitle } from './settingsHelpers';
import { fakeCommands, startWorker } from './workerHelpers';

describe('background worker', () => {
  let onCommand: ReturnType<typeof fakeCommands>;

  beforeEach(() => {
    onCommand = fakeCommands();
  });

  it('the keyboard command sends the active tab to the destination', async () => {
    await exitDestination.set('https://weather.example.org/');
    const tab = await openActiveTab('https://private.example.org/');
    await startWorker();

    await onCommand.trigger('go-to-page');

    expect(await urlOf(tab.id)).toBe('https://weather.example.org/');
  });

  it('the keyboard command sends away the tab the browser passes with it', async () => {
    await exitDestination.set('https://weather.example.org/');
    const pressedOver = await openActiveTab('https://private.example.org/');
    const other = await openActiveTab('https://other.example.org/');
    await startWorker();

    await onCommand.trigger('go-to-page', pressedOver);

    expect(await urlOf(pressedOver.id)).toBe('https://weather.example.org/');
    expect(await urlOf(other.id)).toBe('https://other.example.org/');
  });

  it('ignores other commands', async () => {
    const tab = await openActiveTab('https://private.example.org/');
    await startWorker();

    await onCommand.trigger('something-else');

    expect(await urlOf(tab.id)).toBe('https://private.example.org/');
  });

  it('works after the worker was stopped and started again: nothing lives in its globals', async () => {
    await exitDestination.set('https://weather.example.org/');
    const tab = await openActiveTab('https://private.example.org/');
    await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' });
    const [helpTab] = await trackedTabs();
    onCommand = fakeCommands();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await fakeBrowser.tabs.update(tab.id ?? -1, { active: true });

    await startWorker();
    await onCommand.trigger('go-to-page');

    expect(await urlOf(tab.id)).toBe('https://weather.example.org/');
    expect(await urlOf(helpTab)).toBe('https://weather.example.org/');
  });

  it('opens a helpline page in a tab it remembers, on request', async () => {
    await openActiveTab('https://private.example.org/');
    await startWorker();

    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' });

    const [id] = await trackedTabs();
    expect(await urlOf(id)).toBe('https://help.example.org/chat');
  });

  it('refuses to open anything but an https: page', async () => {
    await openActiveTab('https://private.example.org/');
    await startWorker();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'javascript:alert(1)' });

    expect(create).not.toHaveBeenCalled();
  });

  it('sends the opened tabs away when a page says LEAVE', async () => {
    await openActiveTab('https://private.example.org/');
    await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' });
    const [id] = await trackedTabs();

    await fakeBrowser.runtime.sendMessage({ type: LEAVE, destination: 'https://news.example.org/' });

    await vi.waitFor(async () => expect(await urlOf(id)).toBe('https://news.example.org/'));
  });
});

describe('background worker: the private window', () => {
  const privateWindows = async () => (await fakeBrowser.windows.getAll()).filter((win) => win.incognito);

  beforeEach(() => {
    fakeCommands();
    allowPrivateWindows();
    openPrivateWindowsForReal();
  });

  it('two requests at the same moment open one private window', async () => {
    await openActiveTab('https://private.example.org/');
    await startWorker();

    await Promise.all([
      fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' }),
      fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/site' }),
    ]);

    expect(await privateWindows()).toHaveLength(1);
  });

  it('forgets the window once it is closed, so the next site opens a new one', async () => {
    await openActiveTab('https://private.example.org/');
    await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' });
    const [win] = await privateWindows();

    await fakeBrowser.windows.remove(win?.id ?? -1);

    await vi.waitFor(async () => expect(await storedPrivateWindow()).toBeUndefined());
  });

  it('keeps the window when another one closes', async () => {
    const other = await openActiveTab('https://private.example.org/');
    await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' });
    const [win] = await privateWindows();

    await fakeBrowser.windows.remove(other.windowId);

    expect(await storedPrivateWindow()).toBe(win?.id);
  });

  it('closes it when a page says LEAVE, unless the page closed it already', async () => {
    await openActiveTab('https://private.example.org/');
    await startWorker();
    await fakeBrowser.runtime.sendMessage({ type: OPEN, url: 'https://help.example.org/chat' });
    const [win] = await privateWindows();
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');

    await fakeBrowser.runtime.sendMessage({
      type: LEAVE,
      destination: 'https://news.example.org/',
      closedWindow: win?.id,
    });
    await fakeBrowser.runtime.sendMessage({ type: LEAVE, destination: 'https://news.example.org/' });

    await vi.waitFor(() => expect(remove.mock.calls).toEqual([[win?.id]]));
  });
});

describe('background worker: the toolbar disguise', () => {
  let onCommand: ReturnType<typeof fakeCommands>;

  beforeEach(() => {
    onCommand = fakeCommands();
  });

  it.each([
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
    [
      'the extension is installed or updated',
      () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' }),
    ],
  ])('puts the chosen disguise back when %s', async (_, event) => {
    const icon = fakeToolbarIcon();
    await disguise.set('calculator');
    await startWorker();

    await event();

    await vi.waitFor(async () => expect(await toolbarTitle()).toBe('Calculator'));
    expect(icon.path).toEqual(disguiseIcons('calculator'));
  });

  it('shows the default look when the stored choice is garbage', async () => {
    const icon = fakeToolbarIcon();
    await fakeBrowser.storage.local.set({ disguise: { preset: 'notes' } });
    await startWorker();

    await fakeBrowser.runtime.onStartup.trigger();

    await vi.waitFor(async () => expect(await toolbarTitle()).toBe('Pocket Guide'));
    expect(icon.path).toEqual(disguiseIcons('guide'));
  });

  it('puts it back whenever the worker starts: disabling and enabling the extension fires no event', async () => {
    const icon = fakeToolbarIcon();
    await disguise.set('notes');

    await startWorker();

    await vi.waitFor(async () => expect(await toolbarTitle()).toBe('Notes'));
    expect(icon.path).toEqual(disguiseIcons('notes'));
  });

  it('when the keyboard command woke the worker, only after the exit', async () => {
    fakeToolbarIcon();
    await disguise.set('notes');
    await exitDestination.set('https://weather.example.org/');
    const tab = await openActiveTab('https://private.example.org/');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    await startWorker();

    await onCommand.trigger('go-to-page', tab);
    await vi.waitFor(async () => expect(await toolbarTitle()).toBe('Notes'));

    expect(update).toHaveBeenCalledWith(tab.id, { url: 'https://weather.example.org/' });
    expect(setTitle.mock.invocationCallOrder[0]).toBeGreaterThan(update.mock.invocationCallOrder[0] ?? Infinity);
  });
});
