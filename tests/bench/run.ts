/**
 * `npm run bench`: Pocket Guide's speed and size beside baselines, in real headless Chromium, in
 * one run. It builds and zips the extension into a temporary folder (POCKET_GUIDE_OUT), prints a
 * table and the targets (met or MISSED) and writes every figure to bench-results.json at the
 * repository root. It is a report: it exits 0 whether targets are met or not, and 1 only when it
 * cannot run at all (no build, no Chromium).
 *
 * How:
 * - Baselines run in the same browser as the app, alternating with it: a generated bare extension
 *   (bare.ts) for the popup, GOV.UK Frontend's "Exit this page" (govuk.ts) for the options page.
 * - Real popup = `chrome.action.openPopup()` in the extension's worker, then the popup's CDP target
 *   (cdp.ts). Its paint comes from the buffered performance timeline. "Responds" needs a probe
 *   installed before the page's scripts, which CDP cannot do for a popup (browser-level auto-attach
 *   does not reach it), so it is measured with the popup page opened in a tab.
 * - Cold = the first open of the page in a freshly launched browser with a fresh profile (two copies
 *   of each extension per browser: one for the real popup, one for the tab). Warm = later opens.
 * - Quick exit = the destination's `performance.timeOrigin` minus the click's
 *   `performance.timeOrigin + event.timeStamp`: both epoch ms, from the two pages themselves.
 *
 * Environment: BENCH_RUNS (warm runs per side, default 12), BENCH_COLD_RUNS (fresh browsers,
 * default 10), BENCH_KEEP_BUILD=1 (keep the temporary build and print where it is).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DEFAULT_DESTINATION } from '../../components/exit/destination';
import { startWebStandIn, type WebStandIn } from '../e2e/server';
import { createBareExtension } from './bare';
import { assertChromium, type BenchBrowser, type Extension, launchBench } from './browser';
import { fileSize, findZip, firstViewJavaScript, folderBytes, kB } from './bytes';
import { loadContent, topicProbes } from './content';
import { startGovukPage } from './govuk';
import {
  type ExitSample,
  exitFromOwnTab,
  exitFromPopupTab,
  exitFromRealPopup,
  type HeapReport,
  heapAfterTopics,
  POPUP_VIEWPORT,
  pageHeap,
  probedTab,
  realPopupPaint,
  tabReadiness,
  topicRender,
} from './measure';
import type { Readiness } from './probes';
import { medianOf, ms, ratioText, status, type Target, table, times, toJson } from './report';
import { benchSearch, type SearchBench } from './search';
import { ratio, ratioInterval, round, type Summary, summarize } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, 'bench-results.json');
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS) || 12);
const COLD_RUNS = Math.max(10, Number(process.env.BENCH_COLD_RUNS) || 10);
const WARM_UP = 2;
/** Quick exit runs come after the paint runs, in a browser that is already warm. */
const EXIT_WARM_UP = 1;
const TOPIC_RUNS = 7;
const DESTINATION = DEFAULT_DESTINATION;
/** The page a person is reading when they press quick exit (served by the local stand-in). */
const ORDINARY = 'https://reading.example.org/chapter-two';

const LIMITS = {
  paintRatio: 1.25,
  popupExitRatio: 1.1,
  optionsExitRatio: 1.0,
  searchP95Ms: 5,
  firstViewGzip: 25_000,
  zipBytes: 250_000,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notes: string[] = [];
const phases: Record<string, number> = {};

async function phase<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  process.stdout.write(`… ${name}\n`);
  try {
    return await work();
  } catch (error) {
    const message = `${name} failed: ${(error as Error).stack ?? error}`;
    notes.push(message.split('\n').slice(0, 3).join(' | '));
    console.error(message);
    return undefined;
  } finally {
    phases[name] = (performance.now() - started) / 1000;
  }
}

function machine() {
  const cpuInfo = (() => {
    try {
      return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
    } catch {
      return undefined;
    }
  })();
  const require = createRequire(import.meta.url);
  return {
    cpu: cpuInfo ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: loadavg().map((value) => round(value, 2)),
    os: `${process.platform} ${release()}`,
    node: process.version,
    playwrightCore: (require('playwright-core/package.json') as { version: string }).version,
    chromium: 'not started',
  };
}

/** Builds and zips into a temporary folder (`wxt zip` builds first), so no other build is touched. */
function build(): { outDir: string; appDir: string; zip: string | undefined; seconds: number } {
  const outDir = mkdtempSync(join(tmpdir(), 'pg-bench-build-'));
  const started = performance.now();
  const result = spawnSync('npx', ['wxt', 'zip'], {
    cwd: ROOT,
    env: { ...process.env, POCKET_GUIDE_OUT: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`\`POCKET_GUIDE_OUT=${outDir} npx wxt zip\` failed (exit ${result.status})`);
  }
  return {
    outDir,
    appDir: join(outDir, 'chrome-mv3'),
    zip: findZip(outDir),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Runs `work` for app and bare in turn, alternating which goes first, after `warmUp` rounds whose
 * results are dropped. A failed run is noted and skipped (the medians say how many runs counted).
 */
async function alternate<T>(
  label: string,
  runs: number,
  work: (who: 'app' | 'bare') => Promise<T>,
  warmUp = WARM_UP,
): Promise<{ app: T[]; bare: T[]; failures: string[] }> {
  const out = { app: [] as T[], bare: [] as T[], failures: [] as string[] };
  for (let round = 0; round < warmUp + runs; round++) {
    const order: ('app' | 'bare')[] = round % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
    for (const who of order) {
      try {
        const value = await work(who);
        if (round >= warmUp) out[who].push(value);
      } catch (error) {
        const when = `round ${round + 1}${round < warmUp ? ' (warm-up)' : ''}`;
        out.failures.push(`${who}, ${when}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  if (out.failures.length) notes.push(`${label}: ${out.failures.length} failed run(s): ${out.failures.join('; ')}`);
  return out;
}

/**
 * The popup shows a one-time explainer on its very first open; people see the guide's home view
 * on every open after that, so that is the view measured (storage key from components/settings/settings.ts).
 */
async function skipFirstRun(extension: Extension) {
  await extension.worker.evaluate('chrome.storage.local.set({ introSeen: true })');
}

interface Pair {
  app: Summary;
  bare: Summary;
  ratio: number;
  /** 95% bootstrap interval of the ratio. */
  interval: [number, number];
}

const pair = (app: (number | null)[], bare: (number | null)[]): Pair => {
  const a = summarize(app);
  const b = summarize(bare);
  return { app: a, bare: b, ratio: ratio(a.median, b.median), interval: ratioInterval(app, bare) };
};

interface ReadinessPair {
  fcp: Pair;
  ready: Pair;
}

const readinessPair = (app: Readiness[], bare: Readiness[]): ReadinessPair => ({
  fcp: pair(
    app.map((r) => r.fcp),
    bare.map((r) => r.fcp),
  ),
  ready: pair(
    app.map((r) => r.ready),
    bare.map((r) => r.ready),
  ),
});

interface ExitPair extends Pair {
  /** App runs whose view was blank at the first frame after the click (or closed before one). */
  blank: { blank: number; of: number; firstFrameSeen: number };
  failures: string[];
}

function exitPair(runs: { app: ExitSample[]; bare: ExitSample[]; failures: string[] }): ExitPair {
  const blankRun = (s: ExitSample) =>
    s.blankAtFirstFrame === true || (s.blankAtFirstFrame === null && s.blankAfterHandlers === true);
  return {
    ...pair(
      runs.app.map((s) => s.ms),
      runs.bare.map((s) => s.ms),
    ),
    blank: {
      blank: runs.app.filter(blankRun).length,
      of: runs.app.length,
      firstFrameSeen: runs.app.filter((s) => s.blankAtFirstFrame !== null).length,
    },
    failures: runs.failures,
  };
}

async function coldRounds(appDir: string, bareDir: string, web: WebStandIn, scratch: string) {
  // Two copies of each extension (other folders, so other ids, processes and caches): the first
  // copy's real popup and the second copy's page in a tab are each a first open in this browser.
  const appCopy = join(scratch, 'app-copy');
  const bareCopy = join(scratch, 'bare-copy');
  cpSync(appDir, appCopy, { recursive: true });
  cpSync(bareDir, bareCopy, { recursive: true });
  const real = { app: [] as (number | null)[], bare: [] as (number | null)[] };
  const tab = { app: [] as Readiness[], bare: [] as Readiness[] };
  let version = '';
  for (let round = 0; round < COLD_RUNS; round++) {
    try {
      const browser = await launchBench([appDir, bareDir, appCopy, bareCopy], web);
      version = browser.version;
      try {
        const [appReal, bareReal, appTab, bareTab] = browser.extensions as [Extension, Extension, Extension, Extension];
        await skipFirstRun(appReal);
        await skipFirstRun(appTab);
        await sleep(500); // let the browser's own start-up work finish
        const order: ('app' | 'bare')[] = round % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
        for (const who of order) real[who].push(await realPopupPaint(browser, who === 'app' ? appReal : bareReal));
        for (const [index, who] of order.entries()) {
          // The first uses the tab the browser opened with (a new tab costs time, not measured).
          const blank = index === 0 ? browser.context.pages()[0] : undefined;
          const page = await probedTab(browser, who === 'app', blank);
          tab[who].push(await tabReadiness(page, (who === 'app' ? appTab : bareTab).url('popup.html')));
        }
      } finally {
        await browser.close();
      }
    } catch (error) {
      notes.push(`cold round ${round + 1} failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { real: pair(real.app, real.bare), tab: readinessPair(tab.app, tab.bare), version };
}

async function closeExtensionPages(browser: BenchBrowser, extension: Extension) {
  for (const page of browser.context.pages()) {
    if (page.url().startsWith(extension.url(''))) await page.close();
  }
}

async function main() {
  const started = performance.now();
  const info = machine();
  assertChromium();
  console.log(`Pocket Guide benchmark: ${info.cpu}, ${info.cores} cores, load ${info.loadAverage.join(' ')}`);

  const built = build();
  console.log(`built and zipped in ${built.seconds.toFixed(1)} s → ${built.outDir}`);
  const { appDir } = built;

  // Sizes: deterministic, from the built files.
  const popupJs = firstViewJavaScript(appDir, 'popup.html');
  const optionsJs = firstViewJavaScript(appDir, 'options.html');
  const buildFolder = folderBytes(appDir);
  const zipBytes = built.zip ? fileSize(built.zip) : Number.NaN;

  // Search, in Node, before any browser runs.
  const content = loadContent(ROOT);
  const search: SearchBench =
    (await phase('search (Node, jiti)', () => benchSearch(ROOT, content))) ??
    ({ available: false, reason: 'the search benchmark failed' } as const);

  const web = await startWebStandIn();
  const bare = createBareExtension(DESTINATION);
  const govuk = await startGovukPage(DESTINATION);
  const scratch = mkdtempSync(join(tmpdir(), 'pg-bench-'));
  const probes = topicProbes(content.topics);
  const longest = probes[0];

  let cold: Awaited<ReturnType<typeof coldRounds>> | undefined;
  let warmReal: Pair | undefined;
  let warmTab: ReadinessPair | undefined;
  let exitTab: ExitPair | undefined;
  let exitReal: ExitPair | undefined;
  let optionsExit: ExitPair | undefined;
  let topic: Summary | undefined;
  let topicNote = '';
  let heap: HeapReport | undefined;
  let bareHeap: number | undefined;
  let browserRan = false;

  try {
    cold = await phase(`cold opens (${COLD_RUNS} fresh browsers)`, () => coldRounds(appDir, bare.dir, web, scratch));
    if (cold) info.chromium = cold.version;

    const browser = await launchBench([appDir, bare.dir], web);
    browserRan = true;
    info.chromium = browser.version;
    try {
      const [app, bareExt] = browser.extensions as [Extension, Extension];
      const ordinary = browser.context.pages()[0] ?? (await browser.context.newPage());
      await skipFirstRun(app);
      await sleep(500);

      warmReal = await phase('warm opens, real popup', async () => {
        const runs = await alternate('warm real popup', RUNS, (who) =>
          realPopupPaint(browser, who === 'app' ? app : bareExt),
        );
        return pair(runs.app, runs.bare);
      });

      warmTab = await phase('warm opens, popup page in a tab', async () => {
        const tabs = { app: await probedTab(browser, true), bare: await probedTab(browser, false) };
        const runs = await alternate('warm popup tab', RUNS, (who) =>
          tabReadiness(tabs[who], (who === 'app' ? app : bareExt).url('popup.html')),
        );
        await tabs.app.close();
        await tabs.bare.close();
        return readinessPair(runs.app, runs.bare);
      });

      exitTab = await phase('quick exit, popup page in a tab', async () => {
        const reuse: { app?: Page; bare?: Page } = {};
        const runs = await alternate(
          'exit from popup tab',
          RUNS,
          async (who) => {
            const url = who === 'app' ? app.url('popup.html') : bareExt.url(bare.exitPage);
            const { sample, tab } = await exitFromPopupTab(browser, ordinary, ORDINARY, reuse[who], url, DESTINATION);
            reuse[who] = tab;
            return sample;
          },
          EXIT_WARM_UP,
        );
        for (const page of [reuse.app, reuse.bare]) if (page && !page.isClosed()) await page.close();
        return exitPair(runs);
      });

      exitReal = await phase('quick exit, real popup', async () => {
        await bareExt.worker.evaluate(`chrome.action.setPopup({ popup: ${JSON.stringify(bare.exitPage)} })`);
        try {
          const runs = await alternate(
            'exit from real popup',
            RUNS,
            (who) =>
              who === 'app'
                ? exitFromRealPopup(browser, ordinary, ORDINARY, app, 'popup.html', DESTINATION)
                : exitFromRealPopup(browser, ordinary, ORDINARY, bareExt, bare.exitPage, DESTINATION),
            EXIT_WARM_UP,
          );
          return exitPair(runs);
        } finally {
          await bareExt.worker.evaluate(`chrome.action.setPopup({ popup: ${JSON.stringify(bare.popup)} })`);
        }
      });

      optionsExit = await phase('quick exit, options page vs GOV.UK', async () => {
        await closeExtensionPages(browser, app);
        const pages = { app: await browser.context.newPage(), bare: await browser.context.newPage() };
        const runs = await alternate(
          'exit from options vs GOV.UK',
          RUNS,
          (who) =>
            who === 'app'
              ? exitFromOwnTab(pages.app, app.url('options.html'), { pattern: 'quick exit' }, DESTINATION)
              : exitFromOwnTab(
                  pages.bare,
                  govuk.url,
                  { pattern: 'exit this page', ready: '[data-govuk-exit-this-page-init]' },
                  DESTINATION,
                ),
          EXIT_WARM_UP,
        );
        await pages.app.close();
        await pages.bare.close();
        return exitPair(runs);
      });

      await phase('topics and heap', async () => {
        await closeExtensionPages(browser, app);
        const tab = await browser.context.newPage();
        await tab.setViewportSize(POPUP_VIEWPORT);
        const url = app.url('popup.html');
        if (longest) {
          const first = await topicRender(tab, url, longest);
          if (first === null) {
            topicNote = `not available yet: the popup has no button named "${longest.title}", or the topic did not finish rendering`;
          } else {
            const samples: (number | null)[] = [];
            for (let i = 0; i < TOPIC_RUNS; i++) samples.push(await topicRender(tab, url, longest));
            topic = summarize(samples);
          }
        }
        heap = await heapAfterTopics(tab, url, probes);
        await tab.close();
        const bareTab = await browser.context.newPage();
        bareHeap = await pageHeap(bareTab, bareExt.url(bare.popup));
        await bareTab.close();
      });
    } finally {
      await browser.close();
    }
  } finally {
    await web.close();
    await govuk.close();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(bare.dir, { recursive: true, force: true });
  }

  // Which popup measurement decides the targets: the real popup, when every run of it worked.
  const realPaintWorks = Boolean(cold && warmReal && cold.real.app.n >= COLD_RUNS && warmReal.app.n >= RUNS);
  const realExitWorks = Boolean(exitReal && exitReal.failures.length === 0 && exitReal.app.n >= RUNS);
  const paintCold = realPaintWorks ? cold?.real : cold?.tab.fcp;
  const paintWarm = realPaintWorks ? warmReal : warmTab?.fcp;
  const exitUsed = realExitWorks ? exitReal : exitTab;
  const paintVia = realPaintWorks ? 'real popup' : 'popup page in a tab';
  const exitVia = realExitWorks ? 'real popup' : 'popup page in a tab';
  if (exitReal && !realExitWorks) notes.push('the real-popup exit did not work in every run: the targets use the tab');

  const noise = (p: Pair | undefined, limit: number) =>
    p && p.interval[0] <= limit && limit <= p.interval[1] ? 'limit within the 95% interval: re-run to be sure' : '';
  const byRatio = (name: string, p: Pair | undefined, limit: number, extra = ''): Target => ({
    name,
    // Three decimals: a ratio printed as 1.10 can still be over a 1.10 limit.
    value: p ? `${ratioText(p, 3)}${extra}` : 'n/a',
    limit: `≤ ${limit.toFixed(2)}×`,
    met: p && Number.isFinite(p.ratio) ? p.ratio <= limit : null,
    note: noise(p, limit),
  });
  const paintWorse = [paintCold, paintWarm].every((p) => p && Number.isFinite(p.ratio))
    ? [paintCold, paintWarm].reduce((worse, p) => (p && worse && p.ratio > worse.ratio ? p : worse))
    : undefined;
  const searchP95 = search.available ? search.perQuery.p95 : Number.NaN;
  const targets: Target[] = [
    byRatio(
      `Popup first paint vs bare popup (${paintVia}, worse of cold/warm)`,
      paintWorse,
      LIMITS.paintRatio,
      paintWorse ? `, ${paintWorse === paintCold ? 'cold' : 'warm'}` : '',
    ),
    byRatio(`Popup quick exit vs bare tabs.update (${exitVia})`, exitUsed, LIMITS.popupExitRatio),
    {
      name: `Popup view blank at the first frame after the input (${exitVia})`,
      value: exitUsed ? `${exitUsed.blank.blank}/${exitUsed.blank.of} runs` : 'n/a',
      limit: 'every run',
      met: exitUsed && exitUsed.blank.of > 0 ? exitUsed.blank.blank === exitUsed.blank.of : null,
    },
    byRatio('Options-page quick exit vs GOV.UK Exit this page', optionsExit, LIMITS.optionsExitRatio),
    {
      name: 'Search p95 per query',
      value: ms(searchP95),
      limit: `< ${LIMITS.searchP95Ms} ms`,
      met: Number.isFinite(searchP95) ? searchP95 < LIMITS.searchP95Ms : null,
    },
    {
      name: 'Popup first-view JavaScript (gzip)',
      value: kB(popupJs.gzip),
      limit: `< ${kB(LIMITS.firstViewGzip)}`,
      met: popupJs.gzip < LIMITS.firstViewGzip,
    },
    {
      name: 'Store zip (Chrome)',
      value: Number.isFinite(zipBytes) ? kB(zipBytes) : 'n/a',
      limit: `< ${kB(LIMITS.zipBytes)}`,
      met: Number.isFinite(zipBytes) ? zipBytes < LIMITS.zipBytes : null,
    },
  ];

  // The table.
  const rows: string[][] = [['Measure (median)', 'Pocket Guide', 'Baseline', 'Ratio [95% interval]']];
  const pairRow = (name: string, p: Pair | undefined, baseline: string) =>
    rows.push([name, medianOf(p?.app), p ? `${medianOf(p.bare)} ${baseline}` : 'n/a', p ? ratioText(p) : 'n/a']);
  const row = (name: string, value: string, baseline = '', ratioCell = '') =>
    rows.push([name, value, baseline, ratioCell]);
  pairRow('Popup FCP, cold, real popup', cold?.real, 'bare');
  pairRow('Popup FCP, warm, real popup', warmReal, 'bare');
  pairRow('Popup FCP, cold, as a tab', cold?.tab.fcp, 'bare');
  pairRow('Popup FCP, warm, as a tab', warmTab?.fcp, 'bare');
  pairRow('Exit control responds, cold, as a tab', cold?.tab.ready, 'bare');
  pairRow('Exit control responds, warm, as a tab', warmTab?.ready, 'bare');
  pairRow('Quick exit, real popup: input → dest. nav start', exitReal, 'bare tabs.update');
  pairRow('Quick exit, popup as a tab: input → dest. nav start', exitTab, 'bare tabs.update');
  pairRow('Quick exit, options page: input → dest. nav start', optionsExit, 'GOV.UK');
  for (const [name, e] of [
    ['real popup', exitReal],
    ['popup as a tab', exitTab],
  ] as const) {
    if (e) row(`Popup blank at first frame after input, ${name}`, `${e.blank.blank}/${e.blank.of} runs`);
  }
  if (search.available) {
    row(
      `Search, ${search.queries.length} queries × 30 calls: median / p95`,
      `${ms(search.perQuery.median)} / ${ms(search.perQuery.p95)}`,
    );
    row('Search index build (on first use)', ms(search.buildMs));
  } else {
    row('Search', `not available yet (${search.reason})`);
  }
  row(`Longest topic render ("${longest?.title ?? '?'}")`, topic ? medianOf(topic) : topicNote || 'n/a');
  row('Popup first-view JS: raw / gzip', `${kB(popupJs.raw)} / ${kB(popupJs.gzip)} (${popupJs.files.length} files)`);
  row(
    'Options first-view JS: raw / gzip',
    `${kB(optionsJs.raw)} / ${kB(optionsJs.gzip)} (${optionsJs.files.length} files)`,
  );
  row('Store zip / build folder gzipped per file', `${kB(zipBytes)} / ${kB(buildFolder.gzip)}`);
  row(
    'Popup JS heap: home / after every topic',
    heap ? `${kB(heap.homeBytes)} / ${kB(heap.afterTopicsBytes)} (${heap.opened}/${heap.total} topics)` : 'n/a',
    bareHeap !== undefined ? `${kB(bareHeap)} bare popup` : 'n/a',
    heap && bareHeap ? times(heap.afterTopicsBytes / bareHeap) : '',
  );

  const seconds = (performance.now() - started) / 1000;
  console.log('');
  console.log(
    `Machine: ${info.cpu}, ${info.cores} cores, load ${info.loadAverage.join(' ')} at start; ${info.os}; ` +
      `Node ${info.node}; Chromium ${info.chromium}; playwright-core ${info.playwrightCore}`,
  );
  console.log(
    `Runs: medians of ${RUNS} warm runs per side (after ${WARM_UP} warm-up rounds; ${EXIT_WARM_UP} for exits) and ` +
      `${COLD_RUNS} cold runs. Cold = the first open of the page in a freshly launched browser with a fresh profile; ` +
      `warm = later opens in the same browser. App and baseline alternate, in the same browser. Paint targets use ` +
      `the ${paintVia}, exit targets the ${exitVia}. Search: Node ${info.node} via jiti over the real content.`,
  );
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(
    table([
      ['Target', 'Measured', 'Limit', 'Status', ''],
      ...targets.map((t) => [t.name, t.value, t.limit, status(t.met), t.note ?? '']),
    ]),
  );
  if (notes.length) console.log(`\nNotes:\n${notes.map((note) => `- ${note}`).join('\n')}`);
  console.log(`\nTotal ${seconds.toFixed(0)} s. Figures written to ${RESULTS}`);

  writeFileSync(
    RESULTS,
    toJson({
      date: new Date().toISOString(),
      machine: info,
      runs: { warm: RUNS, warmUp: WARM_UP, cold: COLD_RUNS },
      definitions: {
        cold: 'first open of the page in a freshly launched Chromium with a fresh profile',
        warm: 'later opens in the same browser, after warm-up rounds',
        fcp: "the 'first-contentful-paint' entry's startTime, ms after the page's navigation start",
        ready:
          'ms after navigation start until the quick exit button is in the DOM, a probe click reached a click ' +
          'listener (pages with script), and a task queued after that ran (the main thread was free to handle a click)',
        exit: "destination's performance.timeOrigin minus the click's performance.timeOrigin + event.timeStamp (epoch ms)",
        paintVia,
        exitVia,
        search: 'Node via jiti over the real content (contentModule), 5 warm-up passes then 30 timed passes',
      },
      paint: { cold: cold && { realPopup: cold.real, tab: cold.tab }, warm: { realPopup: warmReal, tab: warmTab } },
      exit: { realPopup: exitReal, tab: exitTab, optionsVsGovuk: optionsExit },
      search,
      topic: {
        longest: longest && { id: longest.id, title: longest.title, chars: longest.chars },
        render: topic,
        note: topicNote,
      },
      bytes: {
        popupFirstView: popupJs,
        optionsFirstView: optionsJs,
        buildFolder: { raw: buildFolder.raw, gzip: buildFolder.gzip, files: buildFolder.files.length },
        zip: zipBytes,
      },
      heap: { app: heap, barePopupBytes: bareHeap },
      targets,
      notes,
      phasesSeconds: phases,
      totalSeconds: seconds,
    }),
  );

  if (process.env.BENCH_KEEP_BUILD === '1') console.log(`Build kept in ${built.outDir}`);
  else rmSync(built.outDir, { recursive: true, force: true });
  if (!browserRan) {
    console.error('The benchmark could not start Chromium with the extensions.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark could not run: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
