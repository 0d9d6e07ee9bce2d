import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, launch, loadBeside, reloadExtension, type Session, storageIn } from './browser';
import { OPENS_CHATS } from './server';
import { driveTarget, tabTargets } from './targets';

/**
 * Issue 21, cases 2 and 3, in real Chromium with sites opened in ordinary tabs (the extension as
 * installed, not allowed in private windows): a reload of the extension does not make quick exit
 * forget the helpline tab, and the tab and the popup window a helpline page opens are followed.
 * (With private windows allowed: exitPrivate.e2e.test.ts.)
 */

const DESTINATION = 'https://weather.example.net/';
const READING = 'https://reading.example.org/chapter-two';
const CHATS = `https://www.thehotline.org${OPENS_CHATS}`;
const POPUP = { width: 384, height: 600 };
const quickExit = (page: Page) => page.getByRole('button', { name: /^quick exit —/i });

let session: Session;
let cdp: CDPSession;

beforeAll(async () => {
  session = await launch({ reloadable: true });
  await session.worker.evaluate((to) => chrome.storage.local.set({ exitDestination: to }), DESTINATION);
  cdp = await browserSession(session.context);
});

afterAll(async () => {
  await session?.close();
});

afterEach(async () => {
  const blank = await session.context.newPage();
  for (const page of session.context.pages()) if (page !== blank) await page.close();
});

/**
 * The tabs the guide opens are followed as the browser lists them (DevTools protocol targets), not
 * through Playwright's pages: a tab created at about:blank and sent on at once can leave
 * Playwright's page at its first, empty address.
 */
const urlOf = async (targetId: string) =>
  (await tabTargets(cdp)).ordinary.find((target) => target.targetId === targetId)?.url;

/** The target showing `url` (the newest, if several). */
async function targetAt(url: string | RegExp): Promise<string> {
  const find = async () =>
    (await tabTargets(cdp)).ordinary
      .filter((target) => (typeof url === 'string' ? target.url === url : url.test(target.url)))
      .at(-1)?.targetId;
  await expect.poll(find, { timeout: 10_000 }).toBeDefined();
  return (await find()) as string;
}

/** Asks the worker, from an extension page, to open `url` as a helpline link does; returns its tab. */
async function openThroughGuide(from: Page, url: string): Promise<string> {
  await from.evaluate((address) => chrome.runtime.sendMessage({ type: 'pocket-guide/open', url: address }), url);
  return targetAt(url);
}

const trackedIds = async (page: Page) =>
  Object.keys(await storageIn(page, 'local')).filter((key) => key.startsWith('openedTab.'));

describe('a reload of the extension', () => {
  it('does not make quick exit forget the helpline tab (and closes the guide’s own open pages)', async () => {
    const reading = await session.visit(READING);
    const popup = await session.open('popup.html', POPUP);
    const helpline = await openThroughGuide(popup, 'https://www.thehotline.org/');
    await expect.poll(() => trackedIds(popup)).toHaveLength(1);
    const options = await session.open('options.html');
    // A probe beside the guide, with the one permission that can read "Recently closed".
    const probe = await recentlyClosedProbe();

    await reloadExtension(session);

    // Measured, not assumed: what a reload does to the guide's own pages.
    await expect.poll(() => popup.isClosed() && options.isClosed()).toBe(true);
    const closed = await probe.recentlyClosed();
    expect(closed.filter((url) => url.startsWith(`chrome-extension://${session.extensionId}/`)).sort()).toEqual([
      session.url('options.html'),
      session.url('popup.html'),
    ]);
    await probe.remove();

    const fresh = await session.open('popup.html', POPUP);
    await reading.bringToFront();
    await quickExit(fresh).click();

    await reading.waitForURL(DESTINATION);
    // Sent away, never closed: a closed tab would land in "Recently closed".
    await expect.poll(() => urlOf(helpline)).toBe(DESTINATION);
  });
});

describe('what a helpline page opens', () => {
  it('a target=_blank tab and a window.open popup are followed: the browser names their opener', async () => {
    const reading = await session.visit(READING);
    const popup = await session.open('popup.html', POPUP);
    const worker = session.worker;
    await recordCreated(worker);
    const helpline = await openThroughGuide(popup, CHATS);
    await expect.poll(() => trackedIds(popup)).toHaveLength(1);
    const helplineId = Number((await trackedIds(popup))[0]?.slice('openedTab.'.length));

    // Real clicks (trusted input events), as a reader's: a script's click could be taken for a pop-up.
    const page = await driveTarget(cdp, helpline);
    await page.click('a[target=_blank]');
    const chatTab = await targetAt(/\/chat-tab$/);
    await page.click('button');
    const chatPopup = await targetAt(/\/chat-popup$/);

    // Without the `tabs` permission, Chromium still gives each new tab its opener.
    const created = (await worker.evaluate(() => (globalThis as unknown as Recorded).created)) as Recorded['created'];
    expect(created.map((tab) => tab.openerTabId)).toEqual([undefined, helplineId, helplineId]);
    await expect.poll(() => trackedIds(popup)).toHaveLength(3);

    await reading.bringToFront();
    await quickExit(popup).click();

    await reading.waitForURL(DESTINATION);
    for (const tab of [helpline, chatTab, chatPopup]) await expect.poll(() => urlOf(tab)).toBe(DESTINATION);
  });

  it('a tab the reader closes is forgotten', async () => {
    const popup = await session.open('popup.html', POPUP);
    const helpline = await openThroughGuide(popup, 'https://www.thehotline.org/closed-by-hand');
    await expect.poll(() => trackedIds(popup)).toHaveLength(1);

    await cdp.send('Target.closeTarget', { targetId: helpline });

    await expect.poll(() => trackedIds(popup)).toEqual([]);
  });
});

interface Recorded {
  created: { id?: number; openerTabId?: number }[];
}

/** Records, in the worker, what `tabs.onCreated` tells the extension. */
const recordCreated = (worker: Worker) =>
  worker.evaluate(() => {
    const recorded = globalThis as unknown as Recorded;
    recorded.created = [];
    chrome.tabs.onCreated.addListener((tab) => recorded.created.push({ id: tab.id, openerTabId: tab.openerTabId }));
  });

/**
 * Another unpacked extension, loaded beside the guide for the measurement only, with the
 * `sessions` permission (the guide never asks for it): it reads what "Recently closed" lists.
 */
async function recentlyClosedProbe() {
  const dir = mkdtempSync(join(tmpdir(), 'pg-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'probe',
      version: '1',
      permissions: ['sessions', 'tabs'],
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '');
  const appeared = session.context.waitForEvent('serviceworker', {
    predicate: (worker) => worker.url().endsWith('/worker.js'),
  });
  const id = await loadBeside(session, dir);
  const worker = await appeared;
  return {
    recentlyClosed: () =>
      worker.evaluate(async () =>
        (await chrome.sessions.getRecentlyClosed()).flatMap((entry) =>
          entry.tab ? [entry.tab.url ?? ''] : (entry.window?.tabs ?? []).map((tab) => tab.url ?? ''),
        ),
      ),
    async remove() {
      await worker.evaluate((self) => chrome.management?.uninstallSelf?.() ?? self, id).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
