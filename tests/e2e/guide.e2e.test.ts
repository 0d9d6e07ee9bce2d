import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readMessages } from '../../content/messages';
import { contentModule } from '../../content/plugin';
import type { TopicMeta } from '../../content/topics/blocks';
import { expectNoAxeViolations } from './axe';
import { launch, type Session } from './browser';
import { expectCountryFacts } from './countryFacts';
import { expectRouteOnFirstScreen, placeRoute, riskTopics } from './dangerNow';

const topics = (contentModule('virtual:guide/index') as Record<string, TopicMeta[]>).en ?? [];

let session: Session;
let popup: Page;

beforeAll(async () => {
  session = await launch();
  popup = await session.open('popup.html', { width: 384, height: 600 });
});

afterAll(async () => {
  await session?.close();
});

// Every test starts on the home view, whatever the one before it left on screen.
beforeEach(async () => {
  await popup.reload();
  await popup.getByRole('heading', { level: 1, name: 'Pocket Guide' }).waitFor();
});

const searchFor = async (query: string) => {
  await popup.getByRole('searchbox', { name: 'Search the guide' }).fill(query);
  await popup.getByRole('region', { name: /result/ }).waitFor();
};

describe('the guide in the popup', () => {
  it('opens every topic, with its title focused, and comes back to its entry; a risk topic opens with the danger-now route on the first screen, axe clean', async () => {
    const opened: string[] = [];
    const risky = new Map(riskTopics('en').map((topic) => [topic.id, topic]));
    for (const topic of topics) {
      await popup.getByRole('button', { name: topic.title, exact: true }).click();
      const heading = popup.getByRole('heading', { level: 1, name: topic.title });
      await heading.waitFor();
      // The title takes focus once the topic has rendered (an effect), not when the heading first shows.
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      opened.push(topic.id);
      const risk = risky.get(topic.id);
      if (risk) {
        await popup.locator('.danger-now').waitFor();
        // Chromium's UI language here is en-US: the United States' 911, and the 988 Lifeline.
        expectRouteOnFirstScreen(await popup.evaluate(placeRoute), risk, 'en', { emergency: '911', crisisLine: '988' });
        await expectNoAxeViolations(popup, `the topic "${topic.title}" with its danger-now route`);
        risky.delete(topic.id);
      }

      await popup.getByRole('button', { name: 'Back' }).click();
      await popup.getByRole('heading', { level: 1, name: 'Pocket Guide' }).waitFor();
      await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe(`entry-${topic.id}`);
    }

    expect(opened).toHaveLength(topics.length);
    expect([...risky.keys()], 'risk topics not opened').toEqual([]);
    expect(popup.url()).toBe(session.url('popup.html'));
  });

  it('has no axe violations on a topic with every kind of block', async () => {
    await popup.getByRole('button', { name: 'Saying no and changing your mind', exact: true }).click();
    await popup.getByText('Things you could say').waitFor();

    await expectNoAxeViolations(popup, 'a topic view');
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it.each([
    ['concent', 'What consent is'],
    ['drunk', 'Alcohol and drugs'],
    ['condom', 'Condoms and contraception'],
    ['pressure', 'Pressure and coercion'],
    ['morning after pill', 'After something happened'],
    ['going slow', 'Wanting to go slowly'],
    ['counseling', 'Talking it through, and counselling'],
  ])('search "%s" finds "%s"', async (query, title) => {
    await searchFor(query);

    // Results update as the reader types: wait for this query's result, not the previous one's.
    const result = popup.getByRole('region', { name: /result/ }).getByRole('button', { name: title, exact: true });
    await result.waitFor({ timeout: 5000 });
    expect(await result.count()).toBe(1);
  });

  it('shows a clear empty state, and has no axe violations on the search view', async () => {
    await searchFor('xyzzyqq');
    await popup.getByRole('heading', { name: 'No results' }).waitFor({ timeout: 5000 });

    await expectNoAxeViolations(popup, 'the search view (empty state)');
    await searchFor('consent');
    await popup.getByRole('button', { name: 'What consent is', exact: true }).waitFor({ timeout: 5000 });
    await expectNoAxeViolations(popup, 'the search view (results)');
  });

  it('keeps nothing of what was read or searched, in storage or in the URL', async () => {
    const stored = await session.worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    }));

    // Settings only (the explainer was seen); nothing about what was read or typed.
    expect(stored).toEqual({ local: { introSeen: true }, session: {} });
    expect(popup.url()).toBe(session.url('popup.html'));
  });

  it('opens on the home view the next time', async () => {
    const again = await session.open('popup.html', { width: 384, height: 600 });

    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe('Pocket Guide');
    expect(await again.getByRole('searchbox').inputValue()).toBe('');
    await again.close();
  });

  it('no extension page made a request outside the extension', () => {
    expect(session.leaks).toEqual([]);
    expect(session.web.requests.filter((request) => request.from.startsWith('chrome-extension://'))).toEqual([]);
  });
});

describe('the guide on the options page', () => {
  it('shows the same topics in a wider layout, and the URL and title never change', async () => {
    const options = await session.open('options.html');
    const url = options.url();

    await options.getByRole('button', { name: 'Talking about limits', exact: true }).click();
    await options.getByRole('heading', { level: 1, name: 'Talking about limits' }).waitFor();

    expect(options.url()).toBe(url);
    expect(await options.title()).toBe('Pocket Guide');
    await expectNoAxeViolations(options, 'a topic on the options page');
    await options.close();
  });
});

describe('the topics that issue 11 added, and the crisis topic', () => {
  const NEW_TOPICS: [query: string, title: string][] = [
    ['grooming', 'Young people and consent'],
    ['coercive control', 'Controlling behaviour'],
    ['sextortion', 'Images, sexting and sextortion'],
    ['outing', 'LGBTQ+ relationships'],
    ['carer', 'Disability and consent'],
    ['safeword', 'Safewords and check-in signals'],
    ['drink spiked', 'Spiking and drugs used to assault'],
  ];

  it("shows the reader's country's fact in a topic (the US, from en-US), Spain's and Mexico's when chosen there, and says it differs by country where the data has none, axe clean", async () => {
    await expectCountryFacts(popup, 'en', readMessages('content/locales', 'en'), 'us');
  });

  it('opens "After something happened" in one tap from home, ending with its sources, with no axe violations', async () => {
    const page = await session.open('popup.html', { width: 384, height: 600 });

    await page.getByRole('button', { name: /^After something happened\b.+/ }).click();
    await page.getByRole('heading', { level: 1, name: 'After something happened' }).waitFor();
    // The topic's own line, not a country fact's (both read "Checked against … · reviewed …").
    const sources = page.locator('p.topic__sources').getByText(/^Checked against.*· reviewed/);
    await sources.waitFor();

    expect(await sources.getByRole('link').count()).toBeGreaterThan(1);
    expect(await sources.textContent()).toMatch(/· reviewed \w+ \d{4}$/);
    await expectNoAxeViolations(page, 'the crisis topic with its sources');
    await page.close();
  });

  it.each(NEW_TOPICS)('search "%s" finds "%s", which opens with no axe violations', async (query, title) => {
    const page = await session.open('popup.html', { width: 384, height: 600 });
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill(query);

    const result = page.getByRole('region', { name: /result/ }).getByRole('button', { name: title, exact: true });
    await result.waitFor({ timeout: 5000 });
    await result.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.topic p, .topic li').first().waitFor();

    await expectNoAxeViolations(page, `the topic "${title}"`);
    await page.close();
  });
});
