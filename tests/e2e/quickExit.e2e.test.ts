import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reveals } from '../../content/revealing';
import { expectNoAxeViolations } from './axe';
import { historyEntries, launch, openRealPopup, type Session } from './browser';

const DESTINATION = 'https://www.google.com/';
const PRIVATE_PAGE = 'https://reading.example.org/chapter-two';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

/** An ordinary tab in front, with the extension's page open beside it. */
async function arrange(page: 'popup.html' | 'options.html') {
  const privateTab = await session.visit(PRIVATE_PAGE);
  const optionsTab = await session.open('options.html');
  const view = page === 'options.html' ? optionsTab : await session.open('popup.html', { width: 384, height: 500 });
  // Opened as a tab, the popup would itself be the active tab: put the ordinary page in front,
  // as it is when the real popup opens over it.
  await privateTab.bringToFront();
  return { privateTab, optionsTab, view };
}

const tabCount = () => session.context.pages().length;

describe('the popup', () => {
  it('renders with the quick exit control as the first Tab stop', async () => {
    const popup = await session.open('popup.html', { width: 384, height: 500 });

    await popup.keyboard.press('Tab');

    const focused = await popup.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Quick exit');
    expect(await popup.title()).toBe('Pocket Guide');
    await popup.close();
  });

  it('has no axe violations', async () => {
    const popup = await session.open('popup.html', { width: 384, height: 500 });

    await expectNoAxeViolations(popup, 'the popup');
    await popup.close();
  });

  it('quick exit sends the active tab away and replaces the options tab and the popup tab without closing them', async () => {
    const { privateTab, optionsTab, view } = await arrange('popup.html');
    const before = tabCount();
    const optionsHistory = await optionsTab.evaluate(() => history.length);
    const popupHistory = await view.evaluate(() => history.length);

    await view.getByRole('button', { name: /^quick exit —/i }).click();
    await privateTab.waitForURL(DESTINATION);
    await optionsTab.waitForURL(DESTINATION);
    // The popup page opened as a tab replaces itself too: closed, it would be in "Recently closed".
    await view.waitForURL(DESTINATION);

    expect(tabCount()).toBe(before);
    expect(view.isClosed()).toBe(false);
    expect(await view.evaluate(() => history.length)).toBe(popupHistory);
    expect(optionsTab.isClosed()).toBe(false);
    // Replaced, not pushed: Back cannot return to the extension page.
    expect(await optionsTab.evaluate(() => history.length)).toBe(optionsHistory);
    expect(await privateTab.title()).toBe('www.google.com page');
    for (const page of session.context.pages()) await page.close();
  });

  it('Shift pressed three times does the same', async () => {
    const { privateTab, optionsTab, view } = await arrange('popup.html');

    for (let i = 0; i < 3; i++) await view.keyboard.press('Shift');
    await privateTab.waitForURL(DESTINATION);
    await optionsTab.waitForURL(DESTINATION);

    expect(optionsTab.isClosed()).toBe(false);
    for (const page of session.context.pages()) await page.close();
  });
});

describe('the real toolbar popup', () => {
  it('quick exit sends the tab under it away and closes the popup', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await openRealPopup(session, privateTab);
    await popup.evaluate(
      `new Promise((done) => { const wait = () => document.querySelector('.quick-exit__button') ? done() : setTimeout(wait, 20); wait(); })`,
    );

    await popup.evaluate(`document.querySelector('.quick-exit__button').click()`);
    await privateTab.waitForURL(DESTINATION);
    let open = await popup.isOpen();
    for (let tries = 0; open && tries < 40; tries++) {
      await privateTab.waitForTimeout(50);
      open = await popup.isOpen();
    }

    expect(open).toBe(false);
    await privateTab.close();
  });
});

describe('the real toolbar popup over the options page', () => {
  it('lets the options page replace itself, so Back cannot return to it', async () => {
    const optionsTab = await session.open('options.html');
    const length = await optionsTab.evaluate(() => history.length);
    const popup = await openRealPopup(session, optionsTab);
    // Wait until the app has taken over the shell (it learns which tab is under it on start).
    await popup.evaluate(
      `new Promise((done) => { const wait = () => document.querySelector('.topic-entry') ? setTimeout(done, 100) : setTimeout(wait, 20); wait(); })`,
    );

    await popup.evaluate(`document.querySelector('.quick-exit__button').click()`);
    await optionsTab.waitForURL(DESTINATION);

    expect(await optionsTab.evaluate(() => history.length)).toBe(length);
    await optionsTab.close();
  });
});

describe('the options page', () => {
  it('has no axe violations', async () => {
    const options = await session.open('options.html');

    await expectNoAxeViolations(options, 'the options page');
    await options.close();
  });

  it('Shift pressed three times replaces the page itself, keeping the tab', async () => {
    const options = await session.open('options.html');
    const before = tabCount();
    const length = await options.evaluate(() => history.length);

    for (let i = 0; i < 3; i++) await options.keyboard.press('Shift');
    await options.waitForURL(DESTINATION);

    expect(tabCount()).toBe(before);
    expect(await options.evaluate(() => history.length)).toBe(length);
    await options.close();
  });

  it('Shift used as a modifier does not trigger it', async () => {
    const options = await session.open('options.html');

    await options.keyboard.press('Shift');
    await options.keyboard.press('Shift+A');
    await options.keyboard.press('Shift');
    await options.keyboard.press('Shift');
    await options.waitForTimeout(300);

    expect(options.url()).toBe(session.url('options.html'));
    await options.close();
  });
});

describe('privacy', () => {
  const extensionRequests = () =>
    session.web.requests
      .filter((request) => request.from.startsWith('chrome-extension://') && request.mode !== 'navigate')
      .map((request) => request.host + request.path);

  it('no extension page and not the worker made a request outside the extension', async () => {
    expect(session.leaks).toEqual([]);
    expect(extensionRequests()).toEqual([]);

    // A control request from the worker proves both checks see such traffic when it happens.
    await session.worker.evaluate(() => fetch('https://control.example.org/probe').catch(() => undefined));

    expect(extensionRequests()).toEqual(['control.example.org/probe']);
  });
});

describe('history after a run', () => {
  it('holds no word that reveals what the extension is for', async () => {
    const profile = session.profile;
    await session.close({ keepProfile: true });
    const entries = await historyEntries(profile);

    // The pages the run visited are there (so the check reads the real History)...
    expect(entries.join('\n')).toContain('reading.example.org');
    expect(entries.join('\n')).toContain('Pocket Guide');
    // ...and nothing in it names the purpose.
    expect(entries.filter(reveals)).toEqual([]);
  });
});
