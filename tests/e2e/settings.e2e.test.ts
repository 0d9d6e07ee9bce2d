import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESTINATION_PRESETS, MAX_DESTINATION_LENGTH } from '../../components/exit/destination';
import { expectNoAxeViolations } from './axe';
import { launch, type Session } from './browser';

/** The extension's own API inside the worker (reached through globalThis: no `chrome` global here). */
interface Extension {
  chrome: {
    storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
    action: { getTitle(details: object): Promise<string> };
  };
}

const ARTIFACTS = join(import.meta.dirname, 'artifacts');

let session: Session;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

const stored = () => session.worker.evaluate(() => (globalThis as unknown as Extension).chrome.storage.local.get(null));
const toolbarTitle = () =>
  session.worker.evaluate(() => (globalThis as unknown as Extension).chrome.action.getTitle({}));

/** The options page, switched to its settings. */
async function openSettings(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await session.open('options.html', viewport);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('group', { name: /where quick exit takes you/i }).waitFor();
  await page.getByRole('option', { name: 'United Kingdom' }).waitFor({ state: 'attached' });
  return page;
}

async function closeAll() {
  for (const page of session.context.pages()) await page.close();
}

describe('where quick exit goes, chosen in the options page', () => {
  it.each(DESTINATION_PRESETS.map((preset) => [preset.id, preset.url]))(
    'the %s preset: quick exit then goes to %s',
    async (_, url) => {
      const page = await openSettings();
      const destination = page.getByRole('group', { name: /where quick exit takes you/i });
      const name = url.replace('https://', '').replace(/\/$/, '');

      await destination.getByRole('radio', { name: new RegExp(name.replace(/[./]/g, '\\$&')) }).check();
      await expect.poll(async () => (await stored()).exitDestination ?? url).toBe(url);
      await page.getByRole('button', { name: /^quick exit —/i }).click();
      await page.waitForURL(url);

      expect(session.web.requests.some((request) => `https://${request.host}${request.path}` === url)).toBe(true);
      await closeAll();
    },
  );

  it('a custom https: page: quick exit then goes there', async () => {
    const url = 'https://www.example.com/recipes';
    const page = await openSettings();

    await page.getByRole('radio', { name: /a page you choose/i }).check();
    await page.getByRole('textbox', { name: /web address/i }).fill(url);
    await page.getByRole('button', { name: /use this page/i }).click();
    await page.getByText(/quick exit now takes you to www\.example\.com\/recipes/i).waitFor();
    await page.getByRole('button', { name: /^quick exit —/i }).click();
    await page.waitForURL(url);

    expect(await stored()).toMatchObject({ exitDestination: url });
    await closeAll();
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)', /only web pages that start with https/i],
    ['a data: URL', 'data:text/html,<b>hi</b>', /only web pages that start with https/i],
    ['a file: URL', 'file:///etc/passwd', /only web pages that start with https/i],
    ['a browser page', 'chrome://settings', /only web pages that start with https/i],
    ['about:blank', 'about:blank', /only web pages that start with https/i],
    ['an extension page', 'chrome-extension://abcdefghijklmnop/options.html', /only web pages that start with https/i],
    ['an http: URL', 'http://www.example.com/', /only web pages that start with https/i],
    ['an address without a scheme', 'www.example.com', /not a full web address/i],
    ['a malformed host', 'https://exa mple.com/', /not a full web address/i],
    ['a URL with a password', 'https://user:secret@www.example.com/', /user name and password/i],
    ['a name of this computer', 'https://x.localhost/', /leads to this computer or its local network/i],
    ['an empty field', '', /type the address of a web page/i],
    ['an absurdly long URL', `https://www.example.com/${'a'.repeat(MAX_DESTINATION_LENGTH)}`, /too long/i],
  ])('refuses %s with a visible, announced error, and keeps the stored page', async (_, input, message) => {
    const page = await openSettings();
    const before = await stored();

    await page.getByRole('radio', { name: /a page you choose/i }).check();
    await page.getByRole('textbox', { name: /web address/i }).fill(input);
    await page.getByRole('button', { name: /use this page/i }).click();
    const alert = page.getByRole('alert');

    await expect.poll(() => alert.textContent()).toMatch(message);
    expect(await alert.isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: /web address/i }).getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual(before);
    await page.close();
  });
});

describe('the toolbar disguise', () => {
  it('changes the toolbar title at once', async () => {
    const page = await openSettings();
    const picker = page.getByRole('group', { name: /toolbar icon and name/i });

    await picker.getByRole('radio', { name: 'Weather' }).check();
    await expect.poll(toolbarTitle).toBe('Weather');
    await picker.getByRole('radio', { name: 'Notes' }).check();
    await expect.poll(toolbarTitle).toBe('Notes');

    expect(await picker.getByText(/extensions page always stays "Pocket Guide"/i).isVisible()).toBe(true);
    await closeAll();
  });

  it('survives a browser restart on the same profile', async () => {
    const { profile } = session;
    await session.close({ keepProfile: true });

    session = await launch({ profile });

    await expect.poll(toolbarTitle, { timeout: 10_000 }).toBe('Notes');
  });
});

describe('clear everything', () => {
  it('leaves storage empty and the toolbar back to its own look', async () => {
    const page = await openSettings();
    await page.getByRole('radio', { name: 'Larger' }).check();
    await page.getByRole('combobox', { name: /country for helplines/i }).selectOption('ie');
    await expect.poll(async () => Object.keys(await stored()).length).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: /clear everything/i }).click();
    await page.getByRole('button', { name: /yes, clear everything/i }).click();
    await page.getByText('Everything is cleared.').waitFor();

    expect(await stored()).toEqual({});
    await expect.poll(toolbarTitle).toBe('Pocket Guide');
    await closeAll();
  });
});

describe('how the settings look', () => {
  it.each(['light', 'dark'] as const)('in the %s colour scheme: no axe violation, screenshot saved', async (scheme) => {
    const page = await openSettings({ width: 1000, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    // Show the custom field and an error too, so they are checked and pictured.
    await page.getByRole('radio', { name: /a page you choose/i }).check();
    await page.getByRole('textbox', { name: /web address/i }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: /use this page/i }).click();
    await page
      .getByRole('alert')
      .getByText(/only web pages/i)
      .waitFor();

    await expectNoAxeViolations(page, `the settings (${scheme})`);
    await page.screenshot({ path: join(ARTIFACTS, `settings-${scheme}.png`), fullPage: true });
    await page.close();
  });

  it('with forced colours: no axe violation, screenshot saved', async () => {
    const page = await openSettings({ width: 1000, height: 900 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });

    await expectNoAxeViolations(page, 'the settings (forced colours)');
    await page.screenshot({ path: join(ARTIFACTS, 'settings-forced-colors.png'), fullPage: true });
    await page.close();
  });

  it.each([
    ['200% zoom', 640, 'settings-zoom-200.png'],
    ['400% zoom (WCAG reflow)', 320, 'settings-zoom-400.png'],
  ] as const)('at %s: nothing scrolls sideways', async (_, width, file) => {
    const page = await openSettings({ width, height: 640 });
    await page.getByRole('radio', { name: /a page you choose/i }).check();
    await page.getByRole('textbox', { name: /web address/i }).fill('ftp://www.example.com/');
    await page.getByRole('button', { name: /use this page/i }).click();
    await page
      .getByRole('alert')
      .getByText(/only web pages/i)
      .waitFor();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, file) });
    await page.close();
  });

  it('no extension page and not the worker made a request outside the extension', () => {
    expect(session.leaks).toEqual([]);
  });
});
