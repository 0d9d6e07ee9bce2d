import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { FirefoxSession } from './firefox';

/**
 * What Firefox itself says about its tabs, its private windows and the extension's background, for
 * the suites that follow what the guide opened (issue 21): read from the browser, never from the
 * extension's own view.
 */

interface Events {
  on(event: string, handler: (params: { context: string; parent?: string | null }) => void): void;
  off(event: string, handler: (params: { context: string; parent?: string | null }) => void): void;
}

/**
 * Top-level browsing contexts Firefox creates from now on (ids), as WebDriver BiDi reports them
 * (`browsingContext.contextCreated`): "nothing shown" cannot hide "nothing happened". `then` runs
 * at once on each, in the event's own task (issue 21: quick exit pressed the moment a tab exists).
 */
export function watchCreated(fx: FirefoxSession, then?: (id: string) => void): { ids: Set<string>; stop(): void } {
  const bidi = (fx.browser as unknown as { connection: Events }).connection;
  const ids = new Set<string>();
  const onCreated = (params: { context: string; parent?: string | null }) => {
    if (params.parent) return;
    ids.add(params.context);
    then?.(params.context);
  };
  bidi.on('browsingContext.contextCreated', onCreated);
  return { ids, stop: () => bidi.off('browsingContext.contextCreated', onCreated) };
}

/**
 * Issue 21: the link `link` pressed in the popup, then its quick exit `exit` the moment Firefox
 * reports the tab it creates for it, so that a tab for the helpline is known to exist before the
 * exit. Resolves with that tab's id.
 */
export async function linkThenExitOnceCreated(fx: FirefoxSession, popup: Page, link: string, exit: string) {
  let tab: string | undefined;
  const made = watchCreated(fx, (id) => {
    if (tab) return;
    tab = id;
    void popup.$eval(exit, (button) => (button as HTMLElement).click()).catch(() => undefined);
  });
  await popup.$eval(link, (element) => (element as HTMLElement).click());
  await expect.poll(() => tab, { timeout: 10_000 }).toBeDefined();
  made.stop();
  return tab as string;
}

export const hostOf = (url: string): string => (URL.canParse(url) ? new URL(url).host : '');

/**
 * How many background contexts run, asked from an extension page already open: opening a tab to
 * ask would itself wake the background, which listens to tabs.onCreated (it follows the tabs a
 * helpline page opens).
 */
export const backgroundAwake = (page: Page): Promise<number> =>
  page.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as { browser: { runtime: { getContexts(filter: object): Promise<unknown[]> } } }
        ).browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })
      ).length,
  );

/** The URLs shown in each private window, as Firefox itself lists them (the extension may not see them). */
export const privateWindows = (fx: FirefoxSession): Promise<string[][]> =>
  fx.inChrome<string[][]>(`
    const { PrivateBrowsingUtils } = ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs');
    return [...Services.wm.getEnumerator('navigator:browser')]
      .filter((win) => PrivateBrowsingUtils.isWindowPrivate(win))
      .map((win) => win.gBrowser.browsers.map((browser) => browser.currentURI.spec));
  `);

/** The URL of the tab Firefox lists under `id`. */
export const urlOfTab = async (fx: FirefoxSession, id: string | undefined): Promise<string | undefined> =>
  (await fx.tabs()).find((tab) => tab.id === id)?.url;

/** Asks the background, from an extension page, to open `url` as a helpline link does; returns its tab's id. */
export async function openThroughGuide(fx: FirefoxSession, url: string): Promise<string> {
  await fx.inExtension(
    `await browser.runtime.sendMessage({ type: 'pocket-guide/open', url: ${JSON.stringify(url)} })`,
    {
      background: true,
    },
  );
  await expect.poll(async () => (await fx.tabs()).some((tab) => tab.url === url), { timeout: 10_000 }).toBe(true);
  return (await fx.tabs()).filter((tab) => tab.url === url).at(-1)?.id as string;
}

/** The puppeteer page of a tab Firefox lists. */
export async function pageOf(fx: FirefoxSession, id: string): Promise<Page> {
  for (const page of await fx.browser.pages()) if ((await fx.tabOf(page))?.id === id) return page;
  throw new Error(`No page for tab ${id}`);
}

/** Reloads the extension from one of its pages (`runtime.reload()`), and waits until it answers again. */
export async function reloadExtension(fx: FirefoxSession): Promise<void> {
  await fx.inExtension('browser.runtime.reload(); return true;', { background: true }).catch(() => undefined);
  await expect
    .poll(() => fx.inExtension<number>('return 1', { background: true }).catch(() => 0), { timeout: 15_000 })
    .toBe(1);
}
