import type { Dialog, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESTINATION } from '../../../components/exit/destination';
import { readMessages } from '../../../content/messages';
import { contentModule } from '../../../content/plugin';
import type { TopicMeta } from '../../../content/topics/blocks';
import { expectRouteOnFirstScreen, placeRoute, riskTopics } from '../dangerNow';
import { ASKS_BEFORE_LEAVING } from '../server';
import { backgroundState } from './addon';
import { expectNoAxeViolations } from './axe';
import { openThroughGuide, pageOf, privateWindows, stopBackground } from './contexts';
import { type FirefoxSession, launchFirefox, POPUP_VIEWPORT } from './firefox';
import { expectNoLeaks } from './privacy';

/** The extension's pages in real Firefox: accessible, and unbreakable by what storage holds. */

const PRIVATE_PAGE = 'https://reading.example.org/chapter-two';
const EXIT = '.quick-exit__button';
/** A helpline's page that asks "Leave site?" once the reader has clicked in it. */
const HELD = `https://www.thehotline.org${ASKS_BEFORE_LEAVING}`;
const CHAT = 'https://www.thehotline.org/';

let fx: FirefoxSession;

beforeAll(async () => {
  // The computer's zone far from the services' (Auckland: 13 hours ahead of London in December).
  fx = await launchFirefox({ timeZone: 'Pacific/Auckland' });
});

afterAll(async () => {
  await fx?.close();
});

/** Each language's topics, as the build lists them. */
const guide = contentModule('virtual:guide/index') as Record<string, TopicMeta[]>;

const urlOf = async (page: Page) => (await fx.tabOf(page))?.url;

describe('accessibility in Firefox (axe-core)', () => {
  it('the popup home has no violations', async () => {
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);

    await expectNoAxeViolations(popup, 'the popup home');
    await fx.closeAllTabs();
  });

  it('a topic with every kind of block has no violations', async () => {
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);

    await popup.click('::-p-aria([name="Saying no and changing your mind"][role="button"])');
    await popup.waitForSelector('::-p-text(Things you could say)');

    await expectNoAxeViolations(popup, 'a topic');
    await fx.closeAllTabs();
  });

  it('the helplines view opens with "If you can\'t talk", says which lines are open now, and has no violations', async () => {
    // Issue 24: Tuesday 8 December 2026, a second before Rape Crisis Scotland opens at 18:00 in
    // London, on a computer in Auckland (13 hours ahead).
    const popup = await fx.openHelplines('gb', { clock: Date.UTC(2026, 11, 8, 17, 59, 59) });
    const state = (name: string) =>
      popup.$$eval(
        'article',
        (cards, org) =>
          cards.find((card) => card.querySelector('h3')?.textContent === org)?.querySelector('.helpline__open')
            ?.textContent,
        name,
      );

    // Issue 23: the ways to reach help without speaking come first, before the emergency numbers.
    const headings = await popup.$$eval('h2', (all) => all.slice(0, 2).map((heading) => heading.textContent));
    expect(headings).toEqual(["If you can't talk", 'In an emergency']);
    const silent = await popup.waitForSelector(`::-p-aria([name="Call 999, if you can't talk"][role="link"])`);
    expect(await silent?.evaluate((link) => link.getAttribute('href'))).toBe('tel:999');
    expect(await state('Rape Crisis Scotland')).toBe(
      'Closed — opens today 07:00 your time (Tuesday 18:00 United Kingdom Time)',
    );
    expect(await state('Samaritans')).toBe('Open now');
    await expectNoAxeViolations(popup, 'the helplines view (gb)');

    // The view reads its clock again at the next minute, a second away: the line has opened.
    await fx.fixClock(popup, Date.UTC(2026, 11, 8, 18, 0, 0));
    await expect
      .poll(() => state('Rape Crisis Scotland'))
      .toBe('Open now, until 13:00 your time (00:00 United Kingdom Time)');
    await fx.closeAllTabs();
  });

  it('the options page has no violations, on the guide and on the settings', async () => {
    const options = await fx.open('options.html');

    await expectNoAxeViolations(options, 'the options page');
    await options.click('::-p-aria([name="Settings"][role="button"])');
    await options.waitForSelector('input[type=radio]:checked');
    await expectNoAxeViolations(options, 'the options page settings');
    await fx.closeAllTabs();
  });
});

// The reader's country is stored (as the helplines view stores it): the United Kingdom's 999 and
// Samaritans, and Mexico's 911 and Línea de la Vida (dialled in national form, as freephone numbers there must be).
describe.each([
  ['en', 'English', 'gb', { emergency: '999', crisisLine: '116123' }],
  ['es', 'Spanish', 'mx', { emergency: '911', crisisLine: '8009112000' }],
])('the danger-now route in Firefox (%s)', (language, name, country, numbers) => {
  beforeAll(() => fx.inExtension(`await browser.storage.local.set(${JSON.stringify({ language, country })})`));

  afterAll(() => fx.inExtension('await browser.storage.local.remove(["language", "country"])'));

  it(`opens every risk topic in ${name} with the route on the popup’s first screen, under the quick exit bar, axe clean`, async () => {
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);
    const checked: string[] = [];
    for (const topic of riskTopics(language)) {
      // CSS rather than ARIA selectors, which take about half a second each here; the route's role
      // and name are checked with its place.
      await popup.click(`#entry-${topic.id}`);
      await popup.waitForSelector('.danger-now');

      expectRouteOnFirstScreen(await popup.evaluate(placeRoute), topic, language, numbers);
      await expectNoAxeViolations(popup, `the topic "${topic.title}" with its danger-now route`);
      checked.push(topic.id);
      await popup.click('.back');
      await popup.waitForSelector('#search-input');
    }

    expect(checked.length).toBeGreaterThanOrEqual(8);
    await fx.closeAllTabs();
  });
});

// A reader whose Firefox is in French (Debian's firefox-esr-l10n-fr; issue 27) or in Brazilian
// Portuguese (firefox-esr-l10n-pt-br; issue 28): the popup follows the browser's language. The
// journeys themselves are checked in Chromium in each language (tests/e2e/languages.e2e.test.ts);
// here, one smoke test a language in this browser, without a launch of its own. Brazilian
// Portuguese also opens the helplines on Brazil (pt-BR → Brazil), as Chromium in pt-PT opens
// them on Portugal: the one Portuguese of the guide, from both browsers' locales.
describe.each([
  ['French', { locale: 'fr', language: 'fr', helplines: undefined }],
  ['Brazilian Portuguese', { locale: 'pt-BR', language: 'pt', helplines: { country: 'br', line: 'tel:180' } }],
] as const)('Firefox in %s', (name, { locale, language, helplines }) => {
  const m = readMessages('content/locales', language);
  const sayingNo = guide[language]?.find((topic) => topic.id === 'saying-no')?.title;

  beforeAll(() => fx.useLocale(locale));

  afterAll(async () => {
    await fx.useLocale(undefined);
    await fx.inExtension('await browser.storage.local.remove("country")');
  });

  it(`opens the popup in ${name}, from the browser’s language, with its topics, axe clean${helplines ? ', and the helplines on the browser’s country' : ''}`, async () => {
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);

    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(m.messagesLanguage);
    await popup.waitForSelector(`::-p-aria([name="${m.homeHeading}"][role="heading"])`);
    await popup.waitForSelector(`::-p-aria([name="${m.groupBasics}"][role="heading"])`);
    await popup.waitForSelector(`::-p-aria([name=${JSON.stringify(sayingNo)}][role="button"])`);
    await expectNoAxeViolations(popup, `the popup home in ${name}`);

    if (helplines) {
      await popup.click('.talk-button--home');
      const picker = await popup.waitForSelector(`::-p-aria([name="${m.helplinesCountryLabel}"][role="combobox"])`);
      await expect
        .poll(() => picker?.evaluate((select) => (select as HTMLSelectElement).value))
        .toBe(helplines.country);
      await popup.waitForSelector(`a[href="${helplines.line}"]`);
      await expectNoAxeViolations(popup, `the helplines in ${name}`);
    }
    await fx.closeAllTabs();
  });
});

/** A few types and sizes, valid for no key here (tests/storageGarbage.test.tsx tries many more on the fake browser). */
const GARBAGE: [string, unknown][] = [
  ['a number', 42],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['an array of huge strings', ['x'.repeat(50_000), 'y'.repeat(50_000)]],
];

/** Every key the extension stores (components/settings/settings.ts, components/exit/exitDestination.ts, components/exit/trackedTabs.ts, components/exit/exitMark.ts), and keys that only look like one. */
const KEYS = {
  local: [
    'exitDestination',
    'textSize',
    'theme',
    'introSeen',
    'country',
    'disguise',
    'openedTab.1',
    'openedTab.x',
    'openedTab.-1',
    'openedWindow.1',
    'privateWindow',
  ],
  session: ['lastSwitch'],
};

const fill = (value: unknown) =>
  fx.inExtension(`
    const value = ${JSON.stringify(value)};
    const every = (keys) => Object.fromEntries(keys.map((key) => [key, value]));
    await browser.storage.local.clear();
    await browser.storage.local.set(every(${JSON.stringify(KEYS.local)}));
    await browser.storage.session.set(every(${JSON.stringify(KEYS.session)}));
  `);

describe.each(GARBAGE)('every stored key holding %s, in Firefox', (_, value) => {
  beforeAll(() => fill(value));

  afterAll(() => fx.inExtension('await browser.storage.local.set({ introSeen: true })'));

  it('the popup renders, and its quick exit still sends the tab to the default page', async () => {
    const privateTab = await fx.visit(PRIVATE_PAGE);
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);
    await fx.front(privateTab);

    await popup.click(EXIT);

    await expect.poll(() => urlOf(privateTab)).toBe(DEFAULT_DESTINATION);
    // Opened as a tab, the popup page replaces itself (closed, it would be in "Recently closed").
    await expect.poll(() => urlOf(popup)).toBe(DEFAULT_DESTINATION);
    await fx.closeAllTabs();
  });

  it('the options page shows one valid choice per setting, and its quick exit still works', async () => {
    const options = await fx.open('options.html');
    await options.click('::-p-aria([name="Settings"][role="button"])');
    await options.waitForSelector('input[type=radio]:checked');

    const radioGroups = await options.$$eval('input[type=radio]', (radios) => {
      const checked = new Map<string, number>();
      for (const radio of radios as HTMLInputElement[]) {
        checked.set(radio.name, (checked.get(radio.name) ?? 0) + (radio.checked ? 1 : 0));
      }
      return [...checked.values()];
    });
    expect(radioGroups.length).toBeGreaterThanOrEqual(4);
    expect(radioGroups.every((count) => count === 1)).toBe(true);
    await options.click(EXIT);

    await expect.poll(() => urlOf(options)).toBe(DEFAULT_DESTINATION);
    await fx.closeAllTabs();
  });
});

describe('issue 22 in Firefox: the real popup, the background suspended', () => {
  // Whatever a test leaves open (a failed one too) would show up as a new tab in the next one.
  afterEach(() => fx.closeAllTabs());

  it('the real popup, opened over a page that asks "Leave site?", wakes the background, which takes its watch and covers that page', async () => {
    const holding = await fx.visit(HELD);
    const asked: Dialog[] = [];
    holding.on('dialog', (dialog) => asked.push(dialog));
    await holding.click('h1');
    const options = await fx.open('options.html');
    await fx.front(holding);
    // Suspended as its idle timer does it (terminateBackground), without waiting for the timer.
    await stopBackground(fx);
    expect(await backgroundState(fx)).toBe('stopped');
    const before = new Set((await fx.tabs()).map((tab) => tab.id));

    // As a click on the toolbar button does (from a page already open: a new tab would wake it).
    await options.evaluate(() =>
      (globalThis as unknown as { browser: { action: { openPopup(): Promise<void> } } }).browser.action.openPopup(),
    );
    // The popup wakes the background as soon as it opens, before anything is pressed.
    await expect.poll(() => backgroundState(fx), { timeout: 3000 }).toBe('running');
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(f: object): Window[] } } }).browser;
      const find = (selector: string) =>
        api.extension.getViews({ type: 'popup' })[0]?.document.querySelector<HTMLElement>(selector);
      while (!find('.topic-entry')) await new Promise((go) => setTimeout(go, 25));
      find('.quick-exit__button')?.click();
    });

    // The page held its tab: the destination opened in a new tab in front of it.
    await expect
      .poll(async () => (await fx.tabs()).filter((tab) => !before.has(tab.id)).map((tab) => tab.url))
      .toEqual([DEFAULT_DESTINATION]);
    expect(await urlOf(holding)).toBe(HELD);
    // The question held it (puppeteer may report it a moment after the cover has opened).
    await expect.poll(() => asked.length).toBe(1);
    await Promise.all(asked.map((dialog) => dialog.dismiss().catch(() => undefined)));
  });
});

// Last: allowing the add-on in private windows reloads it, as about:addons does.
describe('issue 22 in Firefox: the guide’s private window held by "Leave site?"', () => {
  /** Firefox's own view of each private window: the tab shown, whether minimised, every tab's address. */
  const shown = () =>
    fx.inChrome<{ front: string; minimized: boolean; tabs: string[] }[]>(`
      const { PrivateBrowsingUtils } = ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs');
      return [...Services.wm.getEnumerator('navigator:browser')]
        .filter((win) => PrivateBrowsingUtils.isWindowPrivate(win))
        .map((win) => ({
          front: win.gBrowser.selectedBrowser.currentURI.spec,
          minimized: win.windowState === win.STATE_MINIMIZED,
          tabs: win.gBrowser.browsers.map((browser) => browser.currentURI.spec),
        }));
    `);

  // Measured in Firefox 153: a tab the guide opened there is sent away in the same moment as the
  // window is closed, and the window then closes without a question (even if the site asks one on
  // being sent away). What holds the window is a page there the guide did not open: a tab the
  // reader opened in it. `windows.remove` then waits for the reader's answer.
  it('by a tab the reader opened in it, is covered by the destination in front and minimised; it closes once the reader answers "Leave"', async () => {
    const reading = await fx.visit(PRIVATE_PAGE);
    await fx.allowInPrivateWindows();
    const chat = await openThroughGuide(fx, CHAT);
    const bidi = (
      fx.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }
    ).connection;
    const { context } = (await bidi.send('browsingContext.create', { type: 'tab', referenceContext: chat })).result as {
      context: string;
    };
    const held = await pageOf(fx, context);
    await held.goto(HELD);
    expect(await privateWindows(fx)).toEqual([[CHAT, HELD]]);
    await held.click('h1');
    // The reader's own window in front again (a new tab opens in the window in front).
    await fx.front(reading);
    const options = await fx.open('options.html');

    // From the options page, in front in the reader's window: the private window is behind.
    await options.click(EXIT);

    await expect.poll(() => urlOf(options)).toBe(DEFAULT_DESTINATION);
    // Firefox waits for the answer before it closes the window: meanwhile the reader sees no site.
    await expect
      .poll(shown)
      .toEqual([
        { front: DEFAULT_DESTINATION, minimized: true, tabs: [DEFAULT_DESTINATION, HELD, DEFAULT_DESTINATION] },
      ]);
    // The reader answers "Leave" (the question is the held tab's): the window closes.
    await bidi.send('browsingContext.handleUserPrompt', { context, accept: true });
    await expect.poll(() => privateWindows(fx)).toEqual([]);
    await fx.closeAllTabs();
  });
});

describe('privacy in Firefox', () => {
  it('no request left the extension; the browser reached only the default page and the sites the tests opened', async () => {
    await expectNoLeaks(fx, [PRIVATE_PAGE, DEFAULT_DESTINATION, HELD]);
  });
});
