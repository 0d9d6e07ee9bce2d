/**
 * Store screenshots from the real build, in real Chromium (the end-to-end suite's launcher,
 * tests/e2e/browser.ts), at 1280×800 (the Chrome Web Store's size; addons.mozilla.org and Edge
 * take it too), in every language the guide speaks: the first-run explainer, Settings with the
 * toolbar disguise, and the home view if it passes. Never the helplines view.
 *
 * The store page is public (anyone can open it from the extensions page), so the text visible in
 * each screenshot — every text node inside the 1280×800 viewport that is rendered — must pass the
 * revealing-words list (content/revealing.ts) once the Quick exit label is taken out; a view that
 * does not is not saved, and a required one stops the release, naming the word.
 * Run alone with `npm run screenshots` (needs a build: `npm run build`); `npm run release` runs it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readMessages } from '../../content/messages';
import { revealingWord } from '../../content/revealing';
import { launch } from '../../tests/e2e/browser';

export const SIZE = { width: 1280, height: 800 };
/** The toolbar popup's own size (its body is 24rem wide; the end-to-end suite opens it at 384×600). */
const POPUP = { width: 384, height: 600 };
/** The popup is drawn 1.25× (480×750 pixels) on the 1280×800 picture, so its text stays legible. */
const POPUP_SCALE = 1.25;
/** The least of the popup a picture may show (the rest of its first screen). */
const MIN_POPUP_HEIGHT = 400;
/** The least of the options page a picture may show. */
const MIN_PAGE_HEIGHT = 480;

export interface Shot {
  file: string;
  /** Why the view was not saved (a revealing word on screen); undefined when it was. */
  skipped?: string;
  /** How much of the popup the picture shows, when not all of its first screen. */
  cropped?: number;
}

/** Every rendered text node in the top `height` CSS pixels of the viewport: its text and the top of its first line. */
const visibleText = (page: Page, height: number): Promise<{ text: string; top: number }[]> =>
  page.evaluate((bottom) => {
    const texts: { text: string; top: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter(
        (rect) => rect.width > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < bottom && rect.left < innerWidth,
      );
      if (rects.length > 0) texts.push({ text, top: Math.min(...rects.map((rect) => rect.top)) });
    }
    return texts;
  }, height);

/** A text without the Quick exit label (`label`, the reader's language), which the stores may show. */
const withoutLabel = (text: string, label: string) => text.replaceAll(new RegExp(label, 'giu'), ' ');

/** The first revealing word in the top `height` pixels of what `page` shows, the Quick exit label left out. */
export async function revealingOnScreen(page: Page, label: string, height: number): Promise<string | undefined> {
  const texts = await visibleText(page, height);
  const found = revealingWord(withoutLabel(texts.map(({ text }) => text).join('\n'), label));
  return found && `"${found.word}" (${found.language} list)`;
}

/**
 * How much of the view the picture shows: all of it (`full` CSS pixels tall), or, when a revealing
 * line is on that first screen (the explainer's "What quick exit cannot hide", Settings' "Country
 * for helplines"), down to just above that line, if at least `least` pixels are left.
 */
async function pictureHeight(page: Page, label: string, full: number, least: number): Promise<number> {
  const first = (await visibleText(page, full)).find(({ text }) => revealingWord(withoutLabel(text, label)));
  if (!first) return full;
  const height = Math.floor(first.top) - 12;
  return height < least ? full : height;
}

interface View {
  name: string;
  required: boolean;
  /** The toolbar popup (at its own size, drawn larger on the store's picture) or the options tab. */
  page: 'popup.html' | 'options.html';
  show(page: Page, messages: Record<string, string>): Promise<void>;
}

const VIEWS: View[] = [
  {
    name: 'first-run',
    required: true,
    page: 'popup.html',
    async show(page, messages) {
      await page.getByRole('heading', { level: 1, name: messages.firstRunHeading }).waitFor();
    },
  },
  {
    name: 'settings',
    required: true,
    page: 'options.html',
    async show(page, messages) {
      await page.getByRole('button', { name: messages.settingsHeading, exact: true }).click();
      const picker = page.getByRole('group', { name: messages.disguiseLegend });
      await picker.getByRole('radio', { name: messages.disguiseWeather }).check();
      // Where the button leads and the disguise, just below the bar that holds the button.
      const destination = page.getByRole('group', { name: messages.destinationLegend });
      const top = (await destination.boundingBox())?.y ?? 0;
      await page.evaluate((by) => window.scrollBy(0, by), top - 84);
    },
  },
  {
    name: 'home',
    required: false,
    page: 'popup.html',
    async show(page, messages) {
      await page.getByRole('heading', { level: 1, name: messages.homeHeading }).waitFor();
    },
  },
];

/**
 * The top `height` CSS pixels of the view, every pixel rendered by the build, at `scale`; saved as
 * it is when that makes 1280×800, otherwise drawn in the middle of a 1280×800 picture on a plain
 * background, as the stores ask.
 */
async function savePicture(page: Page, file: string, width: number, height: number, scale: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const viewport = page.viewportSize() ?? { width, height };
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: scale, mobile: false });
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
  if (width * scale === SIZE.width && height * scale === SIZE.height) {
    writeFileSync(file, shot);
    return;
  }
  const canvas = await page.context().newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(
    `<body style="margin:0;height:100vh;display:grid;place-items:center;background:#e8ebef"><img alt="" style="box-shadow:0 4px 24px #0003;border-radius:8px;width:${width * scale}px" src="data:image/png;base64,${shot.toString('base64')}"></body>`,
  );
  await canvas.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await canvas.screenshot({ path: file });
  await canvas.close();
}

/** One line about a screenshot: saved (and how much of the view it shows), or why not. */
export const describeShot = (shot: Shot): string =>
  shot.skipped
    ? `${shot.file}: not taken, ${shot.skipped}`
    : `${shot.file}${shot.cropped ? ` (the view's top ${shot.cropped} px; the line below it holds a revealing word)` : ''}`;

/** Saves each view in each language as <outDir>/<language>-<view>.png; returns what was saved or not. */
export async function takeScreenshots(options: { languages: readonly string[]; outDir: string }): Promise<Shot[]> {
  mkdirSync(options.outDir, { recursive: true });
  const shots: Shot[] = [];
  for (const language of options.languages) {
    const messages = readMessages('content/locales', language);
    const label = messages.quickExit ?? 'Quick exit';
    const browserLanguage = language === 'en' ? undefined : { language, locale: language };
    for (const view of VIEWS) {
      const session = await launch({ firstRun: view.name === 'first-run', browserLanguage });
      try {
        const popup = view.page === 'popup.html';
        const size = popup ? POPUP : SIZE;
        const page = await session.open(view.page, size);
        await view.show(page, messages);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = path.join(options.outDir, `${language}-${view.name}.png`);
        const height = await pictureHeight(page, label, size.height, popup ? MIN_POPUP_HEIGHT : MIN_PAGE_HEIGHT);
        const found = await revealingOnScreen(page, label, height);
        if (found && view.required) throw new Error(`${file}: the screen shows ${found}`);
        if (found) shots.push({ file, skipped: `the screen shows ${found}` });
        else {
          await savePicture(page, file, size.width, height, popup ? POPUP_SCALE : 1);
          shots.push(height < size.height ? { file, cropped: height } : { file });
        }
      } finally {
        await session.close();
      }
    }
  }
  return shots;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const { guideLanguages } = await import('../../content/languages');
  const shots = await takeScreenshots({
    languages: guideLanguages('content'),
    outDir: path.resolve('.output/release/screenshots'),
  });
  for (const shot of shots) console.log(describeShot(shot));
}
