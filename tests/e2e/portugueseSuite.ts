/**
 * The main journeys with Chromium started in Portuguese (LANGUAGE=pt, --lang=pt-PT; Debian needs
 * chromium-l10n, whose pt-PT.pak this run loads), the same steps as the Spanish and French suites'
 * (languageJourneys.ts): the guide follows the browser's language, every view is in Portuguese with
 * no English string left, axe is clean, Portugal's helplines come first (pt-PT → Portugal), the
 * reader can switch language at once, and History keeps no revealing word in any language. One
 * Portuguese serves Brazil and Portugal; Brazil's helplines from pt-BR are checked in Firefox in
 * Brazilian Portuguese (pages.firefox.test.ts), so neither browser is launched twice for it.
 * Run by languages.e2e.test.ts, inside a describe of its own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Session } from './browser';
import { languageJourneys } from './languageJourneys';

const portuguese = languageJourneys({ language: 'pt', locale: 'pt-PT', name: 'Português' });

/** Registers the Portuguese suite: its hooks hold one Chromium in Portuguese for its tests only. */
export function portugueseSuite(): void {
  let session: Session;
  let popup: Page;

  beforeAll(async () => {
    session = await portuguese.launch({ timezoneId: 'Europe/Lisbon' });
    popup = await session.open('popup.html', { width: 384, height: 600 });
  });

  afterAll(async () => {
    await session?.close();
  });

  describe('the guide in Portuguese, from the browser’s language', () => {
    it('opens the popup in Portuguese: its language, its strings, its topics', () => portuguese.opensHome(popup));

    it('opens a topic in Portuguese', () => portuguese.opensTopic(popup, 'saying-no'));

    it('searches in Portuguese, with or without accents, and says so in Portuguese when nothing matches', () =>
      portuguese.searches(popup, [
        // The topics list "violação" and "paciencia": each is found typed the other way.
        ['violacao', 'after-something-happened'],
        ['paciência', 'going-slowly'],
      ]));

    it('shows the helplines for Portugal (pt-PT), in Portuguese', () => portuguese.showsHelplines(popup, /116 006/));

    it('leaves by Shift pressed three times, announcing the count in Portuguese', () =>
      portuguese.leavesByShift(session));

    it('leaves by the Portuguese quick exit button', () => portuguese.leavesByButton(session));
  });

  describe('choosing the language in Settings, from Portuguese', () => {
    it('switches the settings page and the popup to English at once, and back', () =>
      portuguese.switchesLanguage(session));
  });

  describe('the first run, in Portuguese', () => {
    it('explains quick exit and its limits in Portuguese', () => portuguese.explainsFirstRun(session));
  });

  describe('history after a run in Portuguese', () => {
    it('holds no word, in any language, that reveals what the extension is for', () =>
      portuguese.leavesCleanHistory(session));
  });
}
