import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import {
  browserSession,
  historyEntries,
  launch,
  openRealPopup,
  reloadExtension,
  type Session,
  stopWorker,
  storageIn,
} from './browser';
import { chatLink, chatThenExit, chatThenExitOnceCreated, openHelplines, POPUP, quickExit } from './helplinesPopup';
import { OPENS_CHATS } from './server';
import {
  allTabs,
  driveTarget,
  type HostSeen,
  pageAt,
  pageTargets,
  privateWindows,
  tabTargets,
  watchCreated,
  watchHost,
} from './targets';

/**
 * Issue 13 with the extension allowed in private windows: every site the guide opens goes to one
 * private window it creates, and quick exit closes that window. Issue 21 in the same browser (one
 * launch): a link pressed with the exit opens no new private window; a reload of the extension
 * does not make the exit forget that window; the tab and the popup window a helpline page opens
 * there close with it. Not allowed (as installed): exitRemembers.e2e.test.ts.
 */

const DESTINATION = 'https://weather.example.net/';
const READING = 'https://reading.example.org/chapter-two';
const CHAT = 'https://www.thehotline.org/';
const WEBSITE = 'https://rainn.org/';
/** The worker's "open this" message and the stored key of the guide's window (components/exit/). */
const OPEN = 'pocket-guide/open';
const PRIVATE_WINDOW = 'privateWindow';
/** A helpline page that opens a chat tab and a chat popup: on another host than the same-task exit's. */
const CHATS = `https://rainn.org${OPENS_CHATS}`;
const HELPLINE_HOST = 'www.thehotline.org';
const websiteLink = (page: Page) => page.getByRole('link', { name: 'RAINN website' });

describe('allowed in private windows', () => {
  let session: Session;
  let cdp: CDPSession;
  /** The last test closes the browser to read its History. */
  let closed = false;
  const tabs = () => allTabs(cdp);
  const privateTabs = async () => (await tabs()).private.sort();

  beforeAll(async () => {
    session = await launch({ privateWindows: true });
    await session.worker.evaluate((to) => chrome.storage.local.set({ exitDestination: to }), DESTINATION);
    cdp = await browserSession(session.context);
  });

  afterAll(async () => {
    await session?.close();
  });

  // Each test starts from one blank ordinary tab and no private window.
  afterEach(async () => {
    if (closed) return;
    const blank = await session.context.newPage();
    for (const page of session.context.pages()) if (page !== blank) await page.close();
    // Private tabs Playwright has not attached to yet: closed through the browser itself.
    for (const tab of (await tabTargets(cdp)).private) await cdp.send('Target.closeTarget', { targetId: tab.targetId });
    await expect.poll(privateTabs).toEqual([]);
  });

  it('the browser says so', async () => {
    expect(await session.worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  });

  it('a helpline link opens a private window, and the next link a tab in the same window', async () => {
    const popup = await openHelplines(session);
    await popup.getByText(/open in a private window, which the browser leaves out of its history/).waitFor();

    await chatLink(popup).click();
    await expect.poll(privateTabs).toEqual([CHAT]);
    const [windowId] = await privateWindows(popup);
    await websiteLink(popup).click();

    await expect.poll(privateTabs).toEqual([WEBSITE, CHAT].sort());
    expect(await privateWindows(popup)).toEqual([windowId]);
    expect((await storageIn(popup, 'local'))[PRIVATE_WINDOW]).toBe(windowId);
    expect((await tabs()).ordinary).not.toContain(CHAT);
  });

  it('two sites opened at the same moment share one private window', async () => {
    const popup = await session.open('popup.html', POPUP);

    await popup.evaluate(async (type) => {
      await Promise.all([
        chrome.runtime.sendMessage({ type, url: 'https://www.thehotline.org/' }),
        chrome.runtime.sendMessage({ type, url: 'https://rainn.org/' }),
      ]);
    }, OPEN);

    await expect.poll(privateTabs).toEqual([WEBSITE, CHAT].sort());
    expect(await privateWindows(popup)).toHaveLength(1);
  });

  it('quick exit closes it and sends the active tab away; the window is then forgotten', async () => {
    const reading = await session.visit(READING);
    const popup = await openHelplines(session);
    await chatLink(popup).click();
    await expect.poll(privateTabs).toEqual([CHAT]);
    await reading.bringToFront();

    await quickExit(popup).click();

    await reading.waitForURL(DESTINATION);
    await expect.poll(privateTabs).toEqual([]);
    const options = await session.open('options.html');
    expect(await privateWindows(options)).toEqual([]);
    await expect.poll(async () => (await storageIn(options, 'local'))[PRIVATE_WINDOW]).toBeUndefined();
  });

  it('a closed window is not reused: the next link opens a new one', async () => {
    const popup = await openHelplines(session);
    await chatLink(popup).click();
    await expect.poll(privateTabs).toEqual([CHAT]);
    const [first] = await privateWindows(popup);
    await session.worker.evaluate((id) => chrome.windows.remove(id), first as number);
    await expect.poll(privateTabs).toEqual([]);

    await websiteLink(popup).click();

    await expect.poll(privateTabs).toEqual([WEBSITE]);
    const [second] = await privateWindows(popup);
    expect(second).not.toBe(first);
    expect((await storageIn(popup, 'local'))[PRIVATE_WINDOW]).toBe(second);
  });

  it('the real popup, opened from a private window of the reader’s own, sends that window’s tab away', async () => {
    const windowId = await session.worker.evaluate(
      async (url) => (await chrome.windows.create({ incognito: true, url }))?.id as number,
      READING,
    );
    const theirs = await pageAt(session, READING);
    const popup = await openRealPopup(session, theirs, windowId);
    await popup.evaluate(
      `new Promise((done) => { const wait = () => document.querySelector('.topic-entry') ? done() : setTimeout(wait, 20); wait(); })`,
    );

    // Clicked after this call answers: the popup may be gone before it could.
    await popup.evaluate(`setTimeout(() => document.querySelector('.quick-exit__button').click()); 0`);

    await theirs.waitForURL(DESTINATION);
    // Every tab in that window shows the destination: on a busy machine the tab may report its start
    // after the 300 ms the watch allows, and is then also covered by a new tab (watchLeaving.ts).
    await expect.poll(async () => (await privateTabs()).every((url) => url === DESTINATION)).toBe(true);
    // It is the reader's window, not the guide's: it stays open.
    expect(await privateWindows(await session.open('options.html'))).toEqual([windowId]);
  });

  it('the real popup, opened from the guide’s own private window, closes it and shows the page in an ordinary window', async () => {
    const helplines = await openHelplines(session);
    await chatLink(helplines).click();
    await expect.poll(privateTabs).toEqual([CHAT]);
    const [windowId] = await privateWindows(helplines);
    const site = await pageAt(session, CHAT);
    const popup = await openRealPopup(session, site, windowId);
    await popup.evaluate(
      `new Promise((done) => { const wait = () => document.querySelector('.quick-exit__button') ? done() : setTimeout(wait, 20); wait(); })`,
    );

    // Clicked after this call answers: the popup may be gone before it could.
    await popup.evaluate(`setTimeout(() => document.querySelector('.quick-exit__button').click()); 0`);

    await expect.poll(privateTabs).toEqual([]);
    await expect.poll(async () => (await tabs()).ordinary).toContain(DESTINATION);
  });

  it('the first-run limits say what the private window does and does not hide, with no axe violations', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ introSeen: false }));
    const popup = await session.open('popup.html', POPUP);

    await popup
      .getByText(/opens in a private window, which the browser leaves out of its history and which quick exit closes/)
      .waitFor();
    expect(await popup.getByText(/Allow in Incognito/).count()).toBe(0);
    await expectNoAxeViolations(popup, 'the first-run explainer (private windows allowed)');
    await session.worker.evaluate(() => chrome.storage.local.set({ introSeen: true }));
  });

  it('the helplines view has no axe violations', async () => {
    const popup = await openHelplines(session);

    await expectNoAxeViolations(popup, 'the helplines view (private windows allowed)');
  });

  it('quick exit from the options page closes it with the worker asleep', async () => {
    const popup = await openHelplines(session);
    await chatLink(popup).click();
    await expect.poll(privateTabs).toEqual([CHAT]);
    const options = await session.open('options.html');
    await options.bringToFront();
    await stopWorker(session, options);

    await quickExit(options).click();

    await options.waitForURL(DESTINATION);
    await expect.poll(privateTabs).toEqual([]);
  });

  describe('issue 21: quick exit follows everything the guide opened there', () => {
    /** The 3 s watch the same-task exit starts; the cases after it go on meanwhile, and the last awaits it. */
    let sameTask: Promise<HostSeen> | undefined;

    // Two runs, as in exitRemembers.e2e.test.ts: the guide checks the exit counter before it creates
    // anything, so in one task the exit usually wins before a window exists. First, quick exit only
    // once the browser reports the page of a new private window (no window of the guide's open yet):
    // that window is closed. Then the same task, with the guide's window open: the exit closes it and
    // the open must not make a new one — watched for 3 s by the browser's events (which also see a
    // page that showed the site and was sent away) while the cases after it go on, on another host.
    it('a link pressed with quick exit, worker asleep, once its window exists or in the same task: none shows the site for 3 s', async () => {
      await cdp.send('Target.setDiscoverTargets', { discover: true });
      const start = await session.visit(READING);
      const first = await openHelplines(session);
      await start.bringToFront();
      await stopWorker(session, start);
      const ordinary = (await pageTargets(cdp)).find((page) => page.url === READING)?.browserContextId;
      const made = await chatThenExitOnceCreated(cdp, first);
      expect(made.browserContextId).not.toBe(ordinary);
      await expect.poll(privateTabs).toEqual([]);

      const reading = await session.visit(READING);
      const popup = await openHelplines(session);
      // The open above is over once this one is (opens there run one at a time): stopping the worker cuts nothing short.
      await websiteLink(popup).click();
      await expect.poll(privateTabs).toEqual([WEBSITE]);
      await reading.bringToFront();
      await stopWorker(session, reading);
      const watch = await watchHost(cdp, session.web, HELPLINE_HOST);
      const created = await watchCreated(cdp);

      await chatThenExit(popup);
      sameTask = watch.endIn(3000);

      await reading.waitForURL(DESTINATION);
      await expect.poll(privateTabs).toEqual([]);
      created.stop();
      console.info(
        `issue 21, same task (Chromium, private window): ${created.ids.size} page(s) created by the time the exit was done`,
      );
      expect((await pageTargets(cdp)).map((page) => page.targetId)).not.toContain(made.targetId);
    });

    it('a reload of the extension does not make quick exit forget the guide’s private window', async () => {
      const reading = await session.visit(READING);
      const popup = await openHelplines(session);
      await websiteLink(popup).click();
      await expect.poll(privateTabs).toEqual([WEBSITE]);

      await reloadExtension(session, { privateWindows: true });
      const fresh = await session.open('popup.html', POPUP);
      await reading.bringToFront();
      await quickExit(fresh).click();

      await reading.waitForURL(DESTINATION);
      await expect.poll(privateTabs).toEqual([]);
    });

    it('the tab and the popup window a helpline page opens in the private window close with it', async () => {
      const reading = await session.visit(READING);
      const popup = await session.open('popup.html', POPUP);
      await session.worker.evaluate(() => {
        const seen = globalThis as unknown as { tabs: unknown[]; windows: unknown[] };
        seen.tabs = [];
        seen.windows = [];
        chrome.tabs.onCreated.addListener((tab) => seen.tabs.push({ opener: tab.openerTabId, window: tab.windowId }));
        chrome.windows.onCreated.addListener((win) => seen.windows.push({ type: win.type, incognito: win.incognito }));
      });
      await popup.evaluate((url) => chrome.runtime.sendMessage({ type: 'pocket-guide/open', url }), CHATS);
      await expect.poll(privateTabs).toEqual([CHATS]);
      const helpline = (await tabTargets(cdp)).private[0]?.targetId as string;

      const page = await driveTarget(cdp, helpline);
      await page.click('a[target=_blank]');
      await expect.poll(privateTabs).toHaveLength(2);
      await page.click('button');
      await expect
        .poll(privateTabs)
        .toEqual([CHATS, 'https://rainn.org/chat-popup', 'https://rainn.org/chat-tab'].sort());

      // What Chromium 156 tells an extension without the `tabs` permission: both the chat tab and the
      // popup window's tab name the helpline tab as their opener (across windows too), and the popup is
      // a private window of type 'popup' (adopted as well, so that the exit closes it).
      const seen = (await session.worker.evaluate(() => globalThis)) as unknown as {
        tabs: { opener?: number; window: number }[];
        windows: { type: string; incognito: boolean }[];
      };
      const helplineId = seen.tabs[1]?.opener;
      expect(helplineId).toBeDefined();
      expect(seen.tabs.map((tab) => tab.opener)).toEqual([undefined, helplineId, helplineId]);
      expect(seen.tabs[2]?.window).not.toBe(seen.tabs[1]?.window);
      expect(seen.windows).toContainEqual({ type: 'popup', incognito: true });
      await reading.bringToFront();
      await quickExit(popup).click();

      await reading.waitForURL(DESTINATION);
      await expect.poll(privateTabs).toEqual([]);
    });

    it('3 s after the same-task exit, the browser had shown no page on the helpline’s host, nor asked for it', async () => {
      expect(await sameTask).toEqual({ shown: [], listed: [], asked: [] });
    });
  });

  it('afterwards, the History database holds no entry for the helplines’ sites', async () => {
    const profile = session.profile;
    closed = true;
    await session.close({ keepProfile: true });

    const entries = (await historyEntries(profile)).join('\n');

    // The ordinary page the run visited is there (so this reads the real History)...
    expect(entries).toContain('reading.example.org');
    // ...and the sites opened in the private window are not.
    expect(entries).not.toMatch(/thehotline\.org|rainn\.org/);
  });
});
