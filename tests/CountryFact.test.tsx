// Built before the tests run, as the danger-now tests do: a topic with a `risk` loads the helpline
// directory, whose first build in a worker can take longer than a test waits on a busy machine.
import 'virtual:helplines/en';
import 'virtual:guide/topics/en';
import 'virtual:facts/en';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CountryFact } from '@/components/guide/CountryFact';
import { Guide } from '@/components/guide/Guide';
import type { FactsByCountry, FactValue } from '@/content/facts/types';

/** A country fact in a topic: the reader's country's value, the UK's nations, or "it differs". */

const value = (text: string, extra: Partial<FactValue> = {}): FactValue => ({
  text,
  source: 'https://www.boe.es/law',
  checked: '2026-12-07',
  confidence: 'High',
  ...extra,
});

const FACTS: FactsByCountry = {
  es: { ageOfConsent: { value: value('In Spain, the age of consent is 16.') } },
  mx: {
    ageOfConsent: {
      value: value('In Mexico, each state sets it.', {
        varies: {
          text: 'From 12 to 16, by state.',
          source: 'https://www.scielo.org.mx/a',
          checked: '2026-12-07',
          confidence: 'Medium',
        },
      }),
    },
  },
  gb: {
    marriageAge: {
      nations: [
        { nation: 'england-wales', value: value('In England and Wales, it is 18.') },
        { nation: 'scotland', value: value('In Scotland, it is 16.', { source: 'https://www.harpermacleod.co.uk/x' }) },
      ],
    },
  },
};

const storeCountry = (id: string) => fakeBrowser.storage.local.set({ country: id });

function renderFact(id: 'ageOfConsent' | 'marriageAge' = 'ageOfConsent') {
  const onHelplines = vi.fn();
  render(<CountryFact id={id} facts={FACTS} onHelplines={onHelplines} />);
  return {
    onHelplines,
    note: () => screen.getByRole('note', { name: id === 'ageOfConsent' ? 'Age of consent' : 'The age to marry' }),
  };
}

describe('a country fact', () => {
  it("shows the reader's country's value, with its source and the date it was checked", async () => {
    await storeCountry('es');
    const { note } = renderFact();

    await screen.findByText('In Spain, the age of consent is 16.');

    const line = within(note()).getByText(/^Checked against/);
    expect(line.textContent).toBe('Checked against boe.es · reviewed December 2026');
    expect(within(line).getByRole('link', { name: 'boe.es' }).getAttribute('href')).toBe('https://www.boe.es/law');
    expect(within(note()).getByText('Shown for Spain. Another country?')).toBeTruthy();
  });

  it('shows where a value varies inside the country, with its own source', async () => {
    await storeCountry('mx');
    const { note } = renderFact();

    await screen.findByText('In Mexico, each state sets it.');

    expect(within(note()).getByText(/From 12 to 16, by state\./).textContent).toBe(
      'Within the country: From 12 to 16, by state.',
    );
    expect(within(note()).getByRole('link', { name: 'scielo.org.mx' })).toBeTruthy();
  });

  it("shows the UK's nations side by side, and says where a nation has no checked answer", async () => {
    await storeCountry('gb');
    const { note } = renderFact('marriageAge');

    await screen.findByText('In England and Wales, it is 18.');

    const names = within(note())
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(names).toEqual(['England and Wales', 'Scotland', 'Northern Ireland']);
    const definitions = within(note())
      .getAllByRole('definition')
      .map((definition) => definition.textContent);
    expect(definitions[1]).toContain('In Scotland, it is 16.');
    expect(definitions[1]).toContain('harpermacleod.co.uk');
    expect(definitions[2]).toBe(
      'This guide has no checked answer here yet. A helpline or a specialist service can tell you.',
    );
  });

  it('says it differs by country, and who can tell them, where the country has no fact', async () => {
    await storeCountry('fr');
    const { note, onHelplines } = renderFact();

    await screen.findByText(/no checked answer for this country \(France\) yet/);
    fireEvent.click(within(note()).getByRole('button', { name: 'Find a helpline or service' }));

    expect(within(note()).getByText(/^This differs by country/).textContent).toBe(
      'This differs by country, and this guide has no checked answer for this country (France) yet. A helpline or a specialist service where you live can tell you.',
    );
    expect(onHelplines).toHaveBeenCalledOnce();
  });

  it('says it once where two facts side by side both have no value', async () => {
    await storeCountry('fr');
    render(
      <>
        <CountryFact id="ageOfConsent" facts={FACTS} onHelplines={vi.fn()} />
        <CountryFact id="marriageAge" facts={FACTS} after="ageOfConsent" onHelplines={vi.fn()} />
      </>,
    );
    const second = () => screen.getByRole('note', { name: 'The age to marry' });

    await screen.findByText('This guide has no checked answer on this for France yet either.');
    expect(screen.getAllByRole('button', { name: 'Find a helpline or service' })).toHaveLength(1);
    expect(within(second()).queryByText(/differs by country/)).toBeNull();
    expect(within(second()).queryByRole('combobox')).toBeNull();
  });

  it('gives the full fallback under a fact that has a value', async () => {
    await storeCountry('es');
    render(
      <>
        <CountryFact id="ageOfConsent" facts={FACTS} onHelplines={vi.fn()} />
        <CountryFact id="marriageAge" facts={FACTS} after="ageOfConsent" onHelplines={vi.fn()} />
      </>,
    );
    const second = () => screen.getByRole('note', { name: 'The age to marry' });

    await screen.findByText('In Spain, the age of consent is 16.');
    expect(within(second()).getByText(/^This differs by country/)).toBeTruthy();
    expect(within(second()).getByRole('button', { name: 'Find a helpline or service' })).toBeTruthy();
  });

  it('asks for the country when the language preferences name none, and keeps nothing new', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en']);
    const { note } = renderFact();

    await screen.findByText(/^This differs by country\. Choose your country/);
    const picker = within(note()).getByRole('combobox', { name: 'Country' });
    fireEvent.change(picker, { target: { value: 'es' } });

    await screen.findByText('In Spain, the age of consent is 16.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ country: 'es' });
  });

  it('shows the country guessed from the language preferences when none was chosen', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-MX');
    renderFact();

    expect(await screen.findByText('In Mexico, each state sets it.')).toBeTruthy();
  });
});

describe('a topic with a country fact', () => {
  it("shows the reader's country's fact from the real data, in place of one country's law", async () => {
    await storeCountry('es');
    render(<Guide helplines={() => <h1>Helplines view</h1>} />);

    fireEvent.click(screen.getByRole('button', { name: 'Young people and consent' }));

    const fact = await screen.findByRole('note', { name: 'Age of consent' });
    expect(within(fact).getByText(/^In Spain, the age of consent is 16\./)).toBeTruthy();
    expect(within(fact).getByRole('link', { name: 'boe.es' })).toBeTruthy();
  });
});
