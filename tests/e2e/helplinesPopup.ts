import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from './browser';
import { type Target, watchCreated } from './targets';

/**
 * The popup (opened as a tab) on the helplines view, as the suites that open sites through the
 * guide use it: reached as a reader does, and its controls by their accessible names.
 */

export const POPUP = { width: 384, height: 600 };

export const quickExit = (page: Page) => page.getByRole('button', { name: /^quick exit —/i });

export const chatLink = (page: Page) =>
  page.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline', exact: true });

/** The popup on the helplines view for `country` (default: the United States). */
export async function openHelplines(session: Session, country = 'us'): Promise<Page> {
  const popup = await session.open('popup.html', POPUP);
  await popup.getByRole('button', { name: /talk to someone/i }).click();
  await popup.getByRole('combobox', { name: 'Country', exact: true }).selectOption(country);
  await popup.getByRole('heading', { name: 'In an emergency' }).waitFor();
  return popup;
}

/**
 * The chat link, then quick exit, in one task of the popup (issue 21: an open asked for before an
 * exit never completes after it). The popup closes itself, so the evaluation may never answer.
 */
export const chatThenExit = (popup: Page): Promise<unknown> =>
  chatLink(popup)
    .evaluate((link: HTMLElement) => {
      link.click();
      document.querySelector<HTMLButtonElement>('.quick-exit__button')?.click();
    })
    .catch(() => undefined);

/**
 * Quick exit pressed in the popup at once, by a script (no waiting for the button to be steady, as
 * a click through Playwright does): the popup closes itself, so the evaluation may never answer.
 */
export const pressExit = (popup: Page): Promise<unknown> =>
  popup
    .evaluate(() => document.querySelector<HTMLButtonElement>('.quick-exit__button')?.click())
    .catch(() => undefined);

/**
 * Issue 21: the chat link pressed in the popup, then quick exit the moment the browser reports the
 * page it creates for it (`Target.targetCreated`: the session must discover targets), so that a
 * page for the helpline is known to exist before the exit. Resolves with that page as created.
 */
export async function chatThenExitOnceCreated(cdp: CDPSession, popup: Page): Promise<Target> {
  let page: Target | undefined;
  const made = await watchCreated(cdp, (created) => {
    if (page) return;
    page = created;
    void pressExit(popup);
  });
  await chatLink(popup).evaluate((link: HTMLElement) => link.click());
  await expect.poll(() => page, { timeout: 10_000 }).toBeDefined();
  made.stop();
  return page as Target;
}
