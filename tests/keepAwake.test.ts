import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wait } from '@/components/exit/attempt';
import { exitDestination } from '@/components/exit/exitDestination';
import { AWAKE_EVERY_MS, AWAKE_MAX_MS, keepAwake } from '@/components/exit/keepAwake';
import { LEAVE, WATCH } from '@/components/exit/messages';
import { openTracked } from '@/components/exit/openTracked';
import { WATCH_MS } from '@/components/exit/watchLeaving';
import { openActiveTab } from './helpers';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';
import { fakeCommands, startWorker } from './workerHelpers';

/**
 * Firefox stops an idle event page even while it awaits a browser call (components/exit/keepAwake.ts):
 * an open must keep the worker running until it is done, or the private window stays at about:blank.
 */

const CHAT = 'https://help.example.org/chat';
/** How long the private window takes to appear here: longer than the 1 s Firefox waits in the e2e suites. */
const SLOW_MS = 3000;

/** When the worker made each of its keep-awake calls. */
let calls: number[];

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockImplementation((async () => {
    calls.push(Date.now());
    return { os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' };
  }) as never);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The longest stretch between `from` and `to` without a call. */
const longestQuiet = (from: number, to: number) =>
  Math.max(...[from, ...calls, to].map((at, i, all) => (i === 0 ? 0 : at - (all[i - 1] ?? at))));

describe('an open in a private window that takes seconds to appear', () => {
  beforeEach(() => {
    allowPrivateWindows();
    openPrivateWindowsForReal();
    const create = vi.mocked(fakeBrowser.windows.create).getMockImplementation() as unknown as (
      data: never,
    ) => Promise<unknown>;
    vi.mocked(fakeBrowser.windows.create).mockImplementation((async (data: never) => {
      await wait(SLOW_MS);
      return create(data);
    }) as never);
  });

  it('keeps the worker running with a browser call at least every AWAKE_EVERY_MS until the site is asked for', async () => {
    const start = Date.now();
    let done = 0;
    const open = openTracked(CHAT).then(() => {
      done = Date.now();
    });

    await vi.advanceTimersByTimeAsync(SLOW_MS + 2000);
    await open;

    expect(done - start).toBeGreaterThanOrEqual(SLOW_MS);
    expect(longestQuiet(start, done)).toBeLessThanOrEqual(AWAKE_EVERY_MS);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(CHAT);
  });

  it('and stops once the open is done', async () => {
    const open = openTracked(CHAT);
    await vi.advanceTimersByTimeAsync(SLOW_MS + 2000);
    await open;
    const made = calls.length;

    await vi.advanceTimersByTimeAsync(10 * AWAKE_EVERY_MS);

    expect(made).toBeGreaterThan(0);
    expect(calls).toHaveLength(made);
  });
});

it('a piece of work that never ends keeps the worker running for AWAKE_MAX_MS, no longer', async () => {
  const start = Date.now();
  void keepAwake(new Promise(() => undefined));

  await vi.advanceTimersByTimeAsync(AWAKE_MAX_MS + 10 * AWAKE_EVERY_MS);

  expect(longestQuiet(start, start + AWAKE_MAX_MS)).toBeLessThanOrEqual(AWAKE_EVERY_MS);
  expect(calls.at(-1)).toBeLessThanOrEqual(start + AWAKE_MAX_MS);
});

describe("the worker's exits, which wait on the browser (a tab or a window that does not leave)", () => {
  const NEUTRAL = 'https://weather.example.org/';

  /** A site in the guide's private window, which "Leave site?" holds open (Firefox), and the reader's page. */
  async function arrange() {
    await exitDestination.set(NEUTRAL);
    allowPrivateWindows();
    openPrivateWindowsForReal();
    await openTracked(CHAT);
    const reading = await openActiveTab('https://private.example.org/reading');
    const windowId = (await fakeBrowser.windows.getAll()).find((win) => win.incognito)?.id as number;
    vi.spyOn(fakeBrowser.windows, 'remove').mockImplementation(() => new Promise(() => undefined));
    return { reading, windowId };
  }

  it.each([
    [
      'the keyboard command',
      async (tab: { id?: number }, _: number, commands: ReturnType<typeof fakeCommands>) =>
        void commands.trigger('go-to-page', tab),
    ],
    [
      'LEAVE from a page that closed the window',
      async (_: unknown, windowId: number) =>
        void fakeBrowser.runtime.sendMessage({ type: LEAVE, destination: NEUTRAL, sent: [], closedWindow: windowId }),
    ],
    [
      'WATCH from the popup, on a tab that does not leave',
      async (tab: { id?: number }) =>
        void fakeBrowser.runtime.sendMessage({ type: WATCH, destination: NEUTRAL, tabId: tab.id }),
    ],
  ])('%s keeps the worker running until its cover is open', async (_, exit) => {
    const { reading, windowId } = await arrange();
    const commands = fakeCommands();
    await startWorker();
    let coveredAt = 0;
    fakeBrowser.tabs.onCreated.addListener((tab) => {
      if (tab.url === NEUTRAL) coveredAt ||= Date.now();
    });
    const start = Date.now();

    await exit(reading, windowId, commands);
    await vi.advanceTimersByTimeAsync(3 * WATCH_MS);

    expect(coveredAt - start).toBeGreaterThanOrEqual(WATCH_MS);
    expect(longestQuiet(start, coveredAt)).toBeLessThanOrEqual(AWAKE_EVERY_MS);
  });
});
