import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { type FirefoxSession, launchFirefox } from './firefox';

/**
 * Issue 13 in real Firefox: as installed, sites open in tracked tabs and the guide says how to
 * allow private windows in Firefox's words; once allowed (as about:addons does it), they open in
 * one private window that quick exit closes, and Firefox's History keeps no visit to them.
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

let fx: FirefoxSession;

beforeAll(async () => {
  fx = await launchFirefox();
});

afterAll(async () => {
  await fx?.close();
});

// Each test starts from one blank tab, whatever the last one left open (private windows too).
afterEach(async () => {
  await fx.closeAllTabs();
  await expect.poll(privateWindows).toEqual([]);
});

/** The URLs shown in each private window, as Firefox itself lists them (the extension may not see them). */
const privateWindows = () =>
  fx.inChrome<string[][]>(`
    const { PrivateBrowsingUtils } = ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs');
    return [...Services.wm.getEnumerator('navigator:browser')]
      .filter((win) => PrivateBrowsingUtils.isWindowPrivate(win))
      .map((win) => win.gBrowser.browsers.map((browser) => browser.currentURI.spec));
  `);

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

describe('once allowed in private windows (about:addons, "Run in Private Windows")', () => {
  beforeAll(async () => {
    await fx.allowInPrivateWindows();
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
