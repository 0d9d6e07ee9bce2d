/**
 * The journeys every language of the guide is checked on, with Chromium started in that language
 * (LANGUAGE and --lang; Debian needs chromium-l10n): the home view, a topic, search with accents
 * folded, the helplines for the browser's country, quick exit by button and by Shift pressed three
 * times, the switch to English and back in Settings, the first run and the History. One set of
 * steps, parametrised by language: spanishSuite.ts and frenchSuite.ts call them in their own
 * order, next to what only that language checks.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readMessages } from '../../content/messages';
import { contentModule } from '../../content/plugin';
import { reveals } from '../../content/revealing';
import type { TopicMeta } from '../../content/topics/blocks';
import { expectNoAxeViolations } from './axe';
import { historyEntries, launch, type Session } from './browser';

const en = readMessages('content/locales', 'en');

export interface Language {
  /** The guide's language, as its files name it ("es"). */
  language: string;
  /** The browser's locale ("es-ES"); its region is the country the helplines open on. */
  locale: string;
  /** What the reader hears called the language in Settings ("Español"). */
  name: string;
}

export function languageJourneys({ language, locale, name }: Language) {
  const m = readMessages('content/locales', language) as Record<string, string>;
  const topics = (contentModule('virtual:guide/index') as Record<string, TopicMeta[]>)[language] ?? [];
  const browserLanguage = { language, locale };
  const topic = (id: string) => topics.find((entry) => entry.id === id) as TopicMeta;

  /** Strings of the English interface that a view in this language must not show (sentences, not names). */
  const englishOnly = Object.entries(en)
    .filter(([key, text]) => m[key] !== text && !/\$\d/.test(text) && !text.includes(' | ') && text.includes(' '))
    .map(([, text]) => text);

  async function expectNoEnglish(page: Page, what: string): Promise<void> {
    const shown = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
        ['aria-label', 'title', 'placeholder'].map((attribute) => element.getAttribute(attribute) ?? ''),
      );
      return [document.body.innerText, ...labels].join('\n');
    });
    expect(
      englishOnly.filter((text) => shown.includes(text)),
      `English strings on ${what}`,
    ).toEqual([]);
    expect(shown, `message keys on ${what}`).not.toMatch(/\b(?:quickExitLabel|homeHeading|searchLabel|firstRun\w+)\b/);
  }

  const home = async (popup: Page) => {
    await popup.reload();
    await popup.getByRole('heading', { level: 1, name: m.homeHeading }).waitFor();
  };

  return {
    messages: m,
    topics,
    topic,
    expectNoEnglish,
    home,
    launch: (options: { timezoneId?: string } = {}) => launch({ browserLanguage, ...options }),

    async opensHome(popup: Page): Promise<void> {
      await home(popup);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(m.messagesLanguage);
      await popup.getByRole('button', { name: new RegExp(`^${m.quickExit} —`) }).waitFor();
      await popup.getByRole('heading', { name: m.groupBasics }).waitFor();
      for (const entry of topics) await popup.getByRole('button', { name: entry.title, exact: true }).waitFor();
      await expectNoEnglish(popup, 'the home view');
      await expectNoAxeViolations(popup, `the home view in ${language}`);
    },

    async opensTopic(popup: Page, id: string): Promise<void> {
      await home(popup);
      const { title } = topic(id);
      await popup.getByRole('button', { name: title, exact: true }).click();
      await popup.getByRole('heading', { level: 1, name: title }).waitFor();
      await popup
        .getByText(m.sayLabelPartner as string)
        .first()
        .waitFor();
      await expectNoEnglish(popup, 'a topic');
      await expectNoAxeViolations(popup, `a topic in ${language}`);
    },

    /** Each query finds its topic (a query typed without its accents, too); nonsense says so in the language. */
    async searches(popup: Page, queries: readonly [query: string, id: string][]): Promise<void> {
      await home(popup);
      const box = popup.getByRole('searchbox', { name: m.searchLabel });
      for (const [query, id] of queries) {
        await box.fill(query);
        await popup
          .getByRole('region')
          .getByRole('button', { name: new RegExp(topic(id).title) })
          .first()
          .waitFor();
      }
      await expectNoAxeViolations(popup, `search results in ${language}`);
      await box.fill('zzqxw');
      await popup.getByText(m.searchEmpty as string).waitFor();
      await expectNoEnglish(popup, 'an empty search');
    },

    /** The helplines open on the browser's country, with a line of its own (`line` in a link's name). */
    async showsHelplines(popup: Page, line: RegExp): Promise<void> {
      await home(popup);
      await popup
        .getByRole('button', { name: new RegExp(`^${m.talkToSomeone}`) })
        .first()
        .click();
      await popup.getByRole('heading', { level: 1, name: m.talkToSomeone }).waitFor();
      const country = new Intl.DisplayNames([language], { type: 'region' }).of(locale.split('-')[1] as string);
      await expect
        .poll(() =>
          popup
            .getByRole('combobox')
            .first()
            .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
        )
        .toBe(country);
      await popup.getByRole('link', { name: line }).first().waitFor();
      await expectNoEnglish(popup, 'the helplines');
      await expectNoAxeViolations(popup, `the helplines in ${language}`);
    },

    async leavesByShift(session: Session): Promise<void> {
      const tab = await session.open('popup.html');
      // Once the app has taken over from the static shell: a press made while it mounts is counted,
      // but its words are written into the shell's status line, which the app then replaces.
      await tab.locator('#search-input').waitFor();
      await tab.keyboard.press('Shift');
      await tab.getByText(String(m.shiftCount).split(' | ')[1]?.replace('$1', '2') as string).waitFor();
      await tab.keyboard.press('Shift');
      await tab.keyboard.press('Shift');
      await expect.poll(() => tab.url()).not.toContain('chrome-extension://');
      await tab.close();
    },

    async leavesByButton(session: Session): Promise<void> {
      const tab = await session.open('popup.html');
      await tab.getByRole('button', { name: new RegExp(`^${m.quickExit} —`) }).click();
      await expect.poll(() => tab.url()).not.toContain('chrome-extension://');
      await tab.close();
    },

    /** Settings switch to English and back: the settings page and an open popup follow at once. */
    async switchesLanguage(session: Session): Promise<void> {
      // A fresh popup: a quick exit sends every open extension page away.
      const popup = await session.open('popup.html', { width: 384, height: 600 });
      const options = await session.open('options.html');
      await options.getByRole('button', { name: m.settingsHeading, exact: true }).click();
      await options.getByRole('heading', { level: 1, name: m.settingsHeading }).waitFor();
      const group = options.getByRole('group', { name: m.languageLegend });
      expect(await group.getByRole('radio', { name }).isChecked()).toBe(true);
      await expectNoEnglish(options, 'the settings page');
      await expectNoAxeViolations(options, `the settings page in ${language}`);

      await group.getByRole('radio', { name: 'English' }).check();
      // The same page, at once: no reload.
      await options.getByRole('heading', { level: 1, name: en.settingsHeading }).waitFor();
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(en.messagesLanguage);
      await popup.getByRole('heading', { level: 1, name: en.homeHeading }).waitFor();
      await popup.reload();
      // The static shell names its button in the chosen language before the app loads.
      await popup.getByRole('button', { name: new RegExp(`^${en.quickExit} —`) }).waitFor();
      await popup.getByRole('heading', { name: en.groupBasics }).waitFor();
      // Country names follow the chosen language, not the browser's (issue 27, item 3).
      await popup
        .getByRole('button', { name: new RegExp(`^${en.talkToSomeone}`) })
        .first()
        .click();
      const country = popup.getByRole('combobox', { name: en.helplinesCountryLabel });
      // Germany: named differently in English and in each language of the guide, so the name
      // shown tells which language named it.
      await country.selectOption('de');
      const names = () =>
        country.evaluate((select: HTMLSelectElement, browser: string) => {
          const code = select.value.toUpperCase();
          const named = (tag: string) => (code ? new Intl.DisplayNames([tag], { type: 'region' }).of(code) : '');
          return { shown: select.selectedOptions[0]?.textContent ?? '', en: named('en'), browser: named(browser) };
        }, language);
      await expect
        .poll(async () => {
          const now = await names();
          return now.en !== '' && now.shown === now.en;
        })
        .toBe(true);
      expect((await names()).browser).not.toBe((await names()).en);
      await popup.reload(); // back to the home view, whose headings the switch back is waited on
      await popup.getByRole('heading', { name: en.groupBasics }).waitFor();

      await options.getByRole('group', { name: en.languageLegend }).getByRole('radio', { name }).check();
      await options.getByRole('heading', { level: 1, name: m.settingsHeading }).waitFor();
      await popup.getByRole('heading', { name: m.groupBasics }).waitFor();
      await options.close();
      await popup.close();
    },

    /**
     * The first-run explainer, in the session with the explainer marked unseen again: what a first
     * run stores is the same, and a browser launch is saved (firstRun.e2e.test.ts checks a fresh
     * browser's first run).
     */
    async explainsFirstRun(session: Session): Promise<void> {
      await session.worker.evaluate(() => chrome.storage.local.remove('introSeen'));
      const page = await session.open('popup.html', { width: 384, height: 600 });
      await page.getByRole('heading', { level: 1, name: m.firstRunHeading }).waitFor();
      await page.getByText(m.firstRunLimitsHeading as string).waitFor();
      await expectNoEnglish(page, 'the first run');
      await expectNoAxeViolations(page, `the first run in ${language}`);
      await page.close();
    },

    /** Closes the session and reads its History: "Pocket Guide", and no revealing word in any language. */
    async leavesCleanHistory(session: Session): Promise<void> {
      const profile = session.profile;
      await session.close({ keepProfile: true });
      const entries = await historyEntries(profile);
      expect(entries.join('\n')).toContain('Pocket Guide');
      expect(entries.filter(reveals)).toEqual([]);
    },
  };
}
