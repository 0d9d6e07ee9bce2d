import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wait } from '@/components/exit/attempt';
import { AWAKE_EVERY_MS, AWAKE_MAX_MS, keepAwake } from '@/components/exit/keepAwake';
import { openTracked } from '@/components/exit/openTracked';
import { allowPrivateWindows, openPrivateWindowsForReal } from './privateWindowHelpers';

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
