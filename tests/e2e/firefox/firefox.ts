import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startWebStandIn, type WebStandIn } from '../server';

/**
 * Real headless Firefox with the extension's Firefox build, driven by puppeteer-core over
 * WebDriver BiDi (no geckodriver). The recipe and its pitfalls: ../shared/reference/firefox.md.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');

/** The popup's size when a suite opens it as a tab (the real popup is 24rem wide). */
export const POPUP_VIEWPORT = { width: 384, height: 600 };

/** Fails loudly (never skips) when what the suite needs is missing, saying how to fix it. */
export function assertFirefoxPrerequisites(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}. Install Debian's build with \`sudo apt-get install -y firefox-esr\` ` +
        '(or set FIREFOX_PATH to a Firefox binary), then run the tests again.',
    );
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}. Run \`npm run build\` first (\`npm test\` does).`);
  }
}

/**
 * Every https host Firefox asks for is sent to the web stand-in through this CONNECT proxy
 * (Firefox has no host-resolver flag); the proxy notes each host, so a test can prove which sites
 * the browser reached. Plain http is refused: nothing in a run should use it.
 */
interface Proxy {
  port: number;
  /** `host:port` of every CONNECT, and `http://…` of every plain request, in order. */
  seen: string[];
  close(): Promise<void>;
}

async function startProxy(webPort: number): Promise<Proxy> {
  const seen: string[] = [];
  // Tunnels leave the server's own bookkeeping once connected: keep them, to end them on close.
  const tunnels = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request, client, head) => {
    seen.push(request.url ?? '');
    const upstream = connect(webPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream] as Socket[]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Prefs that keep Firefox's own services off the network, so every request seen is one we caused. */
const quietPrefs = {
  // Remote settings (blocklists, Monitor breaches…): honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'security.OCSP.enabled': 0,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
};

/** One browsing context (a tab) as Firefox itself lists it. */
export interface Tab {
  id: string;
  url: string;
}

/** What puppeteer's public types leave out: BiDi's own handle on a page's browsing context. */
interface BrowsingContext {
  id: string;
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
}
const contextOf = (page: Page): BrowsingContext =>
  (page.mainFrame() as unknown as { browsingContext: BrowsingContext }).browsingContext;
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export type ExtensionPage = 'popup.html' | 'options.html';

export interface FirefoxSession {
  browser: Browser;
  web: WebStandIn;
  /** Hosts the browser asked the network for (through the proxy), in order. */
  hosts(): string[];
  url(page: ExtensionPage): string;
  /** Opens an extension page in a new tab and waits until the app has rendered it. */
  open(page: ExtensionPage, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * Opens the popup (as a tab, at popup size) on the helplines view for `country`, reached as a
   * reader does; with `clock`, the page's clock is stopped at that time first (fixClock).
   */
  openHelplines(country: string, options?: { clock?: number }): Promise<Page>;
  /**
   * Stops a page's clock at `time` (ms since 1970): its Date reads that until the next call.
   * Firefox runs no preload script in an extension page and puppeteer has no page.clock, so the
   * page's own Date is replaced, before the view that reads it opens. Timers stay real: stopped at
   * 17:59:59, a view's next reading of the minute is a second away, and finds the time set then.
   */
  fixClock(page: Page, time: number): Promise<void>;
  /** Opens an ordinary web page (served by the stand-in) in a new tab. */
  visit(url: string): Promise<Page>;
  /** Puts a tab in front and waits until Firefox shows it (its document is visible). */
  front(page: Page): Promise<void>;
  /** Every open tab, as Firefox lists it (puppeteer's own list goes stale for extension tabs). */
  tabs(): Promise<Tab[]>;
  /** The tab a page lives in. */
  tabOf(page: Page): Promise<Tab | undefined>;
  /**
   * Runs `script` in a short-lived tab of the extension's origin (with its `browser` API), then
   * closes it. `background` leaves the active tab in front while it runs.
   */
  inExtension<T>(script: string, options?: { background?: boolean }): Promise<T>;
  /**
   * Runs `script` (the body of an async function whose result is JSON) in Firefox's own chrome
   * scope, where about:addons and the History live (allowed by `--remote-allow-system-access`).
   */
  inChrome<T>(script: string): Promise<T>;
  /**
   * Allows the extension in private windows, as "Run in Private Windows: Allow" in about:addons does
   * (the permission `internal:privateBrowsingAllowed`, then a reload of the add-on). WebDriver
   * BiDi's webExtension.install has no such option yet (Mozilla bug 1947679).
   */
  allowInPrivateWindows(): Promise<void>;
  /**
   * Puts Firefox in `locale` (intl.locale.requested), as a reader whose Firefox is in that language;
   * `undefined` puts it back in its own. Pages opened after it see the new language (the guide reads
   * it when a page loads), so one session can check a language without a launch of its own. It
   * needs that language's pack (Debian: firefox-esr-l10n-fr, which .ci/run installs) and fails
   * without it.
   */
  useLocale(locale: string | undefined): Promise<void>;
  /** Closes every tab but one blank one. */
  closeAllTabs(): Promise<void>;
  close(): Promise<void>;
}

/** The gecko id the build declares (the uuid pref is keyed by it). */
function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json declares no gecko id`);
  return id;
}

/**
 * Starts real headless Firefox, installs the Firefox build, and marks the first-run explainer as
 * seen. `timeZone` (an IANA name) is the computer's zone as Firefox sees it (its TZ variable).
 */
export async function launchFirefox({ timeZone }: { timeZone?: string } = {}): Promise<FirefoxSession> {
  assertFirefoxPrerequisites();
  const id = geckoId(FIREFOX_EXTENSION_DIR);
  // A uuid chosen here puts the extension's pages at a known moz-extension:// address.
  const uuid = randomUUID();
  const web = await startWebStandIn();
  const proxy = await startProxy(web.port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the driver open moz-extension:// pages in a tab.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(timeZone && { TZ: timeZone }) },
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      ...quietPrefs,
      // The background is suspended after 1 s idle (Firefox's default: 30 s), so asleep is its
      // normal state in every test, as it is for a user: no exit may depend on it being awake.
      'extensions.background.idle.timeout': 1000,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== id) throw new Error(`Installed ${installed}, expected ${id}`);
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const url = (page: ExtensionPage) => `moz-extension://${uuid}/${page}`;

  const tabs = async (): Promise<Tab[]> => {
    const { contexts } = (await connection.send('browsingContext.getTree', { maxDepth: 0 })).result as {
      contexts: { context: string; url: string }[];
    };
    return contexts.map((context) => ({ id: context.context, url: context.url }));
  };

  const open = async (page: ExtensionPage, viewport?: { width: number; height: number }) => {
    const tab = await browser.newPage();
    if (viewport) await tab.setViewport(viewport);
    // page.goto() never resolves for extension pages (Firefox sends no load events for them).
    await contextOf(tab).navigate(url(page), 'interactive');
    // The app has rendered, not only the popup's static shell (whose one control is quick exit).
    await tab.waitForFunction(() => document.querySelectorAll('button, input, select, a[href]').length > 1, {
      polling: 50,
    });
    return tab;
  };

  const fixClock = (page: Page, time: number) =>
    page.evaluate((at) => {
      const holder = window as unknown as { fixedClock?: (at: number) => void };
      if (!holder.fixedClock) {
        const Real = Date;
        let now = at;
        window.Date = class extends Real {
          constructor(...args: []) {
            super(...((args.length === 0 ? [now] : args) as []));
          }
          static override now() {
            return now;
          }
        } as DateConstructor;
        holder.fixedClock = (next) => {
          now = next;
        };
      }
      holder.fixedClock(at);
    }, time);

  const openHelplines = async (country: string, { clock }: { clock?: number } = {}) => {
    const popup = await open('popup.html', POPUP_VIEWPORT);
    if (clock !== undefined) await fixClock(popup, clock);
    await popup.click('.talk-button--home');
    const picker = await popup.waitForSelector('::-p-aria([name="Country"][role="combobox"])');
    await picker?.select(country);
    await popup.waitForSelector('::-p-aria([name="In an emergency"][role="heading"])');
    return popup;
  };

  const session: FirefoxSession = {
    browser,
    web,
    hosts: () => proxy.seen.map((entry) => entry.replace(/^https?:\/\//, '').replace(/[:/].*$/, '')),
    url,
    open,
    openHelplines,
    fixClock,
    async visit(address) {
      const tab = await browser.newPage();
      await tab.goto(address);
      return tab;
    },
    async front(page) {
      await page.bringToFront();
      await page.waitForFunction(() => document.visibilityState === 'visible', { polling: 50 });
    },
    tabs,
    async tabOf(page) {
      const id = contextOf(page).id;
      return (await tabs()).find((tab) => tab.id === id);
    },
    async inExtension<T>(script: string, { background = false } = {}) {
      const tab = await browser.newPage({ background });
      try {
        // Any document of the extension's origin gets its API; the manifest runs none of the app's code.
        await contextOf(tab).navigate(`moz-extension://${uuid}/manifest.json`, 'interactive');
        return (await tab.evaluate(`(async () => { ${script} })()`)) as T;
      } finally {
        await tab.close();
      }
    },
    async inChrome<T>(script: string) {
      const { contexts } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
        contexts: { context: string }[];
      };
      const context = contexts[0]?.context;
      if (!context) throw new Error('No chrome window to run in');
      const { result } = (
        await connection.send('script.evaluate', {
          expression: `(async () => JSON.stringify(await (async () => { ${script} })()))()`,
          target: { context },
          awaitPromise: true,
          resultOwnership: 'none',
        })
      ).result as { result: { type: string; value?: string } };
      if (result.type !== 'string' || result.value === undefined)
        throw new Error(`No JSON from chrome scope: ${result.type}`);
      return JSON.parse(result.value) as T;
    },
    async allowInPrivateWindows() {
      const granted = await session.inChrome<boolean>(`
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        await ExtensionPermissions.add(${JSON.stringify(id)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
        const addon = await AddonManager.getAddonByID(${JSON.stringify(id)});
        await addon.reload();
        return addon.isActive;
      `);
      if (!granted) throw new Error('The add-on did not come back after being allowed in private windows');
      // The reloaded add-on starts its background at once; until that has run, nothing listens: a
      // message sent meanwhile fails ("Receiving end does not exist", seen once in a full run). Wait
      // until it runs (it stays so for the 1 s idle timeout at least), as a reader's next click would.
      const started = Date.now() + 15_000;
      const state = () =>
        session.inChrome<string | null>(
          `return WebExtensionPolicy.getByID(${JSON.stringify(id)})?.extension?.backgroundState ?? null;`,
        );
      while ((await state()) !== 'running') {
        if (Date.now() > started) throw new Error("The reloaded add-on's background never ran");
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    async useLocale(locale) {
      const pref = "'intl.locale.requested'";
      const app = await session.inChrome<string>(
        locale
          ? `Services.prefs.setStringPref(${pref}, ${JSON.stringify(locale)}); return Services.locale.appLocaleAsBCP47;`
          : `Services.prefs.clearUserPref(${pref}); return Services.locale.appLocaleAsBCP47;`,
      );
      if (locale && app.split('-')[0] !== locale.split('-')[0]) {
        throw new Error(`Firefox asked for ${locale} runs in ${app}: is its language pack installed? (.ci/run)`);
      }
    },
    async closeAllTabs() {
      const keep = await browser.newPage();
      const keepId = contextOf(keep).id;
      for (const tab of await tabs()) {
        if (tab.id !== keepId) await connection.send('browsingContext.close', { context: tab.id });
      }
    },
    async close() {
      // A Firefox that does not quit in time is killed: a hung close must not fail the run.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((done) => {
        timer = setTimeout(done, 15_000, false);
      });
      const inTime = await Promise.race([browser.close().then(() => true), late]);
      clearTimeout(timer);
      if (!inTime) browser.process()?.kill('SIGKILL');
      await proxy.close();
      await web.close();
    },
  };
  await session.inExtension('await browser.storage.local.set({ introSeen: true })');
  return session;
}
