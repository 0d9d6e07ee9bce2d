/**
 * A smoke test of the guide in Firefox in French (intl.locale.requested=fr with Debian's French
 * language pack, firefox-esr-l10n-fr): the popup follows the browser's language, shows French
 * strings and topics, and axe finds nothing. The journeys themselves are checked in Chromium
 * (tests/e2e/french.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../../content/messages';
import { expectNoAxeViolations } from './axe';
import { type FirefoxSession, launchFirefox, POPUP_VIEWPORT } from './firefox';

const fr = readMessages('content/locales', 'fr');

let fx: FirefoxSession;

beforeAll(async () => {
  fx = await launchFirefox({ locale: 'fr' });
});

afterAll(async () => {
  await fx?.close();
});

describe('Firefox in French', () => {
  it('opens the popup in French, from the browser’s language, with the French topics, axe clean', async () => {
    const popup = await fx.open('popup.html', POPUP_VIEWPORT);

    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(fr.messagesLanguage);
    await popup.waitForSelector(`::-p-aria([name="${fr.homeHeading}"][role="heading"])`);
    await popup.waitForSelector(`::-p-aria([name="${fr.groupBasics}"][role="heading"])`);
    await popup.waitForSelector('::-p-aria([name="Dire non et changer d\'avis"][role="button"])');
    await expectNoAxeViolations(popup, 'the popup home in French');
    await fx.closeAllTabs();
  });
});
