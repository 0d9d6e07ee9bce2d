import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { EXIT_MARK_KEY } from '@/components/exit/exitMark';
import { LEAVE } from '@/components/exit/messages';
import { leaveIfExitMissed } from '@/components/exit/missedExit';
import { openTracked } from '@/components/exit/openTracked';
import { exitFromPopup, forgetPrimed } from '@/components/exit/routines';
import { openActiveTab } from './helpers';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';

/**
 * The popup's quick exit button works from the shell's first frame (earlyExit.ts), before the app
 * has started and read anything. The app's first step, the check for an exit the page missed
 * (missedExit.ts), then sees the counter this very exit raised. Found in the e2e run (the test waits
 * only for the button, which is the shell's): the popup closed there, in the middle of its own exit,
 * after the helpline tab was sent away but before the guide's private window was asked to close or
 * the worker told, and nothing closed that window.
 */

const NEUTRAL = 'https://weather.example.org/';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the popup pressed before its app has started, over the guide’s private window', () => {
  it('its own exit is not one it missed: the popup closes once, after the window was asked to close and the worker told', async () => {
    forgetPrimed();
    await exitDestination.set(NEUTRAL);
    allowPrivateWindows();
    openPrivateWindowsForReal();
    await openActiveTab('https://private.example.org/reading');
    await openTracked('https://help.example.org/chat');
    const windowId = (await fakeBrowser.windows.getAll()).find((win) => win.incognito)?.id as number;
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    // The counter is raised mid-exit; the browser takes a moment to say the window is private.
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    let raised: () => void = () => undefined;
    const markRaised = new Promise<void>((resolve) => {
      raised = resolve;
    });
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      await set(items);
      if (EXIT_MARK_KEY in items) raised();
    }) as never);
    const get = fakeBrowser.windows.get.bind(fakeBrowser.windows);
    vi.spyOn(fakeBrowser.windows, 'get').mockImplementation((async (id: number) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return get(id);
    }) as never);
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');
    const leave = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string }).type === LEAVE) leave();
    });
    const close = vi.fn();

    const exit = exitFromPopup(close);
    await markRaised;
    const left = await leaveIfExitMissed(close);
    await exit;

    expect(left).toBe(false);
    expect(remove).toHaveBeenCalledWith(windowId);
    expect(leave).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
    expect(close.mock.invocationCallOrder[0]).toBeGreaterThan(remove.mock.invocationCallOrder[0] as number);
  });
});
