import type { Page } from 'playwright-core';
import type { BenchBrowser, Extension } from './browser';
import type { TargetSession } from './cdp';
import {
  armTopicTimer,
  type ExitRecord,
  exitRecorder,
  firstContentfulPaint,
  type Readiness,
  readinessProbe,
  readinessResult,
  topicTimerResult,
  waitForButton,
} from './probes';

/** The size of the popup when it is opened as a tab (the real popup sizes itself to its content). */
export const POPUP_VIEWPORT = { width: 384, height: 500 };
const REPORT = '__pgBenchExit:';
const EXIT_BUTTON = 'quick exit';
/** Start-up work (reading settings) is over by the time a person clicks: wait this long after the button shows. */
const SETTLE_MS = 100;
/** The popup warms the topics' text 300 ms after it opens; measure topics after that. */
const TOPICS_SETTLE_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real toolbar popup, opened by `chrome.action.openPopup()` in the extension's worker. */
export async function openRealPopup(browser: BenchBrowser, extension: Extension, page: string): Promise<TargetSession> {
  const url = extension.url(page);
  // The same page may be open in a tab too: only a target that appears now is the popup.
  const before = new Set((await browser.targets.list()).map((t) => t.targetId));
  const opened = await extension.worker.evaluate('chrome.action.openPopup().then(() => "ok", (e) => String(e))');
  if (opened !== 'ok') throw new Error(`chrome.action.openPopup() failed: ${opened}`);
  const target = await browser.targets.waitFor((t) => t.type === 'page' && t.url === url && !before.has(t.targetId));
  return browser.targets.attach(target.targetId);
}

export async function closeRealPopup(browser: BenchBrowser, popup: TargetSession): Promise<void> {
  if (!popup.detached) await popup.send('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
  await browser.targets.waitGone(popup.targetId);
}

/** First contentful paint of the real popup, ms after its navigation start (read from the buffered timeline). */
export async function realPopupPaint(browser: BenchBrowser, extension: Extension, page = 'popup.html') {
  const popup = await openRealPopup(browser, extension, page);
  try {
    return await popup.evaluate(firstContentfulPaint, 5000);
  } finally {
    await closeRealPopup(browser, popup);
  }
}

/** A tab for an extension page, with the readiness probe installed before the page's own scripts. */
export async function probedTab(browser: BenchBrowser, requireHandler: boolean, reuse?: Page): Promise<Page> {
  const tab = reuse ?? (await browser.context.newPage());
  await tab.setViewportSize(POPUP_VIEWPORT);
  await tab.addInitScript(readinessProbe, requireHandler);
  return tab;
}

/** Loads `url` in a probed tab (a new document each time) and reads paint and readiness. */
export async function tabReadiness(tab: Page, url: string): Promise<Readiness> {
  await tab.goto(url);
  return tab.evaluate(readinessResult, 5000);
}

/** One quick exit: input to the destination's navigation start, and whether the view was blank. */
export interface ExitSample {
  ms: number;
  blankAfterHandlers: boolean | null;
  blankAtFirstFrame: boolean | null;
  visibility: string;
}

let runCount = 0;

/** A prefix unique to one run, so that no report of an earlier run can be mistaken for this one's. */
const reportPrefix = () => `${REPORT}${++runCount}:`;

function collectReports(records: ExitRecord[], prefix: string) {
  return (text: string) => {
    if (text.startsWith(prefix)) records.push(JSON.parse(text.slice(prefix.length)) as ExitRecord);
  };
}

/**
 * Collects the page's reports through a CDP session of its own: raw `Runtime.consoleAPICalled`
 * events arrive even when the page navigates away (or closes) right after the click.
 */
async function listenForReports(page: Page, records: ExitRecord[], prefix: string): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const collect = collectReports(records, prefix);
  cdp.on('Runtime.consoleAPICalled', (event) => {
    const value = event.args[0]?.value;
    if (typeof value === 'string') collect(value);
  });
  await cdp.send('Runtime.enable');
  return () => cdp.detach().catch(() => undefined);
}

/** Waits for the page's report(s); the one sent from the first frame comes last, if it comes. */
async function settleRecord(records: ExitRecord[]): Promise<ExitRecord> {
  for (let i = 0; i < 100 && records.length === 0; i++) await sleep(10);
  for (let i = 0; i < 5 && !records.some((r) => r.blankAtFirstFrame !== null); i++) await sleep(10);
  const last = records.at(-1);
  if (!last) throw new Error('The page under test never reported the click');
  return { ...last, blankAtFirstFrame: records.find((r) => r.blankAtFirstFrame !== null)?.blankAtFirstFrame ?? null };
}

/** Epoch ms at which `page`'s current document started navigating (its time origin). */
async function navigationStartOn(page: Page, destination: string): Promise<number> {
  await page.waitForURL(destination, { waitUntil: 'commit', timeout: 10_000 });
  return page.evaluate(() => performance.timeOrigin);
}

function sample(record: ExitRecord, navigationStart: number): ExitSample {
  return {
    ms: navigationStart - record.clickAt,
    blankAfterHandlers: record.blankAfterHandlers,
    blankAtFirstFrame: record.blankAtFirstFrame,
    visibility: record.visibility,
  };
}

/**
 * Quick exit from the popup opened as a tab (as the e2e does): the ordinary tab is brought to the
 * front so that it is the active tab of the window, then the popup tab's button is clicked. The
 * popup tab is reused between runs (a new document each time) unless the page closed itself.
 */
export async function exitFromPopupTab(
  browser: BenchBrowser,
  ordinary: Page,
  ordinaryUrl: string,
  reuse: Page | undefined,
  url: string,
  destination: string,
): Promise<{ sample: ExitSample; tab: Page | undefined }> {
  await ordinary.goto(ordinaryUrl, { waitUntil: 'domcontentloaded' });
  const popup = reuse && !reuse.isClosed() ? reuse : await browser.context.newPage();
  if (popup !== reuse) await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(url, { waitUntil: 'domcontentloaded' });
  const centre = await popup.evaluate(waitForButton, { pattern: EXIT_BUTTON, settleMs: SETTLE_MS, timeoutMs: 10_000 });
  if (!centre) throw new Error(`No quick exit button in ${url}`);
  const records: ExitRecord[] = [];
  const prefix = reportPrefix();
  const stop = await listenForReports(popup, records, prefix);
  try {
    await popup.evaluate(exitRecorder, prefix);
    await ordinary.bringToFront();
    await popup.mouse.click(centre.x, centre.y);
    const start = await navigationStartOn(ordinary, destination);
    const result = sample(await settleRecord(records), start);
    return { sample: result, tab: popup.isClosed() ? undefined : popup };
  } finally {
    await stop();
  }
}

/** Quick exit from the real toolbar popup, clicked through CDP input events. */
export async function exitFromRealPopup(
  browser: BenchBrowser,
  ordinary: Page,
  ordinaryUrl: string,
  extension: Extension,
  page: string,
  destination: string,
): Promise<ExitSample> {
  await ordinary.goto(ordinaryUrl, { waitUntil: 'domcontentloaded' });
  await ordinary.bringToFront();
  const popup = await openRealPopup(browser, extension, page);
  try {
    const records: ExitRecord[] = [];
    const prefix = reportPrefix();
    const collect = collectReports(records, prefix);
    popup.on('Runtime.consoleAPICalled', (params) => {
      const [first] = params.args as { value?: unknown }[];
      if (typeof first?.value === 'string') collect(first.value);
    });
    await popup.send('Runtime.enable');
    const centre = await popup.evaluate(waitForButton, {
      pattern: EXIT_BUTTON,
      settleMs: SETTLE_MS,
      timeoutMs: 10_000,
    });
    if (!centre) throw new Error(`No quick exit button in the real popup of ${extension.url(page)}`);
    await popup.evaluate(exitRecorder, prefix);
    const mouse = { x: centre.x, y: centre.y, button: 'left', clickCount: 1 };
    await popup.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: centre.x, y: centre.y });
    await popup.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse });
    // The popup may close while this is in flight: do not wait for its answer.
    popup.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse }).catch(() => undefined);
    const start = await navigationStartOn(ordinary, destination);
    return sample(await settleRecord(records), start);
  } finally {
    await closeRealPopup(browser, popup);
  }
}

/** Quick exit from a page open in a tab that replaces itself (the options page, GOV.UK's page). */
export async function exitFromOwnTab(
  page: Page,
  url: string,
  button: { pattern: string; ready?: string },
  destination: string,
): Promise<ExitSample> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const centre = await page.evaluate(waitForButton, { ...button, settleMs: SETTLE_MS, timeoutMs: 10_000 });
  if (!centre) throw new Error(`No button matching /${button.pattern}/i in ${url}`);
  const records: ExitRecord[] = [];
  const prefix = reportPrefix();
  const stop = await listenForReports(page, records, prefix);
  try {
    await page.evaluate(exitRecorder, prefix);
    await page.bringToFront();
    await page.mouse.click(centre.x, centre.y);
    const start = await navigationStartOn(page, destination);
    return sample(await settleRecord(records), start);
  } finally {
    await stop();
  }
}

/** A topic, as the benchmark needs it: its title (the name of its button) and the text that ends it. */
export interface TopicProbe {
  title: string;
  /** A piece of the topic's last block: once it is in the DOM, the whole topic is. */
  lastText: string;
}

const topicButton = (page: Page, title: string) => page.getByRole('button', { name: title, exact: true });

/** Opens the popup page in `tab` and waits until its start-up work (including prefetches) is over. */
async function openSettled(tab: Page, url: string, settleMs: number) {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  const centre = await tab.evaluate(waitForButton, { pattern: EXIT_BUTTON, settleMs, timeoutMs: 10_000 });
  if (!centre) throw new Error(`No quick exit button in ${url}`);
}

/**
 * Time to open one topic from the home list: click → the frame after its last block is in the DOM.
 * Returns null when the popup has no button named by the topic's title (the list is not built yet).
 */
export async function topicRender(tab: Page, url: string, topic: TopicProbe): Promise<number | null> {
  await openSettled(tab, url, TOPICS_SETTLE_MS);
  const button = topicButton(tab, topic.title);
  if ((await button.count()) === 0) return null;
  await tab.evaluate(armTopicTimer, topic.lastText);
  await button.click();
  return tab.evaluate(topicTimerResult, 5000);
}

export interface HeapReport {
  /** After start-up, on the home view, after a full garbage collection. */
  homeBytes: number;
  /** After opening (and leaving) every topic that could be opened, after a full garbage collection. */
  afterTopicsBytes: number;
  opened: number;
  total: number;
}

async function usedHeap(tab: Page): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The JS heap of a page that is the only one of its extension open (pages of one extension share an isolate). */
export async function pageHeap(tab: Page, url: string): Promise<number> {
  await openSettled(tab, url, TOPICS_SETTLE_MS);
  return usedHeap(tab);
}

/** The popup's JS heap on its home view, and after opening every topic in turn (with Back in between). */
export async function heapAfterTopics(tab: Page, url: string, topics: TopicProbe[]): Promise<HeapReport> {
  await openSettled(tab, url, TOPICS_SETTLE_MS);
  const homeBytes = await usedHeap(tab);
  let opened = 0;
  for (const topic of topics) {
    const button = topicButton(tab, topic.title);
    if ((await button.count()) === 0) continue;
    await button.click();
    await tab.waitForFunction((text) => (document.body.textContent ?? '').includes(text), topic.lastText, {
      timeout: 5000,
    });
    opened++;
    const back = tab.getByRole('button', { name: /^back$/i });
    if ((await back.count()) === 0) break;
    await back.first().click();
    await topicButton(tab, topic.title).waitFor({ timeout: 5000 });
  }
  return { homeBytes, afterTopicsBytes: await usedHeap(tab), opened, total: topics.length };
}
