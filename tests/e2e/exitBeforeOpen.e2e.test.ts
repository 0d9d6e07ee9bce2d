import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, launch, type Session, stopWorker } from './browser';

/**
 * Issue 21, case 1, in real Chromium: a helpline link pressed in the same moment as quick exit
 * never shows the helpline's site afterwards, even with the worker asleep (its normal state); the
 * same press without the exit does show it. The browser itself reports every page it creates
 * (DevTools protocol `Target.targetCreated`), so "nothing was shown" cannot hide "nothing happened".
 */

const DESTINATION = 'https://weather.example.net/';
const READING = 'https://reading.example.org/chapter-two';
const HELPLINE_HOST = 'www.thehotline.org';
const POPUP = { width: 384, height: 600 };
/** How long after the press the browser must still show no helpline page. */
const SETTLE_MS = 3000;

interface Target {
  targetId: string;
  type: string;
  url: string;
}

let session: Session;
let cdp: CDPSession;

beforeAll(async () => {
  session = await launch();
  await session.worker.evaluate((to) => chrome.storage.local.set({ exitDestination: to }), DESTINATION);
  cdp = await browserSession(session.context);
  await cdp.send('Target.setDiscoverTargets', { discover: true });
});

afterAll(async () => {
  await session?.close();
});

afterEach(async () => {
  const blank = await session.context.newPage();
  for (const page of session.context.pages()) if (page !== blank) await page.close();
});

const pages = async () =>
  ((await cdp.send('Target.getTargets')) as { targetInfos: Target[] }).targetInfos.filter(
    (target) => target.type === 'page',
  );
const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).host : '');

/** Pages the browser creates from now on (ids), as it reports them. */
async function watchCreated(): Promise<{ ids: Set<string>; stop(): void }> {
  const before = new Set((await pages()).map((page) => page.targetId));
  const ids = new Set<string>();
  const onCreated = ({ targetInfo }: { targetInfo: Target }) => {
    if (targetInfo.type === 'page' && !before.has(targetInfo.targetId)) ids.add(targetInfo.targetId);
  };
  cdp.on('Target.targetCreated', onCreated);
  return { ids, stop: () => cdp.off('Target.targetCreated', onCreated) };
}

/** The popup (as a tab) on the helplines view, a page of the reader's in front, the worker asleep. */
async function arrange(): Promise<{ popup: Page; reading: Page }> {
  const reading = await session.visit(READING);
  const popup = await session.open('popup.html', POPUP);
  await popup.getByRole('button', { name: /talk to someone/i }).click();
  await popup.getByRole('combobox', { name: 'Country', exact: true }).selectOption('us');
  await popup.getByRole('heading', { name: 'In an emergency' }).waitFor();
  await reading.bringToFront();
  await stopWorker(session, reading);
  return { popup, reading };
}

const chatLink = (popup: Page) =>
  popup.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline', exact: true });

describe('a helpline link pressed in the same moment as quick exit, with the worker asleep', () => {
  it('control: without the exit, the press opens a page that shows the helpline', async () => {
    const { popup } = await arrange();
    const created = await watchCreated();

    await chatLink(popup).evaluate((link: HTMLElement) => link.click());

    await expect.poll(() => created.ids.size, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (await pages()).some((page) => created.ids.has(page.targetId) && hostOf(page.url) === HELPLINE_HOST),
      )
      .toBe(true);
    created.stop();
  });

  it('with the exit in the same task: 3 s later no page shows the helpline, and the reader’s tab has left', async () => {
    const { popup, reading } = await arrange();
    const created = await watchCreated();
    const asked = session.web.requests.length;

    // One task: the link, then the exit (the popup closes itself, so the evaluation may not answer).
    await chatLink(popup)
      .evaluate((link: HTMLElement) => {
        link.click();
        document.querySelector<HTMLButtonElement>('.quick-exit__button')?.click();
      })
      .catch(() => undefined);
    await reading.waitForURL(DESTINATION);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    expect((await pages()).filter((page) => hostOf(page.url) === HELPLINE_HOST)).toEqual([]);
    expect(session.web.requests.slice(asked).filter((request) => request.host === HELPLINE_HOST)).toEqual([]);
    created.stop();
  });
});
