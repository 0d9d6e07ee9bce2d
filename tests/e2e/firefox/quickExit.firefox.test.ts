import type { Dialog, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN } from '../../../components/exit/messages';
import { ASKS_BEFORE_LEAVING } from '../server';
import { backgroundState, disableAndEnable, pressCommand } from './addon';
import { backgroundAwake, stopBackground } from './contexts';
import { type FirefoxSession, launchFirefox, POPUP_VIEWPORT, type Tab } from './firefox';
import { expectNoLeaks } from './privacy';

/** Quick exit in real Firefox: the same promises as in Chromium (../quickExit.e2e.test.ts). */

const DESTINATION = 'https://www.google.com/';
const PRIVATE_PAGE = 'https://reading.example.org/chapter-two';
const HELPLINE_SITE = 'https://www.thehotline.org/';
const CHOSEN_DESTINATION = 'https://www.example.com/recipes';
const EXIT = '.quick-exit__button';

let fx: FirefoxSession;

beforeAll(async () => {
  fx = await launchFirefox();
});

afterAll(async () => {
  await fx?.close();
});

const urlOf = async (page: Page) => (await fx.tabOf(page))?.url;
const tabCount = async () => (await fx.tabs()).length;
const urls = (tabs: Tab[]) => tabs.map((tab) => tab.url);

/** A function listing the tabs opened since it was made (while loading, a tab's URL is about:blank). */
async function tabsOpenedAfter(): Promise<() => Promise<Tab[]>> {
  const before = new Set((await fx.tabs()).map((tab) => tab.id));
  return async () => (await fx.tabs()).filter((tab) => !before.has(tab.id));
}

/** An ordinary tab in front, with the options page and the popup (opened as a tab) beside it. */
async function arrange() {
  const privateTab = await fx.visit(PRIVATE_PAGE);
  const optionsTab = await fx.open('options.html');
  const popup = await fx.open('popup.html', POPUP_VIEWPORT);
  // Opened as a tab, the popup would itself be the active tab: put the ordinary page in front,
  // as it is when the real popup opens over it.
  await fx.front(privateTab);
  return { privateTab, optionsTab, popup };
}

const CHAT_LINK = '::-p-aria([name="Chat online with National Domestic Violence Hotline"][role="link"])';

/** How many tabs the extension remembers having opened (components/exit/trackedTabs.ts: one local key each). */
const trackedTabs = () =>
  fx.inExtension<number>(
    'return Object.entries(await browser.storage.local.get(null)).filter(([key, value]) => key.startsWith("openedTab.") && value === true).length;',
  );

describe('the popup in Firefox', () => {
  it('renders with the quick exit control as the first Tab stop', async () => {
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);

    await popup.keyboard.press('Tab');

    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Quick exit');
    expect(await popup.title()).toBe('Pocket Guide');
    await fx.closeAllTabs();
  });

  it('quick exit sends the active tab away, and replaces the options tab and the popup tab in place', async () => {
    const { privateTab, optionsTab, popup } = await arrange();
    const before = await tabCount();
    const optionsHistory = await optionsTab.evaluate(() => history.length);

    await popup.click(EXIT);

    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await expect.poll(() => urlOf(optionsTab)).toBe(DESTINATION);
    // The popup page opened as a tab replaces itself too: closed, it would be in "Recently closed".
    await expect.poll(() => urlOf(popup)).toBe(DESTINATION);
    // Replaced, not closed and not pushed: Back cannot return to them.
    expect(await tabCount()).toBe(before);
    expect(await optionsTab.evaluate(() => history.length)).toBe(optionsHistory);
    await fx.closeAllTabs();
  });

  it('Shift pressed three times does the same', async () => {
    const { privateTab, optionsTab, popup } = await arrange();

    for (let i = 0; i < 3; i++) await popup.keyboard.press('Shift');

    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await expect.poll(() => urlOf(optionsTab)).toBe(DESTINATION);
    await expect.poll(() => urlOf(popup)).toBe(DESTINATION);
    await fx.closeAllTabs();
  });

  it('goes to the destination the user stored', async () => {
    await fx.inExtension(`await browser.storage.local.set({ exitDestination: ${JSON.stringify(CHOSEN_DESTINATION)} })`);
    const { privateTab, optionsTab, popup } = await arrange();

    await popup.click(EXIT);

    await expect.poll(() => urlOf(privateTab)).toBe(CHOSEN_DESTINATION);
    await expect.poll(() => urlOf(optionsTab)).toBe(CHOSEN_DESTINATION);
    await fx.closeAllTabs();
    await fx.inExtension('await browser.storage.local.remove("exitDestination")');
  });
});

describe('the real toolbar popup in Firefox', () => {
  it('opens at its full width, and its quick exit sends the tab under it away and closes it', async () => {
    const privateTab = await fx.visit(PRIVATE_PAGE);
    await fx.front(privateTab);

    // From a background extension tab: open the real popup over the ordinary tab, wait for the app,
    // measure it, press quick exit, and wait for the popup to close.
    const popup = await fx.inExtension<{ width: number; overflow: number; closed: boolean }>(
      `
      const until = async (find) => { for (;;) { const found = find(); if (found) return found; await new Promise((go) => setTimeout(go, 25)); } };
      await browser.action.openPopup();
      const view = await until(() => browser.extension.getViews({ type: 'popup' }).find((w) => w.document.querySelector('.topic-entry')));
      const size = { width: view.innerWidth, overflow: view.document.documentElement.scrollWidth - view.innerWidth };
      view.document.querySelector(${JSON.stringify(EXIT)}).click();
      const closed = await until(() => browser.extension.getViews({ type: 'popup' }).length === 0);
      return { ...size, closed };
      `,
      { background: true },
    );

    expect(popup.width).toBe(POPUP_VIEWPORT.width);
    expect(popup.overflow).toBeLessThanOrEqual(0);
    expect(popup.closed).toBe(true);
    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await fx.closeAllTabs();
  });
});

describe('the options page in Firefox', () => {
  it('Shift pressed three times replaces the page itself, keeping the tab', async () => {
    const options = await fx.open('options.html');
    const before = await tabCount();
    const length = await options.evaluate(() => history.length);

    for (let i = 0; i < 3; i++) await options.keyboard.press('Shift');

    await expect.poll(() => urlOf(options)).toBe(DESTINATION);
    expect(await tabCount()).toBe(before);
    expect(await options.evaluate(() => history.length)).toBe(length);
    await fx.closeAllTabs();
  });
});

describe('a helpline website opened from the helplines view, in Firefox', () => {
  it('opens in a tab the extension remembers, and quick exit sends it away', async () => {
    const privateTab = await fx.visit(PRIVATE_PAGE);
    const popup = await fx.openHelplines('us');
    const opened = await tabsOpenedAfter();

    await popup.click(CHAT_LINK);

    await expect.poll(async () => urls(await opened())).toEqual([HELPLINE_SITE]);
    await expect.poll(trackedTabs).toBe(1);
    expect(await urlOf(popup)).toBe(fx.url('popup.html'));
    await fx.front(privateTab);
    await popup.click(EXIT);

    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await expect.poll(async () => urls(await opened())).toEqual([DESTINATION]);
    await fx.closeAllTabs();
  });

  it('tracks every tab it opened after a double click (two clicks 1 ms apart), and sends them all away', async () => {
    const privateTab = await fx.visit(PRIVATE_PAGE);
    const popup = await fx.openHelplines('us');
    const opened = await tabsOpenedAfter();

    await popup.$eval(
      CHAT_LINK,
      (link) =>
        new Promise<void>((done) => {
          (link as HTMLElement).click();
          setTimeout(() => done((link as HTMLElement).click()), 1);
        }),
    );

    // Every tab that opened has reached the site, and each one is remembered.
    await expect
      .poll(async () => {
        const tabs = await opened();
        return (
          tabs.length > 0 && tabs.every((tab) => tab.url === HELPLINE_SITE) && (await trackedTabs()) === tabs.length
        );
      })
      .toBe(true);
    await fx.front(privateTab);
    await popup.click(EXIT);

    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await expect.poll(async () => urls(await opened()).every((url) => url === DESTINATION)).toBe(true);
    await fx.closeAllTabs();
  });
});

describe('with the background asleep, in Firefox', () => {
  it('quick exit from the options page still sends the helpline tab away', async () => {
    const popup = await fx.openHelplines('us');
    const opened = await tabsOpenedAfter();
    await popup.click(CHAT_LINK);
    await expect.poll(async () => urls(await opened())).toEqual([HELPLINE_SITE]);
    await expect.poll(trackedTabs).toBe(1);
    const [helpline] = await opened();
    await popup.close();
    const options = await fx.open('options.html');

    await expect.poll(() => backgroundAwake(options), { timeout: 15_000 }).toBe(0);
    for (let i = 0; i < 3; i++) await options.keyboard.press('Shift');

    await expect.poll(() => urlOf(options)).toBe(DESTINATION);
    await expect.poll(async () => (await fx.tabs()).find((tab) => tab.id === helpline?.id)?.url).toBe(DESTINATION);
    await fx.closeAllTabs();
  });
});

describe('the keyboard command in Firefox', () => {
  it('is registered with its default key, which Firefox accepts', async () => {
    const commands = await fx.inExtension<{ name: string; shortcut?: string }[]>('return browser.commands.getAll()');

    expect(commands).toEqual([expect.objectContaining({ name: 'go-to-page', shortcut: 'Alt+Shift+Q' })]);
  });
});

describe('issue 22 in Firefox: the command and the disguise, the background suspended', () => {
  /** A document of the extension that runs none of the guide's code: it only notes what the worker says. */
  async function listener(): Promise<{ heard(): Promise<string[]> }> {
    const page = await fx.browser.newPage({ background: true });
    const context = (
      page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }
    ).browsingContext;
    await context.navigate(fx.url('popup.html').replace('popup.html', 'manifest.json'), 'interactive');
    await page.evaluate(() => {
      const api = (globalThis as unknown as { browser: { runtime: { onMessage: { addListener(f: unknown): void } } } })
        .browser;
      const heard: string[] = [];
      (globalThis as unknown as { heard: string[] }).heard = heard;
      api.runtime.onMessage.addListener((message: { type?: string }) => void heard.push(String(message?.type)));
    });
    return { heard: () => page.evaluate(() => (globalThis as unknown as { heard: string[] }).heard) };
  }

  it('the keyboard command, through its real listener: the pages blank first, then every tab leaves, an unloaded options tab too', async () => {
    const privateTab = await fx.visit(PRIVATE_PAGE);
    const options = await fx.open('options.html');
    const opened = await tabsOpenedAfter();
    // As a helpline link does (TrackedLink): the worker opens the site in a tab it remembers.
    await options.evaluate(
      (url) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }
        ).browser.runtime.sendMessage({ type: 'pocket-guide/open', url }),
      HELPLINE_SITE,
    );
    await expect.poll(async () => urls(await opened())).toEqual([HELPLINE_SITE]);
    const [helpline] = await opened();
    // A second options tab, which Firefox unloads (tabs.discard keeps its id; no page runs in it).
    const unloadedTab = await fx.tabOf(await fx.open('options.html'));
    await fx.front(privateTab);
    const unloaded = await options.evaluate(async (address) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const here = (await api.tabs.getCurrent())?.id;
      const other = (await api.tabs.query({ url: address })).find((tab) => tab.id !== here)?.id as number;
      await api.tabs.discard(other);
      return (await api.tabs.get(other)).discarded;
    }, fx.url('options.html'));
    expect(unloaded).toBe(true);
    const pages = await listener();
    // Suspended as its idle timer does it (terminateBackground), without waiting for the timer.
    await stopBackground(fx);

    expect(await pressCommand(fx)).toBe(true);

    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await expect.poll(() => urlOf(options)).toBe(DESTINATION);
    await expect.poll(async () => (await fx.tabs()).find((tab) => tab.id === unloadedTab?.id)?.url).toBe(DESTINATION);
    await expect.poll(async () => (await fx.tabs()).find((tab) => tab.id === helpline?.id)?.url).toBe(DESTINATION);
    expect((await pages.heard()).slice(0, 2)).toEqual(['pocket-guide/blank', 'pocket-guide/leave']);
    await fx.closeAllTabs();
  });

  it('the disguise comes back after the add-on is disabled and enabled again', async () => {
    await fx.inExtension(
      'await browser.storage.local.set({ disguise: "calculator" }); await browser.action.setTitle({ title: "Calculator" });',
    );

    expect(await disableAndEnable(fx)).toBe(true);
    // Measured: whether Firefox starts the background on enable by itself (nothing else woke it yet).
    let startedAlone = false;
    for (let tries = 0; tries < 20 && !startedAlone; tries++) {
      startedAlone = (await backgroundState(fx)) === 'running';
      if (!startedAlone) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.info(`Firefox started the background on enable by itself: ${startedAlone}`);

    await expect.poll(() => fx.inExtension<string>('return browser.action.getTitle({})')).toBe('Calculator');
    await fx.inExtension(
      'await browser.storage.local.remove("disguise"); await browser.action.setTitle({ title: null });',
    );
  });
});

describe('issue 22 in Firefox: a helpline tab behind, held by "Leave site?", and an unloaded options tab', () => {
  // Firefox 153 brings the held tab to the front to ask, and reports it "complete" (Chromium: "loading").
  // The same exit from the popup also reaches an options tab Firefox has unloaded (tabs.discard: it
  // keeps its id, and runs no page that could move itself).
  it('are covered by the destination, then unloaded and sent away too', async () => {
    const held = `https://www.thehotline.org${ASKS_BEFORE_LEAVING}`;
    const privateTab = await fx.visit(PRIVATE_PAGE);
    const options = await fx.tabOf(await fx.open('options.html'));
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);
    const unloaded = await popup.evaluate(async (address) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [tab] = await api.tabs.query({ url: address });
      await api.tabs.discard(tab?.id as number);
      return (await api.tabs.get(tab?.id as number)).discarded;
    }, fx.url('options.html'));
    expect(unloaded).toBe(true);
    const opened = await tabsOpenedAfter();
    await popup.evaluate(`browser.runtime.sendMessage(${JSON.stringify({ type: OPEN, url: held })})`);
    await expect.poll(async () => urls(await opened())).toEqual([held]);
    await expect.poll(trackedTabs).toBe(1);
    const helpline = (await fx.browser.pages()).find((page) => page.url() === held);
    if (!helpline) throw new Error('the helpline page was not found');
    // Leave the question up, as a reader who has not answered would.
    const asked: Dialog[] = [];
    helpline.on('dialog', (dialog) => asked.push(dialog));
    // A click gives the page the user activation a "Leave site?" question needs.
    await fx.front(helpline);
    await helpline.click('h1');
    await fx.front(privateTab);

    await popup.click(EXIT);

    await expect.poll(() => urlOf(privateTab)).toBe(DESTINATION);
    await expect.poll(async () => (await fx.tabs()).find((tab) => tab.id === options?.id)?.url).toBe(DESTINATION);
    await expect
      .poll(async () => {
        const now = urls(await opened());
        return now.length > 0 && now.every((url) => url === DESTINATION);
      })
      .toBe(true);
    await Promise.all(asked.map((dialog) => dialog.dismiss().catch(() => undefined)));
    await fx.closeAllTabs();
  });
});

describe('privacy in Firefox', () => {
  it('no request left the extension; the browser reached only the destinations and the sites the test opened', async () => {
    await expectNoLeaks(fx, [PRIVATE_PAGE, DESTINATION, CHOSEN_DESTINATION, HELPLINE_SITE]);
  });
});
