import countries from 'virtual:helplines/en';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN } from '@/components/exit/messages';
import { countrySetting } from '@/components/helplines/country';
import { Helplines } from '@/components/helplines/Helplines';
import type { CountryId } from '@/content/helplines/locale';
import type { Helpline, HelplineCountry } from '@/content/helplines/schema';
import { allowPrivateWindows } from './privateWindowHelpers';

const uiLanguage = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
/** The preferred-languages list the reader set in the browser (navigator.languages). */
const preferredLanguages = (tags: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);

// Each test says which languages the reader prefers; by default, none beyond the UI language.
beforeEach(() => {
  preferredLanguages([]);
});

const countrySelect = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Country' });
/** The emergency numbers' section ("If you can't talk", above it, may repeat a number). */
const emergencySection = () => screen.getByRole('region', { name: 'In an emergency' });

/** Renders the view and waits until the lazily loaded directory is on screen. */
async function renderHelplines(props: Parameters<typeof Helplines>[0] = {}) {
  const view = render(<Helplines {...props} />);
  await screen.findByRole('combobox', { name: 'Country' });
  return view;
}

const byId = (id: CountryId) => {
  const found = countries.find((entry) => entry.id === id);
  if (!found) throw new Error(`no country ${id}`);
  return found;
};

/** Each line's card, found by its heading (the organisation's name). */
const card = (organisation: string) => {
  const heading = screen.getByRole('heading', { name: organisation });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${organisation}`);
  return article;
};

const provenance = { source: 'https://example.org/source', checked: '2026-11-24' } as const;

const fixtureLine = (id: string, extra: Partial<Helpline> = {}): Helpline => ({
  id,
  organisation: `Org ${id}`,
  helpsWith: 'Helps.',
  tags: ['sexual-violence'],
  phone: { display: '0800 000 000', tel: '+44800000000' },
  confidence: 'High',
  ...provenance,
  ...extra,
});

/** A small country with one line we could not confirm. */
const fixture: HelplineCountry = {
  id: 'gb',
  emergency: [{ display: '999', tel: '999', label: 'Police', confidence: 'High', ...provenance }],
  lines: [
    fixtureLine('confirmed'),
    fixtureLine('unsure', { confidence: 'Low', verify: 'Check it.', website: 'https://unsure.example.org' }),
    fixtureLine('worried', { tags: ['own-behaviour', 'domestic-abuse'] }),
  ],
};

describe('choosing the country', () => {
  it('defaults to the country in the browser UI language (en-GB → United Kingdom), never storing it', async () => {
    uiLanguage('en-GB');

    await renderHelplines();

    expect(countrySelect().value).toBe('gb');
    expect(screen.getByRole('option', { name: 'United Kingdom', selected: true })).toBeTruthy();
    expect(screen.getByText(/chosen from your browser's language/i)).toBeTruthy();
    expect(
      within(emergencySection())
        .getByRole('link', { name: /^call 999, /i })
        .getAttribute('href'),
    ).toBe('tel:999');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('asks, and shows nothing else, when the UI language names no region (en)', async () => {
    uiLanguage('en');

    await renderHelplines();

    expect(screen.getByText(/choose the country you live in/i)).toBeTruthy();
    expect(countrySelect().value).toBe('');
    expect(screen.getByRole('option', { name: 'Choose a country', selected: true })).toBeTruthy();
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryByRole('heading', { name: /emergency/i })).toBeNull();
  });

  it('takes the first region the preferred-languages list names when the UI language has none (es, es-MX → Mexico)', async () => {
    uiLanguage('es');
    preferredLanguages(['es', 'es-MX', 'en-US']);

    await renderHelplines();

    expect(countrySelect().value).toBe('mx');
    // Named in the guide's language (English strings in this test), not the browser's: tests/HelplinesLanguage.test.tsx.
    expect(screen.getByRole('option', { name: 'Mexico', selected: true })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^call 911, /i }).getAttribute('href')).toBe('tel:911');
    expect(screen.getByRole('link', { name: /^call 079, línea de las mujeres/i }).getAttribute('href')).toBe('tel:079');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('still asks when no language names a region (es, en)', async () => {
    uiLanguage('es');
    preferredLanguages(['es', 'en']);

    await renderHelplines();

    expect(countrySelect().value).toBe('');
  });

  it('lists about 250 countries by their names, sorted, with Other countries last', async () => {
    uiLanguage('en');
    await renderHelplines();

    const names = [...countrySelect().options].filter((option) => option.value !== '').map((option) => option.text);

    expect(names.length).toBeGreaterThan(240);
    expect(names.at(-1)).toBe('Other countries');
    expect(names).toContain('Kenya');
    expect(names).toContain('Côte d’Ivoire');
    expect(names.slice(0, -1)).toEqual([...names.slice(0, -1)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('stores the choice and shows that country', async () => {
    uiLanguage('en');
    await renderHelplines();

    fireEvent.change(countrySelect(), { target: { value: 'fr' } });

    expect(await screen.findByRole('link', { name: /^call 17, /i })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^call 39 19, 3919 – violences femmes info/i }).getAttribute('href')).toBe(
      'tel:3919',
    );
    expect(screen.queryByText(/choose the country you live in/i)).toBeNull();
    await waitFor(async () => expect(await fakeBrowser.storage.local.get()).toEqual({ country: 'fr' }));
  });

  it('uses the stored choice over the UI language', async () => {
    uiLanguage('en-GB');
    await countrySetting.set('us');

    await renderHelplines();

    expect(countrySelect().value).toBe('us');
    expect(screen.queryByText(/chosen from your browser's language/i)).toBeNull();
    expect(screen.getByRole('link', { name: /^call 911, /i })).toBeTruthy();
  });

  it('falls back to the UI language when the stored value is not a country', async () => {
    uiLanguage('en-GB');
    await fakeBrowser.storage.local.set({ country: 'atlantis' });

    await renderHelplines();

    expect(countrySelect().value).toBe('gb');
  });

  it('follows a change made elsewhere (the options page)', async () => {
    uiLanguage('en-GB');
    await renderHelplines();

    await countrySetting.set('de');

    await waitFor(() => expect(countrySelect().value).toBe('de'));
    expect(screen.getByRole('link', { name: /^call 110, /i })).toBeTruthy();
  });
});

describe('what it shows', () => {
  it('puts the emergency numbers before every specialist line', async () => {
    uiLanguage('en-GB');
    await renderHelplines();

    const emergency = within(emergencySection()).getByRole('link', { name: /^call 999, /i });
    const articles = screen.getAllByRole('article');

    expect(articles.length).toBeGreaterThan(5);
    for (const article of articles) {
      expect(emergency.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('names the emergency number with its label and shows its note beside it', async () => {
    uiLanguage('en-GB');
    await renderHelplines();

    const link = screen.getByRole('link', { name: 'Call 999, Police, ambulance, fire' });

    expect(link.closest('li')?.textContent).toMatch(/press 55/);
  });

  it('shows the one-line note on call logs and changing numbers', async () => {
    uiLanguage('en-GB');
    await renderHelplines();

    expect(screen.getByText(/stay in your phone's history unless you delete them\. numbers can change/i)).toBeTruthy();
  });

  it('says, once, that sites stay in the history and how to open them in a private window instead', async () => {
    await renderHelplines({ countries: [fixture] });
    fireEvent.change(countrySelect(), { target: { value: 'gb' } });

    const note = await screen.findByText(/Websites and chats you open from here stay in this browser's history/);
    expect(note.textContent).toMatch(
      /turn on "Allow in Incognito"\. Anyone who opens that page can see that it is on\./,
    );
    expect(screen.getAllByText(/Allow in Incognito/)).toHaveLength(1);
  });

  it('says sites open in a private window that quick exit closes, once that is allowed', async () => {
    allowPrivateWindows();
    await renderHelplines({ countries: [fixture] });
    fireEvent.change(countrySelect(), { target: { value: 'gb' } });

    expect(
      await screen.findByText(
        /open in a private window, which the browser leaves out of its history\. Quick exit closes it\. If the browser does not open one, you are told, and nothing opens unless you choose an ordinary tab\./,
      ),
    ).toBeDefined();
    expect(screen.queryByText(/Allow in Incognito/)).toBeNull();
  });

  it('offers a text link for an emergency number that takes texts only', async () => {
    uiLanguage('en-AU');
    await renderHelplines();

    const link = within(emergencySection()).getByRole('link', { name: /^text 0423 677 767, /i });

    expect(link.getAttribute('href')).toBe('sms:+61423677767');
  });

  it.each(countries.filter((entry) => entry.lines.length > 0).map((entry) => [entry.id]))(
    '%s: every link in a card names its organisation, and every phone link dials exactly its tel',
    async (id) => {
      await countrySetting.set(id as CountryId);
      const data = byId(id as CountryId);

      await renderHelplines();

      for (const line of data.lines.filter((entry) => entry.confidence !== 'Low')) {
        const links = within(card(line.organisation)).getAllByRole('link');
        for (const link of links) expect(link.getAttribute('aria-label')).toContain(line.organisation);
        if (line.phone) {
          const call = within(card(line.organisation)).getByRole('link', {
            name: `Call ${line.phone.display}, ${line.organisation}`,
          });
          expect(call.getAttribute('href')).toBe(`tel:${line.phone.tel}`);
        }
      }
    },
  );

  it('links texts with the keyword and WhatsApp through wa.me', async () => {
    await countrySetting.set('us');
    const { unmount } = await renderHelplines();

    const text = within(card('National Domestic Violence Hotline')).getByRole('link', {
      name: 'Text START to 88788, National Domestic Violence Hotline',
    });

    expect(text.getAttribute('href')).toBe('sms:88788?&body=START');
    unmount();

    await countrySetting.set('es');
    await renderHelplines();
    const whatsapp = within(card('016 (Ministerio de Igualdad)')).getByRole('link', {
      name: 'WhatsApp 600 000 016, 016 (Ministerio de Igualdad)',
    });

    expect(whatsapp.getAttribute('href')).toBe('https://wa.me/34600000016');
  });

  it('opens a website through the worker (tracked for quick exit) and not by navigating', async () => {
    await countrySetting.set('gb');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderHelplines();
    const link = screen.getByRole('link', { name: 'Refuge website' });

    const notPrevented = fireEvent.click(link);

    expect(notPrevented).toBe(false);
    expect(link.getAttribute('href')).toBe('https://www.nationaldahelpline.org.uk');
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({ type: OPEN, url: 'https://www.nationaldahelpline.org.uk' }),
    );
  });

  it('ignores a second click while the first is still opening, and opens again after', async () => {
    await countrySetting.set('gb');
    let opened: (value: unknown) => void = () => undefined;
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(() => new Promise((resolve) => (opened = resolve)) as never);
    await renderHelplines();
    const link = screen.getByRole('link', { name: 'Refuge website' });

    fireEvent.click(link);
    fireEvent.click(link);
    const whileOpening = send.mock.calls.length;
    opened(undefined);
    await waitFor(() => {
      fireEvent.click(link);
      expect(send).toHaveBeenCalledTimes(2);
    });

    expect(whileOpening).toBe(1);
  });

  it('routes a middle click through the worker too', async () => {
    await countrySetting.set('us');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderHelplines();

    const notPrevented = fireEvent(
      within(card('National Domestic Violence Hotline')).getByRole('link', {
        name: 'Chat online with National Domestic Violence Hotline',
      }),
      new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }),
    );

    expect(notPrevented).toBe(false);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: OPEN, url: 'https://www.thehotline.org' }));
  });

  it('shows a star code as a number to dial, never as a link (Chile’s *4141)', async () => {
    await countrySetting.set('cl');
    await renderHelplines();

    const line = card('Línea de Prevención del Suicidio *4141 (Ministerio de Salud)');
    const term = within(line).getByText("Dial on your phone's keypad");
    expect(term.nextElementSibling?.textContent).toBe('*4141');
    const dialLinks = within(line)
      .queryAllByRole('link')
      .filter((link) => /^(tel|sms):/.test(link.getAttribute('href') ?? ''));
    expect(dialLinks).toEqual([]);
  });

  it('shows "Checked on" without opening anything, and the source inside "About this entry"', async () => {
    await countrySetting.set('gb');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderHelplines();
    const refuge = card('Refuge');

    const checked = within(refuge).getByText('Checked on 24 November 2026');
    const source = within(refuge).getByRole('link', { name: /^source for refuge: refuge\.org\.uk$/i });
    fireEvent.click(source);

    expect(checked.closest('details')).toBeNull();
    expect(source.closest('details')?.querySelector('summary')?.textContent).toMatch(/about this entry/i);
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({ type: OPEN, url: expect.stringMatching(/^https:\/\/refuge\.org\.uk\//) }),
    );
  });

  it('labels lines for people worried about their own behaviour', async () => {
    await countrySetting.set('gb');
    await renderHelplines();

    expect(within(card('Respect Phoneline')).getByText('For people worried about their own behaviour.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Worried about your own behaviour' })).toBeTruthy();
  });

  it('groups sexual violence and abuse first', async () => {
    await countrySetting.set('gb');
    await renderHelplines();

    const groups = screen
      .getAllByRole('heading')
      .filter((heading) => heading.tagName === 'H2')
      .map((heading) => heading.textContent);

    expect(groups).toEqual([
      "If you can't talk",
      'In an emergency',
      'Sexual violence and abuse',
      'Other support',
      'Worried about your own behaviour',
      'Lists of services',
    ]);
  });

  it('filters by part of the country in memory only; lines with no area always show', async () => {
    await countrySetting.set('gb');
    await renderHelplines();
    expect(screen.getByRole('heading', { name: 'Rape Crisis England & Wales' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Part of the country' }), { target: { value: 'scotland' } });

    expect(await screen.findByRole('heading', { name: 'Rape Crisis Scotland' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Rape Crisis England & Wales' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Samaritans' })).toBeTruthy();
    expect(await fakeBrowser.storage.local.get()).toEqual({ country: 'gb' });
  });

  it('shows where a line works when all parts are shown', async () => {
    await countrySetting.set('gb');
    await renderHelplines();

    expect(within(card('Rape Crisis England & Wales')).getByText('England and Wales')).toBeTruthy();
  });

  it('for a country with only an emergency number, shows it, then the international directories', async () => {
    await countrySetting.set('it');
    await renderHelplines();

    // Android's list is its only source: the label says what the list says, hedged.
    expect(
      screen
        .getByRole('link', { name: 'Call 112, Emergency number (phones route it as: police, ambulance, fire)' })
        .getAttribute('href'),
    ).toBe('tel:112');
    expect(screen.getByText(/checked on 29 november 2026/i)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lists of services' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find A Helpline (ThroughLine) website' })).toBeTruthy();
  });

  it('for a place with no number we could confirm, says to call the local emergency number', async () => {
    await countrySetting.set('pn');
    await renderHelplines();

    expect(screen.getByText(/call the emergency number of the country you are in/i)).toBeTruthy();
    expect(screen.queryAllByRole('link', { name: /^call /i })).toEqual([]);
    expect(screen.getByRole('link', { name: 'Find A Helpline (ThroughLine) website' })).toBeTruthy();
  });

  it('for other countries, shows the directories and says to use the local emergency number', async () => {
    await countrySetting.set('other');
    await renderHelplines();

    expect(screen.getByText(/call the emergency number of the country you are in/i)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find A Helpline (ThroughLine) website' }).getAttribute('href')).toBe(
      'https://findahelpline.com',
    );
    expect(screen.queryAllByRole('link', { name: /^call /i })).toEqual([]);
  });
});

describe('entries we could not confirm', () => {
  it('are hidden until the checkbox is ticked', async () => {
    uiLanguage('en-GB');
    await renderHelplines({ countries: [fixture] });
    expect(screen.queryByRole('heading', { name: 'Org unsure' })).toBeNull();
    expect(screen.getByText('1 entry is hidden because we could not confirm it.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show entries we could not confirm' }));

    const unsure = card('Org unsure');
    expect(within(unsure).getByText(/we could not confirm this entry/i)).toBeTruthy();
    expect(within(unsure).getByRole('link', { name: 'Org unsure website' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Org confirmed' })).toBeTruthy();
  });

  it('leave no checkbox when there are none', async () => {
    uiLanguage('en-GB');

    await renderHelplines({ countries: [{ ...fixture, lines: [fixtureLine('confirmed')] }] });

    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('never reach storage', async () => {
    uiLanguage('en-GB');
    await renderHelplines({ countries: [fixture] });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show entries we could not confirm' }));

    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});

describe('headings', () => {
  it.each([
    [2, 'H2', 'H3'],
    [3, 'H3', 'H4'],
  ] as const)('at level %i: sections %s, cards %s', async (level, section, cardLevel) => {
    uiLanguage('en-GB');

    await renderHelplines({ headingLevel: level, countries: [fixture] });

    expect(screen.queryByRole('heading', { name: 'Talk to someone' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'In an emergency' }).tagName).toBe(section);
    expect(screen.getByRole('heading', { name: 'Org confirmed' }).tagName).toBe(cardLevel);
  });
});

describe('"If you can’t talk" in the view', () => {
  async function show(id: CountryId) {
    await countrySetting.set(id);
    await renderHelplines();
    return screen.findByRole('region', { name: "If you can't talk" });
  }

  it('opens the UK view, before the emergency numbers: 999 then 55, texts after registering, then text lines', async () => {
    const section = await show('gb');
    const emergency = screen.getByRole('region', { name: 'In an emergency' });

    expect(section.compareDocumentPosition(emergency) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('heading')[0]?.textContent).toBe("If you can't talk");
    expect(section.textContent).toMatch(/press 55: you are put through to the police/);
    expect(within(section).getByRole('link', { name: "Call 999, if you can't talk" }).getAttribute('href')).toBe(
      'tel:999',
    );
    expect(section.textContent).toMatch(/only after you have registered your phone/);
    expect(
      within(section).getByRole('link', { name: "Text SHOUT to 85258, Shout, if you can't talk" }).getAttribute('href'),
    ).toBe('sms:85258?&body=SHOUT');
    expect(within(section).getAllByText(/^Checked on /).length).toBeGreaterThan(2);
  });

  it('gives France’s 114 by text message', async () => {
    const section = await show('fr');

    expect(within(section).getByRole('link', { name: "Text 114, if you can't talk" }).getAttribute('href')).toBe(
      'sms:114',
    );
  });

  it('gives Mexico’s 911 app', async () => {
    const section = await show('mx');

    expect(section.textContent).toMatch(/911 app .* panic button/);
  });

  it('says so where none is known, and points to the nearest alternative', async () => {
    const section = await show('it');

    expect(section.textContent).toMatch(/We have not found a way to reach help here without speaking aloud/);
    expect(section.textContent).toMatch(/someone you trust who can call for you/);
    expect(within(section).queryAllByRole('link')).toEqual([]);
  });
});

describe('"Open now" in the view (issue 24)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A card's state: the words a screen reader reads, whatever the computer's zone. */
  const stateOf = (organisation: string) => card(organisation).querySelector('.helpline__open')?.textContent ?? '';

  it('says whether each line is open, changes at the minute a line opens, and stops its one timer when the view closes', async () => {
    // Tuesday 8 December 2026, a minute before Rape Crisis Scotland opens (18:00 in London, UTC in winter).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-12-08T17:59:00Z'));
    await countrySetting.set('gb');
    const view = await renderHelplines();
    await screen.findByRole('heading', { name: 'Rape Crisis Scotland' });

    expect(stateOf('Rape Crisis Scotland')).toMatch(/^Closed — opens (today )?\d\d:\d\d/);
    expect(stateOf('Samaritans')).toBe('Open now');
    expect(stateOf('Galop')).toMatch(/^Open now, until .*Hours may be different on public holidays/);
    expect(stateOf('Men’s Advice Line (Respect)'.replace('’', "'"))).toBe('Hours not confirmed');
    // Reached only through its website: nothing to be open.
    expect(stateOf('NHS Sexual Assault Referral Centres (SARCs)')).toBe('');
    // "If you can't talk" says it too, for the ways in there (Shout's text line).
    const cantTalk = screen.getByRole('region', { name: "If you can't talk" });
    const shout = within(cantTalk).getByText('Shout', { selector: 'p' }).closest('li');
    expect(shout?.querySelector('.helpline__open')?.textContent).toBe('Open now');

    vi.advanceTimersByTime(60_000);

    await waitFor(() => expect(stateOf('Rape Crisis Scotland')).toMatch(/^Open now, until \d\d:\d\d/));
    // Closed, the view leaves no clock behind: once the timers already due have run (Preact's own
    // among them), none sets another.
    view.unmount();
    vi.runOnlyPendingTimers();
    expect(vi.getTimerCount()).toBe(0);
  });
});
