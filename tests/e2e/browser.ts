import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Request, type Worker } from 'playwright-core';
import initSqlJs from 'sql.js';
import { expect } from 'vitest';
import { readMessages } from '../../content/messages';
import { startWebStandIn, type WebStandIn } from './server';

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium on Linux speaks only the languages whose packs are installed (Debian: chromium-l10n). */
const SPANISH_PACK = process.env.CHROMIUM_LOCALES ?? '/usr/lib/chromium/locales/es.pak';

/** Fails loudly (never skips) when what the suite needs is missing, saying how to fix it. */
export function assertPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's build with \`sudo apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary), then run the tests again.',
    );
  }
  if (!existsSync(SPANISH_PACK)) {
    throw new Error(
      `No Spanish language pack for Chromium (${SPANISH_PACK}): the Spanish suite needs it to start Chromium ` +
        'in Spanish. Install it with `sudo apt-get install -y chromium-l10n`, then run the tests again.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build\` first (\`npm test\` does).`);
  }
}

/**
 * Chromium's flags for every real-browser run (tests and benchmark): headless, the given
 * extensions loaded, Chromium's own background traffic off, and every host name resolved to the
 * local stand-in on `port` (names in `direct`, such as localhost, resolve normally). With no
 * extensions, none is loaded from the command line (see `launch`'s `privateWindows`).
 */
export function chromiumArgs(extensions: string[], port: number, direct: string[] = []): string[] {
  const list = extensions.join(',');
  const exclude = direct.map((host) => `, EXCLUDE ${host}`).join('');
  return [
    '--headless=new',
    ...(extensions.length > 0 ? [`--disable-extensions-except=${list}`, `--load-extension=${list}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--host-resolver-rules=MAP * 127.0.0.1:${port}${exclude}`,
    '--ignore-certificate-errors',
  ];
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  web: WebStandIn;
  profile: string;
  /** Requests that extension pages made to anything outside the extension (should stay empty). */
  leaks: string[];
  url(page: 'popup.html' | 'options.html'): string;
  /**
   * Opens an extension page in a new tab, and waits until it has rendered; with `clock`, the page's
   * clock starts at that time and moves only when the test moves it (Playwright's page.clock).
   */
  open(
    page: 'popup.html' | 'options.html',
    viewport?: { width: number; height: number },
    options?: { clock?: Date },
  ): Promise<Page>;
  /** Opens an ordinary web page (served by the stand-in) in a new tab. */
  visit(url: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

function watchForLeaks(context: BrowserContext, leaks: string[]) {
  context.on('request', (request: Request) => {
    // A tab leaving an extension page for the exit destination is the navigation we asked for.
    // (Checked first: a new window's first navigation has no frame to ask about yet.)
    if (request.isNavigationRequest()) return;
    const from = request.serviceWorker()?.url() ?? request.frame().url();
    if (isExtensionUrl(from) && !isExtensionUrl(request.url())) {
      leaks.push(`${from} -> ${request.url()}`);
    }
  });
}

/**
 * Starts real Chromium with the built extension and a stand-in for the web. Chromium's own
 * background traffic is switched off; every host name resolves to the local stand-in.
 */
export async function launch(
  options: {
    profile?: string;
    web?: WebStandIn /** Show the first-run explainer (default: as already seen). */;
    firstRun?: boolean;
    /**
     * Start Chromium in this language, as a reader whose browser is in it (default: English).
     * Chromium on Linux takes its UI language from LANGUAGE, its locale from --lang.
     */
    browserLanguage?: { language: string; locale: string };
    /**
     * Load the extension allowed in private windows, as a reader who turned on "Allow in Incognito"
     * has it. Only the DevTools protocol can do that (`Extensions.loadUnpacked` with
     * `enableInIncognito`, over Playwright's pipe, with `--enable-unsafe-extension-debugging`);
     * a command-line load is never allowed there.
     */
    privateWindows?: boolean;
    /** The browser's time zone (an IANA name), as if the computer were set to it (default: the machine's). */
    timezoneId?: string;
    /**
     * Load the extension over the DevTools protocol even when not allowed in private windows, so
     * that `reloadExtension` can reload it as the browser does (a command-line load cannot be).
     */
    reloadable?: boolean;
  } = {},
): Promise<Session> {
  assertPrerequisites();
  const web = options.web ?? (await startWebStandIn());
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'pg-profile-'));
  const speaks = options.browserLanguage;
  const languageArgs = speaks ? [`--lang=${speaks.locale}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(options.privateWindows || options.reloadable
      ? {
          args: [...chromiumArgs([], web.port), '--enable-unsafe-extension-debugging', ...languageArgs],
          ignoreDefaultArgs: ['--disable-extensions'],
        }
      : { args: [...chromiumArgs([EXTENSION_DIR], web.port), ...languageArgs] }),
    ...(speaks && { env: { ...process.env, LANGUAGE: speaks.language }, locale: speaks.locale }),
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
  });
  const leaks: string[] = [];
  watchForLeaks(context, leaks);
  if (options.privateWindows || options.reloadable) await loadOverProtocol(context, options.privateWindows === true);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // Most suites test the guide itself: mark the one-time explainer as seen, as a returning user has it.
  if (!options.firstRun && !options.profile) await worker.evaluate(() => chrome.storage.local.set({ introSeen: true }));
  const url = (page: string) => `chrome-extension://${extensionId}/${page}`;
  // The quick exit button's name in the language the guide starts in (the browser's).
  const quickExitName = new RegExp(`^${readMessages('content/locales', speaks?.language ?? 'en').quickExit} —`, 'i');

  return {
    context,
    worker,
    extensionId,
    web,
    profile,
    leaks,
    url,
    async open(page, viewport, { clock } = {}) {
      const tab = await context.newPage();
      if (viewport) await tab.setViewportSize(viewport);
      if (clock) await tab.clock.install({ time: clock });
      await tab.goto(url(page));
      await tab.getByRole('button', { name: quickExitName }).waitFor();
      return tab;
    },
    async visit(address) {
      const tab = await context.newPage();
      await tab.goto(address);
      return tab;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!options.web) await web.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A DevTools protocol session with the whole browser (not one page), over Playwright's pipe. */
export async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind the context: cannot reach the DevTools protocol');
  return browser.newBrowserCDPSession();
}

async function loadOverProtocol(context: BrowserContext, enableInIncognito: boolean, path = EXTENSION_DIR) {
  const cdp = await browserSession(context);
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path, enableInIncognito } as never)) as {
    id: string;
  };
  await cdp.detach();
  return id;
}

/**
 * Reloads the extension as the browser does when it is updated, or when "Allow in Incognito" is
 * switched (a session launched `reloadable` or with `privateWindows`): `Extensions.loadUnpacked` on
 * the same folder, same id. Waits for the new worker, and points `session.worker` at it. The
 * session area is erased; storage.local stays.
 */
export async function reloadExtension(session: Session, options: { privateWindows?: boolean } = {}): Promise<void> {
  const old = session.worker;
  const fresh = session.context.waitForEvent('serviceworker', {
    predicate: (worker) => worker !== old && worker.url().startsWith(`chrome-extension://${session.extensionId}/`),
    timeout: 15_000,
  });
  await loadOverProtocol(session.context, options.privateWindows === true);
  session.worker = await fresh;
}

/** Loads another unpacked extension beside the guide (a probe with permissions the guide never has). */
export const loadBeside = (session: Session, path: string): Promise<string> =>
  loadOverProtocol(session.context, false, path);

/**
 * Stops the extension's service worker, as Chrome does after about 30 s idle (its normal state),
 * and waits until Chrome reports it stopped. `session.worker` is stale afterwards: read storage
 * through an extension page (`storageIn`).
 */
export async function stopWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const status = new Map<string, { scriptURL: string; runningStatus: string }>();
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const version of event.versions) status.set(version.versionId, version);
    },
  );
  await cdp.send('ServiceWorker.enable');
  const ours = () =>
    [...status].filter(([, version]) => version.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`));
  await expect.poll(() => ours().length).toBeGreaterThan(0);
  for (const [versionId] of ours()) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await expect.poll(() => ours().every(([, version]) => version.runningStatus === 'stopped')).toBe(true);
  await cdp.detach();
}

/** The extension's real storage, read from one of its pages (works while the worker sleeps). */
export const storageIn = (page: Page, area: 'local' | 'session') =>
  page.evaluate((name) => chrome.storage[name].get(null) as Promise<Record<string, unknown>>, area);

/** What the browser's History shows for a profile: every URL and title, and every search term. */
export async function historyEntries(profile: string): Promise<string[]> {
  const file = join(profile, 'Default', 'History');
  if (!existsSync(file)) throw new Error(`No History database in ${profile}`);
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const rows = db.exec(
      'SELECT url, title FROM urls UNION ALL SELECT term, normalized_term FROM keyword_search_terms',
    );
    return (rows[0]?.values ?? []).map((row) => row.join(' '));
  } finally {
    db.close();
  }
}

/** The real toolbar popup, which Playwright does not list as a page: driven over CDP. */
export interface RealPopup {
  evaluate(expression: string): Promise<unknown>;
  /** Whether the popup is still open. */
  isOpen(): Promise<boolean>;
}

/**
 * Opens the real popup over `tab` (as a click on the toolbar button would) and attaches to it; in
 * the window `windowId` when given (a private window, which bringing a tab to the front does not
 * make the current one).
 */
export async function openRealPopup(session: Session, tab: Page, windowId?: number): Promise<RealPopup> {
  await tab.bringToFront();
  const cdp = await session.context.newCDPSession(tab);
  await session.worker.evaluate(
    (id) => chrome.action.openPopup(id === undefined ? undefined : { windowId: id }),
    windowId,
  );
  const popupUrl = session.url('popup.html');
  const findTarget = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    return targetInfos.find((target) => target.url === popupUrl);
  };
  let target = await findTarget();
  for (let tries = 0; !target && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    target = await findTarget();
  }
  if (!target) throw new Error('The toolbar popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result?.result?.value);
  });
  const targetId = target.targetId;
  return {
    evaluate(expression) {
      const id = nextId++;
      const answer = new Promise((resolve) => pending.set(id, resolve));
      const method = 'Runtime.evaluate';
      const params = { expression, awaitPromise: true, returnByValue: true };
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return answer;
    },
    async isOpen() {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string }[] };
      return targetInfos.some((info) => info.targetId === targetId);
    },
  };
}
