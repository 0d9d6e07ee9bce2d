import topicIndexes from 'virtual:guide/index';
import topics from 'virtual:guide/topics/en';
import countries from 'virtual:helplines/en';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Guide } from '@/components/guide/Guide';
import { DangerNow } from '@/components/helplines/DangerNow';
import { dangerNowFacts, loadDangerNow } from '@/components/helplines/dangerNowFacts';
import type { Helpline, HelplineCountry } from '@/content/helplines/schema';

/** The danger-now route: what it names, where it shows, and that it shows complete, at once. */

const ROUTE = 'If you are in danger now';
const provenance = { source: 'https://example.org/source', checked: '2026-11-24', confidence: 'High' } as const;

const line = (id: string, tags: Helpline['tags'], extra: Partial<Helpline> = {}): Helpline => ({
  id,
  organisation: `Org ${id}`,
  helpsWith: 'Helps.',
  tags,
  phone: { display: `0800 ${id.length}`, tel: `+44800${id.length}` },
  ...provenance,
  ...extra,
});

const country = (extra: Partial<HelplineCountry>): HelplineCountry => ({
  id: 'gb',
  emergency: [{ display: '999', tel: '999', label: 'Police', ...provenance }],
  lines: [],
  ...extra,
});

describe('dangerNowFacts', () => {
  it('knows nothing when the country is not known', () => {
    expect(dangerNowFacts(undefined)).toEqual({});
  });

  it('takes the first emergency number that can be called and was confirmed', () => {
    const facts = dangerNowFacts(
      country({
        emergency: [
          { display: '80999', tel: '80999', label: 'Text', textOnly: true, ...provenance },
          { display: '000', tel: '000', label: 'Unsure', ...provenance, confidence: 'Low', verify: 'x' },
          { display: '112', tel: '112', label: 'All', ...provenance },
        ],
      }),
    );

    expect(facts.emergency).toEqual({ display: '112', tel: '112' });
  });

  it('names a line mainly for a crisis before one that also takes crisis calls, and skips the rest', () => {
    const lines = [
      line('youth', ['young-people', 'crisis']),
      line('regional', ['crisis'], { areas: ['scotland'] }),
      line('text', ['crisis'], { phone: undefined, textLine: { display: '85258', tel: '85258' } }),
      line('unsure', ['crisis'], { confidence: 'Low', verify: 'x' }),
      line('main', ['crisis']),
    ];

    expect(dangerNowFacts(country({ lines })).crisisLine).toEqual({
      name: 'Org main',
      display: '0800 4',
      tel: '+448004',
    });
    expect(dangerNowFacts(country({ lines: lines.slice(0, 1) })).crisisLine?.name).toBe('Org youth');
    expect(dangerNowFacts(country({ lines: lines.slice(1, 4) })).crisisLine).toBeUndefined();
  });

  it('names a line for each area, with the area’s name, only when no crisis line covers the whole country', () => {
    const areas = [
      { id: 'north', name: 'The North' },
      { id: 'south', name: 'The South' },
      { id: 'west', name: 'The West' },
    ];
    const lines = [
      line('northern', ['crisis'], { areas: ['north'] }),
      line('north2', ['crisis'], { areas: ['north'] }),
      line('southwest', ['crisis'], { areas: ['south', 'west'] }),
      line('star', ['crisis'], { areas: ['west'], phone: undefined, dial: '*4141' }),
    ];

    expect(dangerNowFacts(country({ areas, lines })).areaCrisisLines).toEqual([
      { name: 'Org northern', display: '0800 8', tel: '+448008', area: 'The North' },
      { name: 'Org southwest', display: '0800 9', tel: '+448009', area: 'The South and The West' },
    ]);
    expect(dangerNowFacts(country({ areas, lines: lines.slice(3) })).areaCrisisLines).toEqual([
      { name: 'Org star', display: '*4141', area: 'The West' },
    ]);
    const withWhole = dangerNowFacts(country({ areas, lines: [...lines, line('main', ['crisis'])] }));
    expect(withWhole.crisisLine?.name).toBe('Org main');
    expect(withWhole.areaCrisisLines).toBeUndefined();
  });

  it('names Belgium’s crisis lines by their parts of the country, from the real data', () => {
    const be = countries.find((entry) => entry.id === 'be');
    expect(dangerNowFacts(be)).toEqual({
      emergency: { display: '112', tel: '112' },
      areaCrisisLines: [
        {
          name: 'Centre de Prévention du Suicide',
          display: '0800 32 123',
          tel: '+3280032123',
          area: 'French-speaking Belgium (Wallonia and Brussels)',
        },
        {
          name: 'Zelfmoordlijn 1813 (Centrum ter Preventie van Zelfdoding)',
          display: '1813',
          tel: '1813',
          area: 'Flanders',
        },
      ],
    });
  });

  it('reads the reader’s country as the helplines view does: the stored choice first', async () => {
    await fakeBrowser.storage.local.set({ country: 'gb' });

    const facts = await loadDangerNow('en');

    const gb = countries.find((entry) => entry.id === 'gb');
    expect(facts).toEqual(dangerNowFacts(gb));
    expect(facts.emergency?.tel).toBe('999');
  });

  it('names France’s national suicide-prevention line, 3114, from the real data', () => {
    const fr = countries.find((entry) => entry.id === 'fr');
    expect(dangerNowFacts(fr)).toEqual({
      emergency: { display: '17', tel: '17' },
      crisisLine: { name: '3114 – Numéro national de prévention du suicide', display: '31 14', tel: '3114' },
    });
  });

  it('names Portugal’s national suicide-prevention line, 1411, before SOS Voz Amiga, from the real data', () => {
    const pt = countries.find((entry) => entry.id === 'pt');
    expect(dangerNowFacts(pt)).toEqual({
      emergency: { display: '112', tel: '112' },
      crisisLine: { name: 'Linha Nacional de Prevenção do Suicídio (SNS)', display: '1411', tel: '1411' },
    });
  });

  it('names Brazil’s CVV 188, not Disque 100 or SaferNet, from the real data', () => {
    const br = countries.find((entry) => entry.id === 'br');
    expect(dangerNowFacts(br)).toEqual({
      emergency: { display: '190', tel: '190' },
      crisisLine: { name: 'CVV – Centro de Valorização da Vida', display: '188', tel: '188' },
    });
  });

  it('falls back to the browser’s language, and knows nothing when that names no country', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([]);
    expect((await loadDangerNow('en')).emergency?.tel).toBe('911');

    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('xx');
    expect(await loadDangerNow('en')).toEqual({});
  });
});

describe('DangerNow', () => {
  const facts = {
    emergency: { display: '999', tel: '999' },
    crisisLine: { name: 'Samaritans', display: '116 123', tel: '116123' },
  };

  it('is a labelled region with the emergency number to call and a way to every helpline', () => {
    const onHelplines = vi.fn();
    render(<DangerNow facts={facts} onHelplines={onHelplines} />);

    const region = screen.getByRole('region', { name: ROUTE });
    expect(within(region).getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    fireEvent.click(within(region).getByRole('button', { name: 'See helplines' }));
    expect(onHelplines).toHaveBeenCalledOnce();
    expect(region.textContent).not.toContain('Samaritans');
  });

  it('names the crisis line, by name and number, where self-harm is a risk', () => {
    render(<DangerNow facts={facts} selfHarm onHelplines={() => undefined} />);

    const link = screen.getByRole('link', { name: 'Call 116 123 (Samaritans)' });
    expect(link.getAttribute('href')).toBe('tel:116123');
    expect(link.parentElement?.textContent).toMatch(/^If you are thinking of hurting yourself:/);
  });

  it('names each area’s crisis line, joined by "or", when none covers the whole country', () => {
    const areaCrisisLines = [
      { name: 'CPS', display: '0800 32 123', tel: '+3280032123', area: 'Wallonia and Brussels' },
      { name: 'Star', display: '*4141', area: 'The West' },
      { name: 'Zelfmoordlijn', display: '1813', tel: '1813', area: 'Flanders' },
    ];
    render(<DangerNow facts={{ areaCrisisLines }} selfHarm onHelplines={() => undefined} />);

    const first = screen.getByRole('link', { name: 'Call 0800 32 123 in Wallonia and Brussels' });
    expect(first.getAttribute('href')).toBe('tel:+3280032123');
    expect(screen.getByRole('link', { name: 'call 1813 in Flanders' }).getAttribute('href')).toBe('tel:1813');
    // The star code only a keypad dials is text; the commas and "or" are the language's (Intl).
    expect(screen.queryByRole('link', { name: /4141/ })).toBeNull();
    expect(first.parentElement?.textContent).toMatch(
      /^If you are thinking of hurting yourself: Call 0800 32 123 in Wallonia and Brussels, call \*4141 in The West,? or call 1813 in Flanders$/,
    );
    expect(screen.queryByText(/a crisis line/)).toBeNull();
  });

  it('says "your local emergency number" and "a crisis line" when the country’s are not known', () => {
    render(<DangerNow facts={{}} selfHarm onHelplines={() => undefined} />);

    const region = screen.getByRole('region', { name: ROUTE });
    expect(within(region).queryByRole('link')).toBeNull();
    expect(region.textContent).toContain('Call your local emergency number.');
    expect(region.textContent).toContain('talk to a crisis line now.');
    expect(within(region).getByRole('button', { name: 'See helplines' })).toBeTruthy();
  });
});

describe('the danger-now route in a topic', () => {
  const index = topicIndexes.en ?? [];
  // One topic without selfHarm and one with it; the e2e suites open every risk topic in both browsers.
  const risky = ['controlling-behaviour', 'images-and-sextortion'].map((id) => {
    const topic = topics.find((entry) => entry.id === id);
    if (!topic?.risk) throw new Error(`${id} should be a risk topic`);
    return topic;
  });
  const titleOf = (id: string) => index.find((entry) => entry.id === id)?.title ?? id;
  const renderGuide = () => render(<Guide helplines={() => <h1>Helplines view</h1>} />);

  it.each(risky.map((topic) => [topic.id, topic] as const))(
    '%s opens with the route between its title and its text, complete from the first paint',
    async (_id, topic) => {
      await fakeBrowser.storage.local.set({ country: 'gb' });
      renderGuide();

      fireEvent.click(screen.getByRole('button', { name: titleOf(topic.id) }));

      // The text and the route arrive in one render: the moment the text shows, the route is there.
      const heading = await screen.findByRole('heading', { level: 1, name: titleOf(topic.id) });
      const article = heading.closest('article') as HTMLElement;
      await within(article).findByText(/^Checked against/);
      const region = within(article).getByRole('region', { name: ROUTE });
      expect(heading.nextElementSibling).toBe(region);
      expect(within(region).getByRole('link', { name: 'Call 999' })).toBeTruthy();
      expect(within(region).queryByText(/Samaritans/) !== null).toBe(topic.selfHarm === true);
    },
  );

  it('leads to the helplines view', async () => {
    renderGuide();
    fireEvent.click(screen.getByRole('button', { name: titleOf('controlling-behaviour') }));

    fireEvent.click(await screen.findByRole('button', { name: 'See helplines' }));

    expect(screen.getByRole('heading', { name: 'Helplines view' })).toBeTruthy();
  });

  it('is not on a topic without a risk', async () => {
    renderGuide();
    fireEvent.click(screen.getByRole('button', { name: titleOf('saying-no') }));

    await screen.findByRole('region', { name: 'Related topics' });
    await screen.findByText(/^Checked against/);

    expect(screen.queryByRole('region', { name: ROUTE })).toBeNull();
  });
});
