/**
 * The main journeys with Chromium started in French (LANGUAGE=fr, --lang=fr-FR; Debian needs
 * chromium-l10n), the same steps as the Spanish suite's (languageJourneys.ts): the guide follows
 * the browser's language, every view is in French with no English string left, axe is clean,
 * France's helplines and country fact come first, the reader can switch language at once, and
 * History keeps no revealing word in any language. Run by languages.e2e.test.ts, inside a describe
 * of its own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Session } from './browser';
import { expectCountryFacts } from './countryFacts';
import { languageJourneys } from './languageJourneys';

const french = languageJourneys({ language: 'fr', locale: 'fr-FR', name: 'Français' });

/** Registers the French suite: its hooks hold one Chromium in French for its tests only. */
export function frenchSuite(): void {
  let session: Session;
  let popup: Page;

  beforeAll(async () => {
    session = await french.launch({ timezoneId: 'Europe/Paris' });
    popup = await session.open('popup.html', { width: 384, height: 600 });
  });

  afterAll(async () => {
    await session?.close();
  });

  describe('the guide in French, from the browser’s language', () => {
    it('opens the popup in French: its language, its strings, its topics', () => french.opensHome(popup));

    it('opens a topic in French', () => french.opensTopic(popup, 'saying-no'));

    it('shows France’s country fact in a topic (fr-FR), Spain’s and Mexico’s when chosen there, and “cela dépend du pays” where the data has none', async () => {
      await french.home(popup);
      await expectCountryFacts(popup, 'fr', french.messages, 'fr');
      await french.expectNoEnglish(popup, 'a country fact');
    });

    it('searches in French, with or without accents, and says so in French when nothing matches', () =>
      french.searches(popup, [
        // The topics list "défoncé" and "culpabilite": each is found typed the other way.
        ['defonce', 'alcohol-and-drugs'],
        ['culpabilité', 'pressure-and-coercion'],
      ]));

    it('shows the helplines for France (fr-FR), in French', () => french.showsHelplines(popup, /39 19/));

    it('leaves by Shift pressed three times, announcing the count in French', () => french.leavesByShift(session));

    it('leaves by the French quick exit button', () => french.leavesByButton(session));
  });

  describe('choosing the language in Settings, from French', () => {
    it('switches the settings page and the popup to English at once, and back', () => french.switchesLanguage(session));
  });

  describe('the first run, in French', () => {
    it('explains quick exit and its limits in French', () => french.explainsFirstRun(session));
  });

  describe('history after a run in French', () => {
    it('holds no word, in any language, that reveals what the extension is for', () =>
      french.leavesCleanHistory(session));
  });
}
