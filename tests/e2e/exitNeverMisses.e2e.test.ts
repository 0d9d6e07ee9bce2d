import type { Dialog, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESTINATION } from '../../components/exit/destination';
import { browserSession, launch, type Session, stopWorker, storageIn } from './browser';
import { managementProbe, triggerRealPopup, wait, workerRunning } from './chromiumProbes';
import { ASKS_BEFORE_LEAVING } from './server';
import { tabTargets } from './targets';

/**
 * Quick exit under the conditions a hostile moment brings: a worker that is asleep, a double
 * click, a page that asks "Leave site?", storage that never answers. Each case here failed on the
 * code before it was fixed (PRODUCT.md, "Quick exit": the exit never depends on luck).
 */

const DESTINATION = 'https://weather.example.net/';
/** The worker's "open this, and remember it" message (components/exit/messages.ts). */
const OPEN = 'pocket-guide/open';
const PRIVATE_PAGE = 'https://reading.example.org/chapter-two';
const HOTLINE = 'https://www.thehotline.org/';
const POPUP = { width: 384, height: 600 };
const quickExit = (page: Page) => page.getByRole('button', { name: /^quick exit —/i });

let session: Session;

beforeAll(async () => {
  // Loaded over the DevTools protocol (as reloadExtension needs), so that the real toolbar popup
  // can be opened without calling into the worker (Extensions.triggerAction).
  session = await launch({ reloadable: true });
  await session.worker.evaluate((to) => chrome.storage.local.set({ exitDestination: to }), DESTINATION);
});

afterAll(async () => {
  // The last test leaves a question Playwright holds open on a page Chromium unloaded (see there).
  await session?.close().catch(async () => {
    await session.context.browser()?.close();
    await session.web.close();
  });
});

// Each test starts from one blank tab (closing the last tab would end the browser).
afterEach(async () => {
  const blank = await session.context.newPage();
  for (const page of session.context.pages()) if (page !== blank) await page.close();
});

/** The tab ids quick exit will send away, read from the extension's real storage. */
const trackedIn = async (page: Page) =>
  Object.keys(await storageIn(page, 'local'))
    .filter((key) => key.startsWith('openedTab.'))
    .map((key) => Number(key.slice('openedTab.'.length)))
    .sort();

/** Opens a helpline's chat through the popup, as a reader does, and waits until it is tracked. */
async function openHelplineTab(): Promise<Page> {
  const popup = await session.open('popup.html', POPUP);
  await popup.getByRole('button', { name: /talk to someone/i }).click();
  await popup.getByRole('combobox', { name: 'Country', exact: true }).selectOption('us');
  const opened = session.context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline', exact: true }).click();
  const helplineTab = await opened;
  await helplineTab.waitForURL(HOTLINE);
  await expect.poll(() => trackedIn(popup)).toHaveLength(1);
  await popup.close();
  return helplineTab;
}

describe('with the worker asleep', () => {
  it('quick exit from the options page still sends the helpline tab away', async () => {
    const helplineTab = await openHelplineTab();
    const options = await session.open('options.html');
    await options.bringToFront();
    await stopWorker(session, options);

    await quickExit(options).click();

    await options.waitForURL(DESTINATION);
    await helplineTab.waitForURL(DESTINATION);
    expect(helplineTab.isClosed()).toBe(false);
  });

  it('Shift three times on the options page does the same', async () => {
    const helplineTab = await openHelplineTab();
    const options = await session.open('options.html');
    await options.bringToFront();
    await stopWorker(session, options);

    for (let i = 0; i < 3; i++) await options.keyboard.press('Shift');

    await options.waitForURL(DESTINATION);
    await helplineTab.waitForURL(DESTINATION);
  });

  it('quick exit from the popup sends the active tab and the helpline tab away', async () => {
    const helplineTab = await openHelplineTab();
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await session.open('popup.html', POPUP);
    await privateTab.bringToFront();
    await stopWorker(session, privateTab);

    await quickExit(popup).click();

    await privateTab.waitForURL(DESTINATION);
    await helplineTab.waitForURL(DESTINATION);
  });
});

describe('every tab the extension opens is tracked', () => {
  it('two clicks 1 ms apart open one tab, and quick exit sends it away', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await session.open('popup.html', POPUP);
    await popup.getByRole('button', { name: /talk to someone/i }).click();
    await popup.getByRole('combobox', { name: 'Country', exact: true }).selectOption('us');
    const already = await trackedIn(popup);
    const before = session.context.pages().length;
    const link = popup.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline', exact: true });

    await link.evaluate((element: HTMLElement) => {
      element.click();
      setTimeout(() => element.click(), 1);
    });
    await expect.poll(() => session.context.pages().length).toBeGreaterThan(before);
    const opened = session.context.pages().slice(before);
    await opened[0]?.waitForURL(HOTLINE);
    // Give a second tab every chance to appear, then count.
    await popup.waitForTimeout(500);

    expect(session.context.pages().slice(before)).toHaveLength(1);
    await expect.poll(async () => (await trackedIn(popup)).filter((id) => !already.includes(id))).toHaveLength(1);
    await privateTab.bringToFront();
    await quickExit(popup).click();
    await opened[0]?.waitForURL(DESTINATION);
    await privateTab.waitForURL(DESTINATION);
  });

  it('two tabs opened at the same moment are both remembered, and both sent away', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await session.open('popup.html', POPUP);
    const already = await trackedIn(popup);
    const before = session.context.pages().length;

    await popup.evaluate(async (type) => {
      await Promise.all([
        chrome.runtime.sendMessage({ type, url: 'https://www.thehotline.org/chat' }),
        chrome.runtime.sendMessage({ type, url: 'https://www.rainn.org/' }),
      ]);
    }, OPEN);
    await expect.poll(() => session.context.pages().length).toBe(before + 2);

    expect((await trackedIn(popup)).filter((id) => !already.includes(id))).toHaveLength(2);
    const opened = session.context.pages().slice(before);
    await privateTab.bringToFront();
    await quickExit(popup).click();
    for (const tab of opened) await tab.waitForURL(DESTINATION);
  });
});

describe('a page that asks "Leave site?"', () => {
  it('cannot hold the exit: the destination opens in a new active tab in front of it', async () => {
    const held = `https://forum.example.org${ASKS_BEFORE_LEAVING}`;
    const holding = await session.visit(held);
    // Leave the dialog up, as a person who has not answered it yet would (Playwright would dismiss it).
    const asked = new Promise<Dialog>((resolve) => holding.once('dialog', resolve));
    // A click gives the page the user activation a "Leave site?" dialog needs.
    await holding.locator('h1').click();
    const popup = await session.open('popup.html', POPUP);
    await holding.bringToFront();
    const opened = session.context.waitForEvent('page');

    await quickExit(popup).click();

    const dialog = await asked;
    const cover = await opened;
    await cover.waitForURL(DESTINATION);
    expect(await cover.evaluate(() => document.visibilityState)).toBe('visible');
    expect(holding.url()).toBe(held);
    await dialog.dismiss();
  });

  it('an ordinary page is not covered by a second tab', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await session.open('popup.html', POPUP);
    await privateTab.bringToFront();
    const before = session.context.pages().length;

    await quickExit(popup).click();
    await privateTab.waitForURL(DESTINATION);
    await privateTab.waitForTimeout(600);

    expect(session.context.pages().filter((page) => !page.isClosed())).toHaveLength(
      before - (popup.isClosed() ? 1 : 0),
    );
  });
});

describe('storage that never answers', () => {
  it('does not block the exit: the tab goes to the default page and the popup closes', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await session.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.addInitScript(() => {
      const never = () => new Promise(() => undefined);
      Object.assign(chrome.storage.local, { get: never });
      Object.assign(chrome.storage.session, { get: never });
    });
    await popup.goto(session.url('popup.html'));
    await quickExit(popup).waitFor();
    await privateTab.bringToFront();

    await quickExit(popup).click();

    await privateTab.waitForURL(DEFAULT_DESTINATION);
    // Opened as a tab, the popup page replaces itself (closed, it would be in "Recently closed").
    await popup.waitForURL(DEFAULT_DESTINATION);
  });
});

/** Every page the browser lists (over the protocol: a tab unloaded and reloaded is a new target). */
const pageUrls = async () => {
  const cdp = await browserSession(session.context);
  const { ordinary } = await tabTargets(cdp);
  await cdp.detach();
  return ordinary.map((target) => target.url);
};

describe('issue 22: pages the exit knows but that cannot move by themselves', () => {
  const tabIdOf = (page: Page, url: string) =>
    page.evaluate(async (address) => (await chrome.tabs.query({ url: address }))[0]?.id as number, url);

  it('an options tab unloaded to save memory (tabs.discard, a new tab id) is sent away by an exit from the popup', async () => {
    const options = await session.open('options.html');
    const reading = await session.visit(PRIVATE_PAGE);
    const popup = await session.open('popup.html', POPUP);
    await reading.bringToFront();
    const id = await tabIdOf(popup, session.url('options.html'));
    await popup.evaluate((tab) => chrome.tabs.discard(tab), id);
    await expect.poll(() => options.isClosed()).toBe(true);

    await quickExit(popup).click();

    await reading.waitForURL(DESTINATION);
    await expect.poll(pageUrls).not.toContain(session.url('options.html'));
  });

  it('so does an exit from another options page', async () => {
    await session.open('options.html');
    const other = await session.open('options.html');
    const id = await tabIdOf(other, session.url('options.html'));
    await other.evaluate((tab) => chrome.tabs.discard(tab), id);

    await quickExit(other).click();

    await other.waitForURL(DESTINATION);
    await expect.poll(pageUrls).not.toContain(session.url('options.html'));
  });

  it('so does the keyboard command, through its real listener', async () => {
    const options = await session.open('options.html');
    const reading = await session.visit(PRIVATE_PAGE);
    await reading.bringToFront();
    const url = session.url('options.html');
    // From the worker, as Memory Saver does: no page of the guide is left running in that tab.
    await session.worker.evaluate(async (address) => {
      const [tab] = await chrome.tabs.query({ url: address });
      await chrome.tabs.discard(tab?.id as number);
    }, url);
    await expect.poll(() => options.isClosed()).toBe(true);

    await session.worker.evaluate(async () => {
      const win = await chrome.windows.getLastFocused({ populate: true });
      const tab = win.tabs?.find((candidate) => candidate.active);
      (chrome.commands.onCommand as unknown as Dispatchable).dispatch('go-to-page', tab);
    });

    await reading.waitForURL(DESTINATION);
    await expect.poll(pageUrls).not.toContain(url);
  });

  it('an options page still loading when an exit ran leaves before it renders', async () => {
    const loading = await session.context.newPage();
    let rendered = 0;
    await loading.exposeBinding('guideRendered', () => {
      rendered++;
    });
    // The exit happens while the page loads, before its script runs: it writes the exit's time,
    // as every exit does (exitMark.ts). The page reports whether the guide ever appeared.
    await loading.addInitScript(() => {
      if (!location.href.startsWith('chrome-extension://')) return;
      void chrome.storage.session.set({ lastSwitch: Date.now() });
      const report = (window as unknown as { guideRendered(): void }).guideRendered;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('button, h1, main')) return;
        observer.disconnect();
        report();
      }).observe(document, { childList: true, subtree: true });
    });

    await loading.goto(session.url('options.html'));

    await loading.waitForURL(DESTINATION);
    expect(rendered).toBe(0);
    const reopened = await session.open('options.html');
    expect(reopened.url()).toBe(session.url('options.html'));
  });
});

describe('the keyboard command, through its real listener (issue 22)', () => {
  it('blanks the pages first and sends the tab it was pressed over away, though the worker’s reads never answer', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const options = await session.open('options.html');
    await privateTab.bringToFront();
    // Chromium exposes the event's dispatch in the worker: it runs the listener the command runs.
    expect(
      await session.worker.evaluate(() => typeof (chrome.commands.onCommand as unknown as Dispatchable).dispatch),
    ).toBe('function');

    await session.worker.evaluate(async () => {
      const never = () => new Promise(() => undefined);
      // A browser that never answers which tab is in front, nor reads storage.
      Object.assign(chrome.tabs, { query: never });
      Object.assign(chrome.storage.local, { get: never });
      Object.assign(chrome.storage.session, { get: never });
      const win = await chrome.windows.getLastFocused({ populate: true });
      const tab = win.tabs?.find((candidate) => candidate.active);
      (chrome.commands.onCommand as unknown as Dispatchable).dispatch('go-to-page', tab);
    });

    await privateTab.waitForURL(DEFAULT_DESTINATION);
    await options.waitForURL(DESTINATION);
    // A fresh worker, with the browser's own calls back.
    await stopWorker(session, options);
  });
});

describe('the real toolbar popup with the worker asleep (issue 22)', () => {
  it('wakes the worker as soon as it opens, so a page that asks "Leave site?" is still covered', async () => {
    const held = `https://forum.example.org${ASKS_BEFORE_LEAVING}`;
    const holding = await session.visit(held);
    const asked = new Promise<Dialog>((resolve) => holding.once('dialog', resolve));
    await holding.locator('h1').click();
    await holding.bringToFront();
    await stopWorker(session, holding);
    const running = await workerRunning(session, holding);
    expect(await running()).toBe(false);
    const opened = session.context.waitForEvent('page');

    // As a click on the toolbar button does: nothing calls into the worker.
    const popup = await triggerRealPopup(session, holding);
    await expect.poll(running, { timeout: 3000 }).toBe(true);
    await popup.evaluate(`setTimeout(() => document.querySelector('.quick-exit__button').click()); 0`);

    const dialog = await asked;
    const cover = await opened;
    await cover.waitForURL(DESTINATION);
    expect(holding.url()).toBe(held);
    await dialog.dismiss();
  });
});

describe('the toolbar disguise after the extension is disabled and enabled again (issue 22)', () => {
  it('comes back when the worker starts, and when a guide page opens', async () => {
    await session.worker.evaluate(async () => {
      await chrome.storage.local.set({ disguise: 'calculator' });
      await chrome.action.setTitle({ title: 'Calculator' });
    });
    const probe = await managementProbe(session);
    const id = session.extensionId;
    const title = () => session.worker.evaluate(() => chrome.action.getTitle({}));

    await probe.evaluate((extension) => chrome.management.setEnabled(extension, false), id);
    const fresh = session.context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().startsWith(`chrome-extension://${id}/`),
      timeout: 15_000,
    });
    await probe.evaluate((extension) => chrome.management.setEnabled(extension, true), id);
    // Measured: whether Chromium starts the worker on enable by itself (the test reports it).
    const startedAlone = await Promise.race([fresh.then(() => true), wait(2000).then(() => false)]);
    console.info(`Chromium started the worker on enable by itself: ${startedAlone}`);
    // Any new tab wakes it otherwise (it listens to tabs.onCreated).
    if (!startedAlone) await session.context.newPage();
    session.worker = await fresh;

    await expect.poll(title).toBe('Calculator');

    // The look lost while the worker runs: the next guide page puts it back.
    await session.worker.evaluate(() => chrome.action.setTitle({ title: 'Lost' }));
    await session.open('options.html');
    await expect.poll(title).toBe('Calculator');
    await session.worker.evaluate(() => chrome.storage.local.remove('disguise'));
    await probe.remove();
  });
});

// Last in the file: once Chromium has unloaded a tab whose "Leave site?" question Playwright still
// holds open, Playwright cannot close that browser cleanly ("Target … has been closed"); afterAll
// then closes it without Playwright.
describe('issue 22: a helpline tab behind, held by "Leave site?"', () => {
  it('a helpline tab behind, held by "Leave site?", is unloaded and sent away too', async () => {
    const held = `https://www.thehotline.org${ASKS_BEFORE_LEAVING}`;
    const popup = await session.open('popup.html', POPUP);
    const opened = session.context.waitForEvent('page');
    await popup.evaluate(async ([type, url]) => chrome.runtime.sendMessage({ type, url }), [OPEN, held]);
    const helpline = await opened;
    await helpline.waitForURL(held);
    await expect.poll(() => trackedIn(popup)).toHaveLength(1);
    // Leave the dialog up, as a reader who has not answered would (Playwright would dismiss it).
    const asked = new Promise<Dialog>((resolve) => helpline.once('dialog', resolve));
    // A click gives the page the user activation a "Leave site?" dialog needs.
    await helpline.bringToFront();
    await helpline.locator('h1').click();
    const reading = await session.visit(PRIVATE_PAGE);
    await reading.bringToFront();

    await quickExit(popup).click();

    const dialog = await asked;
    await reading.waitForURL(DESTINATION);
    await expect.poll(pageUrls).not.toContain(held);
    expect((await pageUrls()).filter((url) => url === DESTINATION).length).toBeGreaterThanOrEqual(3);
    // The question went with the unloaded page; Playwright still holds it open (its close would fail).
    await dialog.dismiss().catch(() => undefined);
  });
});

/** Chromium's extension events can be fired from the extension itself (not in the public types). */
type Dispatchable = { dispatch(...args: unknown[]): void };
