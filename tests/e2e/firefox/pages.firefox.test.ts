import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESTINATION } from '../../../components/exit/destination';
import { expectNoAxeViolations } from './axe';
import { type FirefoxSession, launchFirefox, POPUP_VIEWPORT } from './firefox';
import { expectNoLeaks } from './privacy';

/** The extension's pages in real Firefox: accessible, and unbreakable by what storage holds. */

const PRIVATE_PAGE = 'https://reading.example.org/chapter-two';
const EXIT = '.quick-exit__button';

let fx: FirefoxSession;

beforeAll(async () => {
  fx = await launchFirefox();
});

afterAll(async () => {
  await fx?.close();
});

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

  it('the helplines view has no violations', async () => {
    const popup = await fx.openHelplines('gb');

    await expectNoAxeViolations(popup, 'the helplines view (gb)');
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
    await expect.poll(() => fx.tabOf(popup)).toBeUndefined();
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

describe('privacy in Firefox', () => {
  it('no request left the extension; the browser reached only the default page and the site the test opened', async () => {
    await expectNoLeaks(fx, [PRIVATE_PAGE, DEFAULT_DESTINATION]);
  });
});
