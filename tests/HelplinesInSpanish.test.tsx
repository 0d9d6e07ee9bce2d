import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN } from '@/components/exit/messages';
import { countrySetting } from '@/components/helplines/country';
import { Helplines } from '@/components/helplines/Helplines';
import type { Helpline, HelplineCountry, LanguageOption } from '@/content/helplines/schema';
import { getMessage } from './setup';

/**
 * Help for Spanish speakers in the helplines view (issue 15, item 6): a line's options in another
 * language, and the country chosen from Spanish language preferences.
 */

const uiLanguage = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
const preferredLanguages = (tags: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);
/** The language the guide speaks (`messagesLanguage`), with the English messages otherwise. */
const guideLanguage = (tag: string) =>
  vi
    .spyOn(fakeBrowser.i18n, 'getMessage')
    .mockImplementation((name: string, substitutions?: string | (string | number)[]) =>
      name === 'messagesLanguage'
        ? tag
        : getMessage(name, typeof substitutions === 'string' ? substitutions : substitutions?.map(String)),
    );

beforeEach(() => {
  preferredLanguages([]);
});

const countrySelect = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Country' });

async function renderHelplines(props: Parameters<typeof Helplines>[0] = {}) {
  const view = render(<Helplines {...props} />);
  await screen.findByRole('combobox', { name: 'Country' });
  return view;
}

const card = (organisation: string) => {
  const article = screen.getByRole('heading', { name: organisation }).closest('article');
  if (!article) throw new Error(`no card for ${organisation}`);
  return article;
};

/** Whether `a` comes before `b` in the document. */
const comesBefore = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

const provenance = { source: 'https://example.org/source', checked: '2026-11-24', confidence: 'High' } as const;
const option = (extra: Partial<LanguageOption> = {}): LanguageOption => ({
  language: 'es',
  how: 'Ask for Spanish when you call.',
  ...provenance,
  ...extra,
});
const line = (id: string, extra: Partial<Helpline> = {}): Helpline => ({
  id,
  organisation: `Org ${id}`,
  helpsWith: 'Helps.',
  tags: ['sexual-violence'],
  phone: { display: '0800 000 000', tel: '+44800000000' },
  hours: '24 hours, every day',
  ...provenance,
  ...extra,
});
const country = (lines: Helpline[]): HelplineCountry => ({
  id: 'gb',
  emergency: [{ display: '999', tel: '999', label: 'Police', ...provenance }],
  lines,
});

describe('a line’s help in another language', () => {
  it('names the language, says what to do, and links each way in with the organisation and the language', async () => {
    await countrySetting.set('us');

    await renderHelplines();
    const lifeline = card('988 Suicide & Crisis Lifeline');

    expect(within(lifeline).getByText('In Spanish')).toBeTruthy();
    expect(within(lifeline).getByText(/^Call 988 and press 2 to talk with a counselor in Spanish\./)).toBeTruthy();
    expect(
      within(lifeline)
        .getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline, in Spanish' })
        .getAttribute('href'),
    ).toBe('tel:988');
    expect(
      within(lifeline)
        .getByRole('link', { name: 'Text AYUDA to 988, 988 Suicide & Crisis Lifeline, in Spanish' })
        .getAttribute('href'),
    ).toBe('sms:988?&body=AYUDA');
  });

  it('in English, comes after the line’s own details and links', async () => {
    await countrySetting.set('us');

    await renderHelplines();
    const lifeline = card('988 Suicide & Crisis Lifeline');

    const own = within(lifeline).getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline' });
    const hours = within(lifeline).getByText('Hours');
    const spanish = within(lifeline).getByText('In Spanish');
    expect(comesBefore(hours, spanish)).toBe(true);
    expect(comesBefore(own, spanish)).toBe(true);
  });

  it('when it is the reader’s language, comes first among the line’s details, named in that language', async () => {
    guideLanguage('es');
    await countrySetting.set('us');

    await renderHelplines();
    const lifeline = card('988 Suicide & Crisis Lifeline');

    // The other strings are English in this test: only the guide's language is Spanish.
    const spanish = within(lifeline).getByText('In español');
    expect(comesBefore(spanish, within(lifeline).getByText('Hours'))).toBe(true);
    expect(
      comesBefore(spanish, within(lifeline).getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline' })),
    ).toBe(true);
    expect(
      within(lifeline).getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline, in español' }),
    ).toBeTruthy();
  });

  it('opens its chat through the worker, like every other site', async () => {
    await countrySetting.set('us');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderHelplines();

    const chat = screen.getByRole('link', { name: 'Chat online with National Domestic Violence Hotline, in Spanish' });
    const notPrevented = fireEvent.click(chat);

    expect(notPrevented).toBe(false);
    expect(chat.getAttribute('href')).toBe('https://espanol.thehotline.org');
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: OPEN, url: 'https://espanol.thehotline.org' }));
  });

  it('keeps its own date, source and grade inside "About this entry"', async () => {
    await countrySetting.set('us');
    await renderHelplines();
    const lifeline = card('988 Suicide & Crisis Lifeline');

    const checked = within(lifeline).getByText('In Spanish: checked on 29 November 2026');
    const source = within(lifeline).getByRole('link', {
      name: 'Source for 988 Suicide & Crisis Lifeline, in Spanish: 988lifeline.org',
    });

    expect(checked.closest('details')).not.toBeNull();
    expect(source.closest('details')).toBe(checked.closest('details'));
  });

  it('shows an option with no links of its own as words only', async () => {
    await countrySetting.set('us');
    await renderHelplines();
    const rainn = card('RAINN');

    expect(within(rainn).getByText(/^RAINN also gives support in Spanish, by phone and by online chat/)).toBeTruthy();
    expect(within(rainn).queryAllByRole('link', { name: /in Spanish$/ })).toEqual([]);
  });

  it('hides an option we could not confirm until the checkbox is ticked, and counts it', async () => {
    uiLanguage('en-GB');
    const unsure = option({ confidence: 'Low', verify: 'Check it.', chat: 'https://example.org/es' });
    await renderHelplines({ countries: [country([line('with-option', { languageOptions: [unsure] })])] });
    expect(screen.queryByText('In Spanish')).toBeNull();
    expect(screen.getByText('1 entry is hidden because we could not confirm it.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show entries we could not confirm' }));

    const spanish = within(card('Org with-option')).getByText('In Spanish').closest('.helpline__language');
    expect(spanish && within(spanish as HTMLElement).getByText(/we could not confirm this entry/i)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Chat online with Org with-option, in Spanish' })).toBeTruthy();
  });

  it('names any language through the browser, so a third language is only data', async () => {
    uiLanguage('en-GB');

    await renderHelplines({
      countries: [country([line('two', { languageOptions: [option(), option({ language: 'pt-BR' })] })])],
    });

    expect(within(card('Org two')).getByText('In Spanish')).toBeTruthy();
    expect(within(card('Org two')).getByText('In Brazilian Portuguese')).toBeTruthy();
  });
});

describe('the country, for a reader whose browser speaks Spanish', () => {
  it.each([
    ['es-ES', 'es', 'España'],
    ['es-MX', 'mx', 'México'],
    ['es-US', 'us', 'Estados Unidos'],
    ['es-AR', 'ar', 'Argentina'],
    ['es-CO', 'co', 'Colombia'],
    ['es-CL', 'cl', 'Chile'],
  ])('%s → %s (%s)', async (tag, id, name) => {
    uiLanguage(tag);
    guideLanguage('es'); // a browser in Spanish: the guide speaks Spanish, and names countries in it

    await renderHelplines();

    expect(countrySelect().value).toBe(id);
    expect(screen.getByRole('option', { name, selected: true })).toBeTruthy();
    expect(screen.getByText(/chosen from your browser's language/i)).toBeTruthy();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it.each([
    ['es-419 alone', 'es-419', []],
    ['es-419, then es', 'es-419', ['es-419', 'es']],
  ] as const)('asks when the languages name no country (%s)', async (_name, tag, preferred) => {
    uiLanguage(tag);
    preferredLanguages([...preferred]);

    await renderHelplines();

    expect(countrySelect().value).toBe('');
    expect(screen.getByText(/choose the country you live in/i)).toBeTruthy();
  });

  it('takes a country from the preferred languages after es-419 (es-419, es-CO → Colombia)', async () => {
    uiLanguage('es-419');
    preferredLanguages(['es-419', 'es-CO']);

    await renderHelplines();

    expect(countrySelect().value).toBe('co');
  });
});
