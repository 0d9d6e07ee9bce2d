import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { browserSession, launch, reloadExtension, type Session, stopWorker, storageIn } from './browser';
import { chatLink, chatThenExit, chatThenExitOnceCreated, openHelplines, POPUP, quickExit } from './helplinesPopup';
import { recentlyClosedProbe } from './recentlyClosed';
import { OPENS_CHATS } from './server';
import { driveTarget, type HostSeen, hostOf, pageTargets, tabTargets, watchCreated, watchHost } from './targets';

/**
 * The extension as installed, not allowed in private windows: sites open in tracked tabs (issue
 * 13), and issue 21 in real Chromium: a helpline link pressed in the same moment as quick exit
 * never shows the site afterwards, even with the worker asleep (its normal state), while the same
 * press without the exit does (the browser itself reports every page it creates, DevTools
 * `Target.targetCreated`, so "nothing shown" cannot hide "nothing happened"); a reload of the
 * extension does not make quick exit forget the helpline tab; and the tab and the popup window a
 * helpline page opens are followed. One browser for all (with private windows allowed:
 * privateWindow.e2e.test.ts).
 */

const DESTINATION = 'https://weather.example.net/';
const READING = 'https://reading.example.org/chapter-two';
const CHAT = 'https://www.thehotline.org/';
/** Lines that the cases after the same-task exit open: on another host than the one it watches. */
const ELSEWHERE = 'https://www.loveisrespect.org/';
const CHATS = `https://www.loveisrespect.org${OPENS_CHATS}`;
const HELPLINE_HOST = 'www.thehotline.org';

let session: Session;
let cdp: CDPSession;
/**
 * Issue 21: the watch on the helpline's host, from the moment the page made before the exit has
 * left until 3 s after the same-task exit; the cases after it go on meanwhile, and the last awaits
 * it. That page stays open until then (afterEach leaves it), so the watch's last look covers it too.
 */
let hostWatch: { endIn(ms: number): Promise<HostSeen> } | undefined;
let sameTask: Promise<HostSeen> | undefined;
let madeBeforeExit: string | undefined;

beforeAll(async () => {
  // Loaded over the protocol (not allowed in private windows, as installed), so that it can be reloaded.
  session = await launch({ reloadable: true });
  await session.worker.evaluate((to) => chrome.storage.local.set({ exitDestination: to }), DESTINATION);
  cdp = await browserSession(session.context);
  await cdp.send('Target.setDiscoverTargets', { discover: true });
});

afterAll(async () => {
  await session?.close();
});

// Each test starts from one blank tab (closed through the browser: Playwright may not know every tab).
afterEach(async () => {
  const blank = await session.context.newPage();
  const keep = (await tabTargets(cdp)).ordinary.find((tab) => tab.url === 'about:blank')?.targetId;
  for (const page of session.context.pages()) {
    if (page !== blank && !(madeBeforeExit && (await targetIdOf(page)) === madeBeforeExit)) await page.close();
  }
  for (const tab of (await tabTargets(cdp)).ordinary) {
    if (tab.targetId !== keep && tab.targetId !== madeBeforeExit)
      await cdp.send('Target.closeTarget', { targetId: tab.targetId }).catch(() => undefined);
  }
});

/** The browser's id for a page Playwright holds. */
async function targetIdOf(page: Page): Promise<string> {
  const own = await session.context.newCDPSession(page);
  try {
    return ((await own.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } }).targetInfo.targetId;
  } finally {
    await own.detach();
  }
}

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

/** The popup (as a tab) on the helplines view, a page of the reader's in front, the worker asleep. */
async function arrange(): Promise<{ popup: Page; reading: Page }> {
  const reading = await session.visit(READING);
  const popup = await openHelplines(session);
  await reading.bringToFront();
  await stopWorker(session, reading);
  return { popup, reading };
}

describe('as installed: not allowed in private windows', () => {
  it('a helpline link opens a tracked tab, and no private window at all', async () => {
    const popup = await openHelplines(session);
    const opened = session.context.waitForEvent('page');

    await chatLink(popup).click();

    const tab = await opened;
    await tab.waitForURL(CHAT);
    const stored = await storageIn(popup, 'local');
    expect(Object.keys(stored).filter((key) => key.startsWith('openedTab.'))).toHaveLength(1);
    expect(stored.privateWindow).toBeUndefined();
    // The browser's own list, which shows private tabs the extension could not see.
    expect((await tabTargets(cdp)).private).toEqual([]);
    expect(await session.worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(false);
  });

  it('the helplines view says, once, how to allow it and what that shows, with no axe violations', async () => {
    const popup = await openHelplines(session);

    const note = popup.getByText(/stay in this browser's history/);
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /Details under Pocket Guide, and turn on "Allow in Incognito"\. Anyone who opens that page can see that it is on\./,
    );
    expect(await popup.getByText(/Allow in Incognito/).count()).toBe(1);
    await expectNoAxeViolations(popup, 'the helplines view (private windows not allowed)');
  });

  it('so do the first-run limits', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ introSeen: false }));
    const popup = await session.open('popup.html', POPUP);

    const item = popup.getByRole('listitem').filter({ hasText: 'Allow in Incognito' });
    await item.waitFor();

    expect(await item.textContent()).toMatch(/Back in that tab brings the site back/);
    expect(await popup.getByText(/Allow in Incognito/).count()).toBe(1);
    await session.worker.evaluate(() => chrome.storage.local.set({ introSeen: true }));
  });
});

describe('a helpline link pressed in the same moment as quick exit, with the worker asleep', () => {
  /*
   * Two runs with the exit, because the guide checks the exit counter before it creates anything:
   * with the link and the exit in one task, the exit usually wins before any page exists, so that
   * run alone cannot show that a page already made for the helpline is sent away. After the control,
   * quick exit is pressed only once the browser reports the new page (Target.targetCreated); the next
   * case is the same task as the issue states it.
   */
  it('control: without the exit, the press opens a page that shows the helpline; with the exit as soon as that page exists, it is sent away', async () => {
    const { popup, reading } = await arrange();
    const created = await watchCreated(cdp);

    await chatLink(popup).evaluate((link: HTMLElement) => link.click());

    await expect.poll(() => created.ids.size, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (await pageTargets(cdp)).some((page) => created.ids.has(page.targetId) && hostOf(page.url) === HELPLINE_HOST),
      )
      .toBe(true);
    created.stop();
    // The watch the next case relies on sees the helpline's address when a page shows it.
    expect(created.shown.some((page) => created.ids.has(page.targetId) && hostOf(page.url) === HELPLINE_HOST)).toBe(
      true,
    );

    await reading.bringToFront();
    await stopWorker(session, reading);
    const page = (await chatThenExitOnceCreated(cdp, popup)).targetId;
    await expect.poll(() => urlOf(page)).toBe(DESTINATION);
    madeBeforeExit = page;
    hostWatch = await watchHost(cdp, session.web, HELPLINE_HOST);
  });

  // An event watch, not a look at the end: it also sees a page that showed the site for a moment and
  // was then sent away. Whether a page was created at all is a race (logged, never asserted).
  it('in the same task as the link: for 3 s no page shows the helpline, nor is it asked for (watched while the file goes on)', async () => {
    const { popup, reading } = await arrange();
    const created = await watchCreated(cdp);

    await chatThenExit(popup);
    sameTask = hostWatch?.endIn(3000);

    await reading.waitForURL(DESTINATION);
    created.stop();
    console.info(
      `issue 21, same task (Chromium, tab): ${created.ids.size} page(s) created by the time the exit was done`,
    );
  });
});

describe('a reload of the extension', () => {
  it('does not make quick exit forget the helpline tab (and closes the guide’s own open pages)', async () => {
    const reading = await session.visit(READING);
    const popup = await session.open('popup.html', POPUP);
    const helpline = await openThroughGuide(popup, ELSEWHERE);
    await expect.poll(() => trackedIds(popup)).toHaveLength(1);
    const options = await session.open('options.html');
    // A probe beside the guide, with the one permission that can read "Recently closed".
    const probe = await recentlyClosedProbe(session);
    const ours = async () =>
      (await probe.recentlyClosed()).filter((url) => url.startsWith(`chrome-extension://${session.extensionId}/`));
    const before = (await ours()).length;

    await reloadExtension(session);

    // Measured, not assumed: a reload closes the guide's own open pages, into "Recently closed".
    await expect.poll(() => popup.isClosed() && options.isClosed()).toBe(true);
    expect((await ours()).slice(0, -before || undefined).sort()).toEqual([
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
  it('a target=_blank tab and a window.open popup are followed (the browser names their opener); a tab the reader closes is forgotten', async () => {
    const reading = await session.visit(READING);
    const popup = await session.open('popup.html', POPUP);
    const worker = session.worker;
    await recordCreated(worker);
    const helpline = await openThroughGuide(popup, CHATS);
    await expect.poll(() => trackedIds(popup)).toHaveLength(1);
    const helplineKey = (await trackedIds(popup))[0] as string;
    const helplineId = Number(helplineKey.slice('openedTab.'.length));
    // A second line, which the reader closes: its key goes, the helpline's stays.
    const closed = await openThroughGuide(popup, `${ELSEWHERE}closed-by-hand`);
    await expect.poll(() => trackedIds(popup)).toHaveLength(2);
    await cdp.send('Target.closeTarget', { targetId: closed });
    await expect.poll(() => trackedIds(popup)).toEqual([helplineKey]);

    // Real clicks (trusted input events), as a reader's: a script's click could be taken for a pop-up.
    const page = await driveTarget(cdp, helpline);
    await page.click('a[target=_blank]');
    const chatTab = await targetAt(/\/chat-tab$/);
    await page.click('button');
    const chatPopup = await targetAt(/\/chat-popup$/);

    // Without the `tabs` permission, Chromium still gives each new tab its opener.
    const created = (await worker.evaluate(() => (globalThis as unknown as Recorded).created)) as Recorded['created'];
    expect(created.map((tab) => tab.openerTabId)).toEqual([undefined, undefined, helplineId, helplineId]);
    await expect.poll(() => trackedIds(popup)).toHaveLength(3);

    await reading.bringToFront();
    await quickExit(popup).click();

    await reading.waitForURL(DESTINATION);
    for (const tab of [helpline, chatTab, chatPopup]) await expect.poll(() => urlOf(tab)).toBe(DESTINATION);
  });
});

it('3 s after the same-task exit, the browser had shown no page on the helpline’s host, nor asked for it', async () => {
  expect(await sameTask).toEqual({ shown: [], listed: [], asked: [] });
  expect(await urlOf(madeBeforeExit as string)).toBe(DESTINATION);
  madeBeforeExit = undefined;
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
