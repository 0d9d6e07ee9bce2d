import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { launch, type Session } from './browser';

const DESTINATION = 'https://www.google.com/';
const PRIVATE_PAGE = 'https://reading.example.org/chapter-two';
const POPUP = { width: 384, height: 600 };

let session: Session;

beforeAll(async () => {
  // The computer's zone is far from the services' (Auckland: 13 hours ahead of London in December).
  session = await launch({ timezoneId: 'Pacific/Auckland' });
});

afterAll(async () => {
  await session?.close();
});

/** The popup, on the helplines view (reached from the home view, as a user does). */
async function openHelplines(viewport = POPUP, clock?: Date): Promise<Page> {
  const popup = await session.open('popup.html', viewport, { clock });
  await popup.getByRole('button', { name: /talk to someone/i }).click();
  await popup.getByRole('combobox', { name: 'Country', exact: true }).waitFor();
  return popup;
}

async function chooseCountry(popup: Page, id: string) {
  await popup.getByRole('combobox', { name: 'Country', exact: true }).selectOption(id);
  await popup.getByRole('heading', { name: 'In an emergency' }).waitFor();
}

const hrefOf = (popup: Page, name: string | RegExp) =>
  popup.getByRole('link', { name, exact: true }).getAttribute('href');

/** The extension's own storage, read in the worker (the real chrome.storage, not a fake). */
const storageArea = (area: 'local' | 'session') =>
  session.worker.evaluate((name) => chrome.storage[name].get() as Promise<Record<string, unknown>>, area);

/** Quick exit's ids among the stored values (components/exit/trackedTabs.ts: neutral keys in storage.local). */
const exitIds = (stored: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(stored).filter(([key]) => /^(openedTab\.|openedWindow\.|privateWindow$)/.test(key)),
  );

describe('the helplines view', () => {
  it.each([
    ['gb', 'Call 999, Police, ambulance, fire', 'tel:999', 'Call 0808 2000 247, Refuge', 'tel:+448082000247'],
    ['us', 'Call 911, Police, ambulance, fire', 'tel:911', 'Call 800-656-4673, RAINN', 'tel:+18006564673'],
    [
      'fr',
      'Call 17, Police or gendarmerie',
      'tel:17',
      'Call 39 19, 3919 – Violences Femmes Info (Fédération Nationale Solidarité Femmes)',
      'tel:3919',
    ],
  ])(
    '%s: the emergency number and a specialist line dial the right numbers',
    async (id, emergency, emergencyHref, line, lineHref) => {
      const popup = await openHelplines();

      await chooseCountry(popup, id);

      expect(await hrefOf(popup, emergency)).toBe(emergencyHref);
      expect(await hrefOf(popup, line)).toBe(lineHref);
      await popup.close();
    },
  );

  it('shows France’s European number 112 beside 17', async () => {
    const popup = await openHelplines();

    await chooseCountry(popup, 'fr');

    expect(await hrefOf(popup, 'Call 112, European emergency number')).toBe('tel:112');
    await popup.close();
  });

  it.each(['gb', 'fr', 'other'])('has no axe violations (%s)', async (id) => {
    const popup = await openHelplines();
    await chooseCountry(popup, id);

    await expectNoAxeViolations(popup, `the helplines view (${id})`);
    await popup.close();
  });

  it('has no axe violations in dark mode, with an entry opened', async () => {
    const popup = await openHelplines();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await chooseCountry(popup, 'us');

    await popup.locator('summary', { hasText: 'About this entry: RAINN' }).click();
    await popup.getByRole('link', { name: /^source for rainn: rainn\.org$/i }).waitFor();

    await expectNoAxeViolations(popup, 'the helplines view (us, dark, an entry opened)');
    await popup.close();
  });

  it('reflows without sideways scrolling at 200% zoom (192 CSS pixels wide)', async () => {
    const popup = await openHelplines({ width: 192, height: 400 });
    await chooseCountry(popup, 'gb');

    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    expect(overflow).toBeLessThanOrEqual(0);
    await popup.close();
  });

  it('a line’s help in Spanish (988): named, with its own links, in the card, and axe clean', async () => {
    const popup = await openHelplines();

    await chooseCountry(popup, 'us');

    const lifeline = popup.getByRole('article', { name: '988 Suicide & Crisis Lifeline' });
    expect(await lifeline.getByText('In Spanish', { exact: true }).isVisible()).toBe(true);
    expect(await hrefOf(popup, 'Call 988, 988 Suicide & Crisis Lifeline, in Spanish')).toBe('tel:988');
    expect(await hrefOf(popup, 'Text AYUDA to 988, 988 Suicide & Crisis Lifeline, in Spanish')).toBe(
      'sms:988?&body=AYUDA',
    );
    expect(await hrefOf(popup, 'Chat online with National Domestic Violence Hotline, in Spanish')).toBe(
      'https://espanol.thehotline.org',
    );
    await expectNoAxeViolations(popup, 'the helplines view (us, with Spanish options)');
    await popup.close();
  });

  it('a country with only an emergency number (Italy): the number, its date and source, then the directories', async () => {
    const popup = await openHelplines();

    await chooseCountry(popup, 'it');

    // Android's list is its only source: the label says what the list says, hedged.
    expect(await hrefOf(popup, 'Call 112, Emergency number (phones route it as: police, ambulance, fire)')).toBe(
      'tel:112',
    );
    expect(
      await popup
        .getByText(/^Checked on \d{1,2} \w+ 20\d\d$/)
        .first()
        .isVisible(),
    ).toBe(true);
    await popup.getByText('About these numbers').click();
    expect(
      await popup
        .getByRole('link', { name: /^source for 112: android\.googlesource\.com$/i })
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await hrefOf(popup, 'Find A Helpline (ThroughLine) website')).toBe('https://findahelpline.com');
    await expectNoAxeViolations(popup, 'the helplines view (it, emergency only)');
    await popup.close();
  });

  it('Mexico: 911 first, then the Línea de las Mujeres on 079', async () => {
    const popup = await openHelplines();

    await chooseCountry(popup, 'mx');

    expect(await hrefOf(popup, 'Call 911, Police, ambulance, fire')).toBe('tel:911');
    expect(await hrefOf(popup, 'Call 079, Línea de las Mujeres (Secretaría de las Mujeres)')).toBe('tel:079');
    expect(await popup.getByText(/choose option 1/).isVisible()).toBe(true);
    await expectNoAxeViolations(popup, 'the helplines view (mx)');
    await popup.close();
  });

  it('the country picker works by keyboard alone: Tab to it, type the first letters, the view follows', async () => {
    const popup = await openHelplines();
    const picker = popup.getByRole('combobox', { name: 'Country', exact: true });
    expect(await picker.locator('option').count()).toBeGreaterThan(240);

    // From the view's heading (focused on open), Tab until the picker has focus.
    for (let i = 0; i < 10 && !(await picker.evaluate((el) => el === document.activeElement)); i++) {
      await popup.keyboard.press('Tab');
    }
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.type('Kenya', { delay: 50 });

    await expect.poll(() => picker.inputValue()).toBe('ke');
    await popup.getByRole('heading', { name: 'In an emergency' }).waitFor();
    expect(await hrefOf(popup, 'Call 1195, National Gender-Based Violence Helpline 1195')).toBe('tel:1195');
    await expect.poll(() => storageArea('local')).toMatchObject({ country: 'ke' });
    await popup.close();
  });

  it('stores the chosen country and nothing about what was looked at', async () => {
    const popup = await openHelplines();
    await chooseCountry(popup, 'gb');
    await popup.getByRole('combobox', { name: 'Part of the country' }).selectOption('scotland');
    await popup.getByRole('heading', { name: 'Rape Crisis Scotland' }).waitFor();

    await chooseCountry(popup, 'fr');

    await expect.poll(() => storageArea('local')).toEqual({ introSeen: true, country: 'fr' });
    await popup.close();
  });
});

/** Every tab id (without the `tabs` permission the worker sees ids, not addresses). */
const tabIds = () => session.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id as number));

describe("If you can't talk", () => {
  it('opens each country view before the emergency numbers: UK, France, Mexico, and a country without a route', async () => {
    const popup = await openHelplines();
    const section = popup.getByRole('region', { name: "If you can't talk" });
    const expected: [string, RegExp, [string, string][]][] = [
      ['gb', /press 55: you are put through to the police/, [["Call 999, if you can't talk", 'tel:999']]],
      ['fr', /Text 114, free, day and night/, [["Text 114, if you can't talk", 'sms:114']]],
      ['mx', /911 app .* panic button/, []],
      ['it', /We have not found a way to reach help here without speaking aloud/, []],
    ];

    for (const [id, text, links] of expected) {
      await chooseCountry(popup, id);
      await section.getByText(text).waitFor();
      // First of the country's sections: its heading comes before "In an emergency".
      const headings = await popup.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings.slice(0, 2), id).toEqual(["If you can't talk", 'In an emergency']);
      for (const [name, href] of links) {
        expect(await section.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
      }
      await expectNoAxeViolations(popup, `"If you can't talk" (${id})`);
    }
    await popup.close();
  });
});

describe('a helpline website', () => {
  it('opens in a new tab that the extension remembers, and quick exit sends it away', async () => {
    const privateTab = await session.visit(PRIVATE_PAGE);
    const popup = await openHelplines();
    await chooseCountry(popup, 'us');
    const before = await tabIds();
    const opened = session.context.waitForEvent('page');

    await popup.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline', exact: true }).click();
    const helplineTab = await opened;
    await helplineTab.waitForURL('https://www.thehotline.org/');

    // The popup itself did not navigate: the worker opened the tab, and remembers it.
    expect(popup.url()).toBe(session.url('popup.html'));
    expect(session.web.requests).toContainEqual(
      expect.objectContaining({ host: 'www.thehotline.org', mode: 'navigate' }),
    );
    const newTabs = (await tabIds()).filter((id) => !before.includes(id));
    expect(newTabs).toHaveLength(1);
    await expect.poll(async () => exitIds(await storageArea('local'))).toEqual({ [`openedTab.${newTabs[0]}`]: true });

    // Someone walks in: an ordinary tab is in front, and the popup's quick exit is pressed.
    await privateTab.bringToFront();
    await popup.getByRole('button', { name: /^quick exit —/i }).click();

    await helplineTab.waitForURL(DESTINATION);
    await privateTab.waitForURL(DESTINATION);
    expect(helplineTab.isClosed()).toBe(false);
    await expect.poll(async () => exitIds(await storageArea('local'))).toEqual({});
    for (const page of session.context.pages()) await page.close();
  });
});

// Last in this file: a page's fixed clock (page.clock) holds for the whole browser context.
describe('Open now (issue 24)', () => {
  it('each line says whether it is open, on the reader’s clock far from the service’s, and changes while the view is open', async () => {
    // Tuesday 8 December 2026, 17:59 in Scotland (UTC in winter): 06:59 on Wednesday in Auckland.
    const popup = await openHelplines(POPUP, new Date('2026-12-08T17:58:00Z'));
    await popup.clock.pauseAt(new Date('2026-12-08T17:59:00Z'));
    await chooseCountry(popup, 'gb');
    const card = (name: string | RegExp) => popup.getByRole('article', { name, exact: true });

    await card('Rape Crisis Scotland')
      .getByText('Closed — opens today 07:00 your time (Tuesday 18:00 United Kingdom Time)', { exact: true })
      .waitFor();
    expect(await card('Samaritans').getByText('Open now', { exact: true }).isVisible()).toBe(true);
    expect(await card("Men's Advice Line (Respect)").getByText('Hours not confirmed').isVisible()).toBe(true);
    // Galop: Tuesday 10:00 to 20:30 in London, which may change on public holidays.
    const galop = card('Galop');
    expect(
      await galop.getByText('Open now, until 09:30 your time (Tuesday 20:30 United Kingdom Time)').isVisible(),
    ).toBe(true);
    expect(await galop.getByText(/Hours may be different on public holidays/).isVisible()).toBe(true);
    // axe waits on timers: the clock runs again (from 17:59) while it looks.
    await popup.clock.resume();
    await expectNoAxeViolations(popup, 'the helplines view (gb) with "Open now"');

    // A minute on, with the view still open, Rape Crisis Scotland has opened.
    await popup.clock.fastForward(60_000);

    await card('Rape Crisis Scotland')
      .getByText('Open now, until 13:00 your time (00:00 United Kingdom Time)', { exact: true })
      .waitFor();

    // Chile, on a Saturday (12:00 in Santiago, summer time, UTC-3; 04:00 on Sunday in Auckland):
    // Fono 1455 answers Monday to Friday, and its WhatsApp's hours are not confirmed.
    await chooseCountry(popup, 'cl');
    await popup.clock.setSystemTime(new Date('2026-12-12T15:00:00Z'));
    await popup.clock.fastForward(60_000);
    const fono = card(/^Fono 1455/);

    await fono
      .getByText('Phone: Closed — opens Tuesday 00:00 your time (Monday 08:00 Chile Time)', { exact: true })
      .waitFor();
    expect(await fono.getByText('WhatsApp: Hours not confirmed', { exact: true }).isVisible()).toBe(true);
    expect(await fono.getByText(/Closed on public holidays/).isVisible()).toBe(true);
    await expectNoAxeViolations(popup, 'the helplines view (cl) with "Open now"');
    await popup.close();
  });
});
