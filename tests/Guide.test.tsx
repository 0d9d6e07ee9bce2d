import topicIndexes from 'virtual:guide/index';
import topicBodies from 'virtual:guide/topics/en';

const topicIndex = topicIndexes.en ?? [];

import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Blocks } from '@/components/guide/Blocks';
import { Guide } from '@/components/guide/Guide';
import type { Block } from '@/content/topics/blocks';

const helplines = () => <h1>Helplines view</h1>;
const renderGuide = () => render(<Guide helplines={helplines} />);
const openTopic = (title: string) => fireEvent.click(screen.getByRole('button', { name: title }));

describe('home', () => {
  it('lists every topic under its group heading, with its summary', () => {
    renderGuide();

    for (const topic of topicIndex) {
      const button = screen.getByRole('button', { name: topic.title });
      expect(button.getAttribute('aria-describedby')).toBeTruthy();
      expect(screen.getByText(topic.summary)).toBeTruthy();
    }
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'When something is wrong',
      'Consent basics',
      'Talking about limits',
      'When talks get hard',
      'Getting support',
      'Using this guide',
    ]);
  });

  it('offers "After something happened" beside "Talk to someone", before search and the topics', () => {
    renderGuide();

    const talk = screen.getByRole('button', { name: /talk to someone/i });
    const crisis = screen.getByRole('button', { name: /^After something happened\b.+/ });
    const search = screen.getByRole('searchbox', { name: 'Search the guide' });

    expect(crisis.parentElement).toBe(talk.parentElement);
    expect(talk.compareDocumentPosition(crisis) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(crisis.compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens "After something happened" in one tap, and Back returns to that button', async () => {
    renderGuide();
    const crisis = screen.getByRole('button', { name: /^After something happened\b.+/ });

    fireEvent.click(crisis);

    await screen.findByRole('heading', { level: 1, name: 'After something happened' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: /^After something happened\b.+/ })),
    );
  });

  it('shows "When something is wrong" first after the crisis route, with the topics about abuse and danger', () => {
    renderGuide();

    const crisis = screen.getByRole('button', { name: /^After something happened\b.+/ });
    const group = screen.getByRole('region', { name: 'When something is wrong' });
    const groups = screen.getAllByRole('region');
    expect(groups[0]).toBe(group);
    expect(crisis.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const inGroup = [
      'controlling-behaviour',
      'images-and-sextortion',
      'pressure-and-coercion',
      'noticing-a-problem',
      'spiking',
      'choking-and-strangulation',
      'harassment-and-assault',
      'stalking-and-dating-abuse',
      'forced-marriage',
    ];
    const titles = inGroup.map((id) => topicIndex.find((topic) => topic.id === id)?.title);
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(titles);
    const hard = screen.getByRole('region', { name: 'When talks get hard' });
    for (const title of titles) expect(within(hard).queryByRole('button', { name: title })).toBeNull();
  });

  it('lists "After something happened" first in its group', () => {
    renderGuide();

    const group = screen.getByRole('region', { name: 'Getting support' });
    expect(within(group).getAllByRole('button')[0]?.textContent).toBe('After something happened');
  });

  it('offers "Talk to someone" before the topics', () => {
    renderGuide();

    const talk = screen.getByRole('button', { name: /talk to someone/i });
    const firstTopic = screen.getByRole('button', { name: topicIndex[0]?.title });

    expect(talk.compareDocumentPosition(firstTopic) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('a topic', () => {
  it('opens with its title focused, shows its text and related topics, and Back returns focus', async () => {
    renderGuide();

    openTopic('Saying no and changing your mind');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Saying no and changing your mind' });
    await screen.findByText(/^Things you could say/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const related = screen.getByRole('region', { name: 'Related topics' });
    expect(within(related).getAllByRole('button').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));

    await waitFor(() => expect(document.activeElement?.textContent).toBe('Saying no and changing your mind'));
  });

  it('ends with where its facts were checked, and opens a source through the worker so quick exit can track it', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    renderGuide();
    openTopic('After something happened');
    // The topic's own line, not a country fact's (which also says "Checked against … · reviewed").
    const line = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('p.topic__sources');
      if (!found) throw new Error('no sources line yet');
      return found;
    });
    expect(line.textContent).toMatch(/^Checked against/);
    const first = topicBodies.find((topic) => topic.id === 'after-something-happened')?.sources[0] ?? '';

    expect(line.textContent).toMatch(/· reviewed [A-Z][a-z]+ \d{4}$/);
    const source = within(line).getByRole('link', { name: new URL(first).hostname.replace(/^www\./, '') });
    expect(source.getAttribute('href')).toBe(first);
    fireEvent.click(source);

    expect(send).toHaveBeenCalledWith(expect.objectContaining({ url: first }));
  });

  // Every topic has sources now (the build requires them); this one showed none before.
  it('ends every topic with its sources, here one that had none before they became required', async () => {
    renderGuide();

    openTopic('Safewords and check-in signals');
    const line = await screen.findByText(/^Checked against/);

    expect(line.textContent).toMatch(/· reviewed [A-Z][a-z]+ \d{4}$/);
    expect(within(line).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('follows a link to another topic and to the helplines, without changing the URL', async () => {
    const url = location.href;
    renderGuide();
    openTopic('Saying no and changing your mind');
    await screen.findByText(/^Things you could say/);

    fireEvent.click(screen.getByRole('button', { name: 'What consent is' }));
    await screen.findByRole('heading', { level: 1, name: 'What consent is' });
    fireEvent.click(screen.getAllByRole('button', { name: /talk to someone/i })[0] as HTMLElement);

    expect(screen.getByRole('heading', { name: 'Helplines view' })).toBeTruthy();
    expect(location.href).toBe(url);
  });
});

describe('search', () => {
  it.each([
    ['concent', 'What consent is'],
    ['drunk', 'Alcohol and drugs'],
    ['photos', 'Consent online and on your phone'],
    ['going slow', 'Wanting to go slowly'],
    ['grooming', 'Young people and consent'],
    ['coercive control', 'Controlling behaviour'],
    ['sextortion', 'Images, sexting and sextortion'],
    ['trans', 'LGBTQ+ relationships'],
    ['carer', 'Disability and consent'],
    ['safeword', 'Safewords and check-in signals'],
    ['drink spiked', 'Spiking and drugs used to assault'],
  ])('"%s" finds "%s", with the matching words shown', async (query, title) => {
    renderGuide();

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the guide' }), { target: { value: query } });

    const result = await screen.findByRole('button', { name: title });
    expect(result.closest('li')?.querySelector('mark')?.textContent).toBeTruthy();
  });

  it('says so plainly when nothing matches, and offers the helplines', async () => {
    renderGuide();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'xyzzyqq' } });

    const results = await screen.findByRole('region', { name: 'No results' });
    expect(within(results).getByRole('button', { name: /talk to someone/i })).toBeTruthy();
  });

  it('never stores what was typed', async () => {
    renderGuide();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'pressure' } });
    await screen.findByRole('button', { name: 'Pressure and coercion' });

    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('Blocks', () => {
  it('renders every kind of block with native elements', () => {
    const blocks: Block[] = [
      { t: 'h2', id: 'a', c: [{ t: 'text', v: 'Heading' }] },
      {
        t: 'p',
        c: [
          { t: 'strong', c: [{ t: 'text', v: 'Bold' }] },
          { t: 'em', c: [{ t: 'text', v: 'soft' }] },
        ],
      },
      { t: 'ol', items: [[{ t: 'text', v: 'one' }], [{ t: 'text', v: 'two' }]] },
      { t: 'say', a: 'partner', items: [[{ t: 'text', v: '"Is this okay?"' }]] },
      { t: 'say', a: 'friend', items: [[{ t: 'text', v: '"Are you okay?"' }]] },
      { t: 'say', a: 'helper', items: [[{ t: 'text', v: '"I need help."' }]] },
      { t: 'important', blocks: [{ t: 'p', c: [{ t: 'helplines', c: [{ t: 'text', v: 'Get help' }] }] }] },
    ];
    const { container } = render(<Blocks blocks={blocks} onTopic={() => undefined} onHelplines={() => undefined} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Heading' })).toBeTruthy();
    expect(container.querySelector('strong')?.textContent).toBe('Bold');
    expect(container.querySelector('em')?.textContent).toBe('soft');
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    expect(screen.getByText('Things you could say to the other person').closest('figure')?.textContent).toContain(
      'Is this okay?',
    );
    expect(screen.getByText('Things you could say to a friend').closest('figure')?.textContent).toContain('Are you');
    expect(screen.getByText('Things you could say to someone who can help').closest('figure')?.textContent).toContain(
      'I need help.',
    );
    expect(screen.getByRole('note').textContent).toContain('Important');
    expect(screen.getByRole('button', { name: 'Get help' })).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/<script|href="#/);
  });
});

describe('search and the helplines', () => {
  it('shows helplines of the reader’s country only', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    renderGuide();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'rape crisis' } });

    const results = await screen.findByRole('region', { name: /results/ });
    const kinds = within(results)
      .getAllByText(/^Helpline in /)
      .map((element) => element.textContent);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Helpline in United Kingdom']));
  });
});
