import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { backgroundState, GECKO_ID } from './addon';
import { type FirefoxSession, POPUP_VIEWPORT } from './firefox';

/**
 * What Firefox itself says about its tabs, its private windows and the extension's background, for
 * the suites that follow what the guide opened (issue 21): read from the browser, never from the
 * extension's own view.
 */

interface ContextEvent {
  context: string;
  parent?: string | null;
  url?: string;
}

interface Events {
  on(event: string, handler: (params: ContextEvent) => void): void;
  off(event: string, handler: (params: ContextEvent) => void): void;
}

/** What a watch saw: the top-level contexts created, and every address any context was shown at. */
export interface Watch {
  ids: Set<string>;
  shown: { context: string; url: string }[];
  stop(): void;
}

/** The BiDi events (all subscribed by puppeteer) that carry the address a context goes to or shows. */
const SHOWING = [
  'browsingContext.navigationStarted',
  'browsingContext.fragmentNavigated',
  'browsingContext.historyUpdated',
  'browsingContext.domContentLoaded',
  'browsingContext.load',
];

/**
 * Top-level browsing contexts Firefox creates from now on (ids), as WebDriver BiDi reports them
 * (`browsingContext.contextCreated`): "nothing shown" cannot hide "nothing happened"; and every
 * address any context starts to go to or shows (navigationStarted, load, …), so that a page that
 * showed a site and was then sent away is seen too. `then` runs at once on each new context, in the
 * event's own task (issue 21: quick exit pressed the moment a tab exists).
 */
export function watchCreated(fx: FirefoxSession, then?: (id: string) => void): Watch {
  const bidi = (fx.browser as unknown as { connection: Events }).connection;
  const ids = new Set<string>();
  const shown: Watch['shown'] = [];
  const onShown = ({ context, url }: ContextEvent) => {
    if (url) shown.push({ context, url });
  };
  const onCreated = (params: ContextEvent) => {
    if (params.parent) return;
    ids.add(params.context);
    onShown(params);
    then?.(params.context);
  };
  bidi.on('browsingContext.contextCreated', onCreated);
  for (const event of SHOWING) bidi.on(event, onShown);
  return {
    ids,
    shown,
    stop: () => {
      bidi.off('browsingContext.contextCreated', onCreated);
      for (const event of SHOWING) bidi.off(event, onShown);
    },
  };
}

/** What Firefox showed of one host during a watch (each list empty when it showed nothing of it). */
export interface HostSeen {
  /** Addresses on the host that any context went to or showed (events). */
  shown: string[];
  /** Tabs on the host when the watch ended. */
  listed: string[];
  /** Requests for the host through the proxy. */
  asked: string[];
}

/**
 * Issue 21: everything Firefox shows of `host` from now on, read from its own events, its tab list
 * at the end and the proxy. `endIn(ms)` ends it `ms` from that call. It runs in the background: the
 * suite goes on (with other hosts) and awaits the end before the file ends.
 */
export function watchHost(fx: FirefoxSession, host: string): { endIn(ms: number): Promise<HostSeen> } {
  const watch = watchCreated(fx);
  const reached = fx.hosts().length;
  return {
    endIn: (ms) =>
      new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
        watch.stop();
        return {
          shown: watch.shown.filter((seen) => hostOf(seen.url) === host).map((seen) => seen.url),
          listed: (await fx.tabs()).filter((tab) => hostOf(tab.url) === host).map((tab) => tab.url),
          asked: fx
            .hosts()
            .slice(reached)
            .filter((asked) => asked === host),
        };
      }),
  };
}

/** Closes every tab but a new blank one and those in `keep` (ids, as Firefox lists them). */
export async function closeTabsBut(fx: FirefoxSession, keep: ReadonlySet<string>): Promise<void> {
  const bidi = (fx.browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } })
    .connection;
  const blank = await fx.tabOf(await fx.browser.newPage());
  for (const tab of await fx.tabs()) {
    if (tab.id !== blank?.id && !keep.has(tab.id)) await bidi.send('browsingContext.close', { context: tab.id });
  }
}

/**
 * Stops the extension's background as its idle timer does (`terminateBackground`, from the chrome
 * scope: opening a tab to ask would wake it), and waits until Firefox says it is stopped.
 */
export async function stopBackground(fx: FirefoxSession): Promise<void> {
  await fx.inChrome(
    `await WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.extension?.terminateBackground(); return true;`,
  );
  await expect.poll(() => backgroundState(fx)).toBe('stopped');
}

/**
 * The popup (as a tab) on the helplines view for the United States, reached by a script in one
 * evaluation (puppeteer's ARIA queries take about a second each in Firefox): for the cases that
 * test what a link does, not how the view is reached (the issue-13 cases reach it as a reader does). Resolves once
 * `link` (a CSS selector) is shown.
 */
export async function helplinesPopup(fx: FirefoxSession, link: string): Promise<Page> {
  const popup = await fx.open('popup.html', POPUP_VIEWPORT);
  await popup.evaluate(async (wanted) => {
    const until = async <T>(find: () => T | null | undefined): Promise<T> => {
      for (;;) {
        const found = find();
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    document.querySelector<HTMLElement>('.talk-button--home')?.click();
    const country = await until(
      () => [...document.querySelectorAll('label')].find((label) => label.textContent === 'Country')?.control,
    );
    if (country instanceof HTMLSelectElement && country.value !== 'us') {
      country.value = 'us';
      country.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await until(() => document.querySelector(wanted));
  }, link);
  return popup;
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

/**
 * Reloads the extension from one of its pages (`runtime.reload()`), and waits until Firefox runs a
 * new instance of it (asked from the chrome scope: an extension tab per try costs half a second).
 */
export async function reloadExtension(fx: FirefoxSession): Promise<void> {
  const policy = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})`;
  await fx.inChrome(`globalThis.pocketGuideBefore = ${policy}?.extension; return true;`);
  await fx.inExtension('browser.runtime.reload(); return true;', { background: true }).catch(() => undefined);
  await expect
    .poll(
      () =>
        fx.inChrome<boolean>(
          `const now = ${policy}; return Boolean(now?.active && now.extension && now.extension !== globalThis.pocketGuideBefore);`,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}
