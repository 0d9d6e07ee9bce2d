import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OPENS_CHATS } from '../server';
import { expectNoAxeViolations } from './axe';
import {
  closeTabsBut,
  type HostSeen,
  helplinesPopup,
  hostOf,
  linkThenExitOnceCreated,
  pageOf,
  privateWindows as privateWindowsOf,
  reloadExtension,
  stopBackground,
  urlOfTab,
  watchCreated,
  watchHost,
} from './contexts';
import { type FirefoxSession, launchFirefox, POPUP_VIEWPORT } from './firefox';

/**
 * Issue 13 in real Firefox: as installed, sites open in tracked tabs and the guide says how to
 * allow private windows in Firefox's words; once allowed (as about:addons does it), they open in
 * one private window that quick exit closes, and Firefox's History keeps no visit to them.
 *
 * Issue 21 in the same browser (one launch): a link pressed with quick exit never shows the site
 * afterwards (the background asleep, its normal state); the tab and the popup a helpline page
 * opens follow the exit; a reload of the extension (`runtime.reload()`) does not make the exit
 * forget the helpline tab or the guide's private window. Firefox reports every browsing context
 * it creates (WebDriver BiDi `browsingContext.contextCreated`), so "nothing shown" cannot hide
 * "nothing happened". The sites these open in ordinary tabs are not the ones History is checked
 * for below (www.thehotline.org/ and rainn.org/ are opened only in the private window).
 */

const DESTINATION = 'https://www.google.com/';
const READING = 'https://reading.example.org/chapter-two';
const CHAT = 'https://www.thehotline.org/';
const WEBSITE = 'https://rainn.org/';
/** Opened while not allowed, so in an ordinary tab: History keeps it. */
const ORDINARY_CHAT = 'https://www.loveisrespect.org/';
const EXIT = '.quick-exit__button';
const CHAT_LINK = '::-p-aria([name="Chat online with National Domestic Violence Hotline"][role="link"])';
const WEBSITE_LINK = '::-p-aria([name="RAINN website"][role="link"])';
const ORDINARY_CHAT_LINK = '::-p-aria([name="Chat online with loveisrespect"][role="link"])';
/** A page of a helpline that opens a chat tab (target=_blank) and a chat popup (window.open). */
const CHATS = `https://www.thehotline.org${OPENS_CHATS}`;

let fx: FirefoxSession;

beforeAll(async () => {
  fx = await launchFirefox();
});

afterAll(async () => {
  await fx?.close();
});

/** Tabs a case leaves open for a later one (issue 21: the tab made before the exit). */
const keepOpen = new Set<string>();

// Each test starts from one blank tab, whatever the last one left open (private windows too).
afterEach(async () => {
  await (keepOpen.size > 0 ? closeTabsBut(fx, keepOpen) : fx.closeAllTabs());
  await expect.poll(privateWindows).toEqual([]);
});

const privateWindows = () => privateWindowsOf(fx);

/** Whether Firefox's History (Places) holds a visit to `url`. */
const visited = (url: string) =>
  fx.inChrome<boolean>(`
    const { PlacesUtils } = ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
    return PlacesUtils.history.hasVisits(${JSON.stringify(url)});
  `);

const textOf = (page: Page) => page.evaluate(() => document.body.innerText);

describe('as installed: not allowed in private windows', () => {
  it('the helplines view says how to allow it in Firefox’s words, once, with no axe violations', async () => {
    const popup = await fx.openHelplines('us');

    const text = await textOf(popup);

    expect(text).toMatch(
      /stay in this browser's history\. .*about:addons, choose Pocket Guide, and set "Run in Private Windows" to Allow\. Anyone who opens that page can see that it is allowed\./,
    );
    expect(text.match(/Run in Private Windows/g)).toHaveLength(1);
    expect(text).not.toMatch(/Allow in Incognito/);
    await expectNoAxeViolations(popup, 'the helplines view (private windows not allowed)');
  });

  it('a helpline link opens an ordinary tab, and no private window', async () => {
    const popup = await fx.openHelplines('us');

    await popup.click(ORDINARY_CHAT_LINK);

    await expect.poll(async () => (await fx.tabs()).some((tab) => tab.url === ORDINARY_CHAT)).toBe(true);
    expect(await privateWindows()).toEqual([]);
  });
});

describe('issue 21', () => {
  /** A helpline link that opens an ordinary tab here (History may keep that site: see above). */
  const LINK = 'a[aria-label="Chat online with loveisrespect"]';
  const HOST = hostOf(ORDINARY_CHAT);
  /**
   * The watch on HOST, from the moment the tab made before the exit has left until 3 s after the
   * same-task exit: the cases after it go on meanwhile (none opens anything on HOST) and the last
   * one awaits it. That tab stays open until then (afterEach leaves it), so the watch's last look
   * covers it too.
   */
  let hostWatch: { endIn(ms: number): Promise<HostSeen> } | undefined;
  let sameTask: Promise<HostSeen> | undefined;

  /** The popup on the helplines view, a page of the reader's in front, the background stopped. */
  async function arrange(): Promise<{ popup: Page; reading: Page }> {
    const reading = await fx.visit(READING);
    const popup = await helplinesPopup(fx, LINK);
    await fx.front(reading);
    await stopBackground(fx);
    return { popup, reading };
  }

  describe('as installed: a helpline link pressed in the same moment as quick exit, the background asleep', () => {
    // Two runs with the exit, because the guide checks the exit counter before it creates anything:
    // in one task the exit usually wins before any tab exists, so that run alone cannot show that a
    // tab already made for the helpline is sent away. Here, after the control, quick exit is pressed
    // only once Firefox reports the new tab (browsingContext.contextCreated); the next case is the
    // same task as the issue states it.
    it('control: without the exit, Firefox creates a tab that shows the helpline; with the exit as soon as that tab exists, it is sent away', async () => {
      const { popup, reading } = await arrange();
      const created = watchCreated(fx);

      await popup.$eval(LINK, (link) => (link as HTMLElement).click());

      await expect.poll(() => created.ids.size, { timeout: 10_000 }).toBeGreaterThan(0);
      await expect
        .poll(async () => (await fx.tabs()).some((tab) => created.ids.has(tab.id) && hostOf(tab.url) === HOST))
        .toBe(true);
      created.stop();
      // The watch the next case relies on sees the helpline's address when a tab shows it.
      expect(created.shown.some((seen) => created.ids.has(seen.context) && hostOf(seen.url) === HOST)).toBe(true);

      await fx.front(reading);
      await stopBackground(fx);
      const tab = await linkThenExitOnceCreated(fx, popup, LINK, EXIT);
      await expect.poll(() => urlOfTab(fx, tab)).toBe(DESTINATION);
      keepOpen.add(tab);
      hostWatch = watchHost(fx, HOST);
    });

    // An event watch, not a look at the end: it also sees a tab that showed the site for a moment
    // and was then sent away. Whether a tab was created at all is a race (logged, never asserted).
    it('in the same task as the link: for 3 s no tab shows the helpline, nor is it asked for (watched while the file goes on)', async () => {
      const { popup, reading } = await arrange();
      const created = watchCreated(fx);
      await popup
        .$eval(
          LINK,
          (link, exit) => {
            (link as HTMLElement).click();
            document.querySelector<HTMLButtonElement>(exit)?.click();
          },
          EXIT,
        )
        .catch(() => undefined);
      sameTask = hostWatch?.endIn(3000);

      await expect.poll(async () => (await fx.tabOf(reading))?.url).toBe(DESTINATION);
      created.stop();
      console.info(
        `issue 21, same task (Firefox, tab): ${created.ids.size} tab(s) created by the time the exit was done`,
      );
    });
  });

  // One case for both (the set-up and the exit are the costly part in Firefox): what a helpline page
  // opens is recorded and followed, then the extension is reloaded twice, and the exit must still
  // reach the helpline tab, the tab it opened and the guide's private window.
  describe('what a helpline page opens, and a reload of the extension', () => {
    it('a target=_blank tab is followed (Firefox names its opener, not a popup window’s); a reload does not make quick exit forget it, the helpline tab, nor the guide’s private window', async () => {
      const reading = await fx.visit(READING);
      // An extension page that records what tabs.onCreated tells the extension (no `tabs` permission).
      const recorder = await fx.open('popup.html', POPUP_VIEWPORT);
      await recorder.evaluate((url) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const seen: (number | undefined)[] = [];
        const windows: (string | undefined)[] = [];
        Object.assign(window, { seen, windows });
        api.tabs.onCreated.addListener((tab) => seen.push(tab.openerTabId));
        api.windows.onCreated.addListener((win) => windows.push(win.type));
        void api.runtime.sendMessage({ type: 'pocket-guide/open', url });
      }, CHATS);
      await expect.poll(async () => (await fx.tabs()).some((tab) => tab.url === CHATS), { timeout: 10_000 }).toBe(true);
      const helpline = (await fx.tabs()).find((tab) => tab.url === CHATS)?.id as string;
      const page = await pageOf(fx, helpline);

      await fx.front(page);
      await page.click('a[target=_blank]');
      await expect.poll(async () => (await fx.tabs()).some((tab) => tab.url.endsWith('/chat-tab'))).toBe(true);
      await fx.front(page);
      await page.click('button');
      await expect.poll(async () => (await fx.tabs()).some((tab) => tab.url.endsWith('/chat-popup'))).toBe(true);

      const openers = (await recorder.evaluate(() => (window as unknown as { seen: (number | undefined)[] }).seen)) as (
        | number
        | undefined
      )[];
      // Firefox 153 names the opener of the target=_blank tab, without the `tabs` permission, but not
      // of the popup's tab (a window of its own; not even through tabs.query later): an ordinary
      // popup is not followed in Firefox (a private one is adopted as a private popup window).
      expect(openers).toHaveLength(3);
      expect(openers[0]).toBeUndefined();
      expect(openers[1]).toBeDefined();
      expect(openers[2]).toBeUndefined();
      // The popup's window is one of type 'popup' (what the guide adopts when it is private).
      expect(await recorder.evaluate(() => (window as unknown as { windows: string[] }).windows)).toEqual(['popup']);
      const chats = (await fx.tabs()).filter((tab) => /\/chat-tab$/.test(tab.url)).map((tab) => tab.id);

      // Allowing the extension in private windows reloads it (as about:addons does): the case the
      // guide's own advice leads to. Then a line opens in the private window, and it is reloaded again.
      await fx.allowInPrivateWindows();
      await fx.inExtension(
        `await browser.runtime.sendMessage({ type: 'pocket-guide/open', url: ${JSON.stringify(WEBSITE)} })`,
        { background: true },
      );
      await expect.poll(privateWindows).toEqual([[WEBSITE]]);
      await reloadExtension(fx);
      const popup = await fx.open('popup.html', POPUP_VIEWPORT);
      await fx.front(reading);
      await popup.click(EXIT);

      await expect.poll(async () => (await fx.tabOf(reading))?.url).toBe(DESTINATION);
      for (const id of [helpline, ...chats]) await expect.poll(() => urlOfTab(fx, id)).toBe(DESTINATION);
      await expect.poll(privateWindows).toEqual([]);
    });
  });

  it('3 s after the same-task exit, Firefox had shown no tab on the helpline’s host nor asked for it', async () => {
    expect(await sameTask).toEqual({ shown: [], listed: [], asked: [] });
    for (const id of keepOpen) expect(await urlOfTab(fx, id)).toBe(DESTINATION);
    keepOpen.clear();
  });
});

describe('once allowed in private windows (about:addons, "Run in Private Windows")', () => {
  beforeAll(async () => {
    // The reload test above allowed it already, as a reader following the guide's advice does.
    if (!(await fx.inExtension('return await browser.extension.isAllowedIncognitoAccess()'))) {
      await fx.allowInPrivateWindows();
    }
  });

  it('the browser says so', async () => {
    expect(await fx.inExtension('return await browser.extension.isAllowedIncognitoAccess()')).toBe(true);
  });

  it('helpline links open in one private window, and quick exit closes it and sends the active tab away', async () => {
    const reading = await fx.visit(READING);
    const popup = await fx.openHelplines('us');
    expect(await textOf(popup)).toMatch(
      /open in a private window, which the browser leaves out of its history\. Quick exit closes it\./,
    );

    await popup.click(CHAT_LINK);
    await expect.poll(privateWindows).toEqual([[CHAT]]);
    await popup.click(WEBSITE_LINK);
    await expect.poll(privateWindows).toEqual([[CHAT, WEBSITE]]);
    await fx.front(reading);
    await popup.click(EXIT);

    await expect.poll(privateWindows).toEqual([]);
    await expect.poll(async () => (await fx.tabOf(reading))?.url).toBe(DESTINATION);
  });

  it('two sites opened at the same moment share one private window', async () => {
    await fx.inExtension(`
      await Promise.all([
        browser.runtime.sendMessage({ type: 'pocket-guide/open', url: ${JSON.stringify(CHAT)} }),
        browser.runtime.sendMessage({ type: 'pocket-guide/open', url: ${JSON.stringify(WEBSITE)} }),
      ]);
    `);

    await expect.poll(async () => (await privateWindows()).flat().sort()).toEqual([WEBSITE, CHAT].sort());
    expect(await privateWindows()).toHaveLength(1);
    const options = await fx.open('options.html');
    await options.click(EXIT);
    await expect.poll(privateWindows).toEqual([]);
  });

  it('Firefox’s History then holds no visit to the sites opened in it (and does hold those opened in tabs)', async () => {
    expect(await visited(READING)).toBe(true);
    expect(await visited(ORDINARY_CHAT)).toBe(true);
    expect(await visited(CHAT)).toBe(false);
    expect(await visited(WEBSITE)).toBe(false);
  });
});
