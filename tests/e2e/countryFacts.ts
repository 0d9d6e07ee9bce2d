import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FactsByCountry } from '../../content/facts/types';
import { contentModule } from '../../content/plugin';
import { expectNoAxeViolations } from './axe';

/**
 * The country facts of "Young people and consent", in one language: the reader's country's age of
 * consent (from the browser's language), then Spain's and Mexico's chosen in the fact itself, then a
 * country the data has none for, which says it differs by country. Axe runs on a fact and on the
 * fallback. Leaves no country stored.
 */
export async function expectCountryFacts(
  popup: Page,
  language: string,
  messages: Readonly<Record<string, string>>,
  first: string,
): Promise<void> {
  const facts = contentModule(`virtual:facts/${language}`) as FactsByCountry;
  const textFor = (country: string): string => {
    const fact = facts[country]?.ageOfConsent;
    if (!fact || !('value' in fact)) throw new Error(`no age of consent for ${country} in the data`);
    return fact.value.text;
  };
  await popup.locator('#entry-young-people-and-consent').click();
  const note = popup.getByRole('note', { name: messages.factLabelAgeOfConsent, exact: true });

  await note.getByText(textFor(first), { exact: true }).waitFor();
  expect(await note.locator('.fact__source').getByRole('link').count()).toBeGreaterThan(0);
  await expectNoAxeViolations(popup, `a country fact (${first}, ${language})`);

  for (const country of ['es', 'mx']) {
    await choose(note, country);
    await note.getByText(textFor(country), { exact: true }).waitFor();
  }
  // Mexico's age varies by state: the range shows with its own source.
  expect(await note.locator('.fact__source').count()).toBe(2);

  await choose(note, 'it');
  const italy = new Intl.DisplayNames([language], { type: 'region' }).of('IT') as string;
  await note.getByText((messages.factNone as string).replace('$1', italy), { exact: true }).waitFor();
  await note.getByRole('button', { name: messages.factFindHelp }).waitFor();
  await expectNoAxeViolations(popup, `a country fact without a value (${language})`);

  await popup.evaluate(() => chrome.storage.local.remove('country'));
}

/** Opens "Another country?" if it is folded, and picks the country there. */
async function choose(note: Locator, country: string): Promise<void> {
  const chooser = note.locator('details.fact__country');
  if (!(await chooser.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await chooser.locator('summary').click();
  }
  await chooser.getByRole('combobox').selectOption(country);
}
