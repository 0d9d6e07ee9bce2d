import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { browserSession, launch, reloadExtension, type Session, stopWorker } from './browser';
import { OPENS_CHATS } from './server';
import { driveTarget, tabTargets } from './targets';

/**
 * Issue 21 in real Chromium with the extension allowed in private windows (sites open in the
 * guide's private window, which quick exit closes): a link pressed with the exit opens no new
 * private window; a reload of the extension does not make the exit forget that window; and the tab
 * and the popup window a helpline page opens there close with it.
 */

const DESTINATION = 'https://weather.example.net/';
const READING = 'https://reading.example.org/chapter-two';
const HELPLINE_HOST = 'www.thehotline.org';
const CHATS = `https://${HELPLINE_HOST}${OPENS_CHATS}`;
const POPUP = { width: 384, height: 600 };
const quickExit = (page: Page) => page.getByRole('button', { name: /^quick exit —/i });
const chatLink = (page: Page) =>
  page.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline', exact: true });

let session: Session;
let cdp: CDPSession;
const privateTabs = async () => (await tabTargets(cdp)).private.map((tab) => tab.url).sort();

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
  const blank = await session.context.newPage();
  for (const page of session.context.pages()) if (page !== blank) await page.close();
  for (const tab of (await tabTargets(cdp)).private) await cdp.send('Target.closeTarget', { targetId: tab.targetId });
  await expect.poll(privateTabs).toEqual([]);
});

/** The popup (as a tab) on the helplines view for the United States. */
async function openHelplines(): Promise<Page> {
  const popup = await session.open('popup.html', POPUP);
  await popup.getByRole('button', { name: /talk to someone/i }).click();
  await popup.getByRole('combobox', { name: 'Country', exact: true }).selectOption('us');
  await popup.getByRole('heading', { name: 'In an emergency' }).waitFor();
  return popup;
}

it('a link pressed in the same task as quick exit, worker asleep: no private window shows the site 3 s later', async () => {
  const reading = await session.visit(READING);
  const popup = await openHelplines();
  // The guide's private window is open already: the exit closes it, and the open must not make a new one.
  await popup.getByRole('link', { name: 'RAINN website' }).click();
  await expect.poll(privateTabs).toEqual(['https://rainn.org/']);
  await reading.bringToFront();
  await stopWorker(session, reading);

  await chatLink(popup)
    .evaluate((link: HTMLElement) => {
      link.click();
      document.querySelector<HTMLButtonElement>('.quick-exit__button')?.click();
    })
    .catch(() => undefined);
  await reading.waitForURL(DESTINATION);
  await new Promise((resolve) => setTimeout(resolve, 3000));

  expect(await privateTabs()).toEqual([]);
  const { ordinary } = await tabTargets(cdp);
  expect(ordinary.filter((tab) => tab.url.includes(HELPLINE_HOST))).toEqual([]);
});

it('a reload of the extension does not make quick exit forget the guide’s private window', async () => {
  const reading = await session.visit(READING);
  const popup = await openHelplines();
  await chatLink(popup).click();
  await expect.poll(privateTabs).toEqual(['https://www.thehotline.org/']);

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
    .toEqual([CHATS, `https://${HELPLINE_HOST}/chat-popup`, `https://${HELPLINE_HOST}/chat-tab`].sort());

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
