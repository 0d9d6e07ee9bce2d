import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION, DESTINATION_PRESETS, MAX_DESTINATION_LENGTH } from '@/components/exit/destination';
import { exitDestination } from '@/components/exit/exitDestination';
import { trackTab } from '@/components/exit/trackedTabs';
import { countrySetting as country } from '@/components/helplines/country';
import { disguiseIcons } from '@/components/settings/disguise';
import { Settings } from '@/components/settings/Settings';
import { disguise, textSize, theme } from '@/components/settings/settings';
import { fakeToolbarIcon, toolbarTitle } from './settingsHelpers';

const stored = async () => ({
  ...(await fakeBrowser.storage.local.get(null)),
  ...(await fakeBrowser.storage.session.get(null)),
});

/** Renders the form and waits until every field shows what is stored. */
async function renderSettings() {
  const view = render(<Settings />);
  // The country names load with the helpline data, on first use (slow only the first time).
  await screen.findByRole('option', { name: 'United Kingdom' }, { timeout: 5000 });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return view;
}

const destinationGroup = () => screen.getByRole('group', { name: /where quick exit takes you/i });

async function typeCustom(text: string) {
  fireEvent.click(within(destinationGroup()).getByRole('radio', { name: /a page you choose/i }));
  const field = await screen.findByRole('textbox', { name: /web address/i });
  fireEvent.input(field, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: /use this page/i }));
  return field;
}

describe('Settings: where quick exit goes', () => {
  it('starts on the search preset', async () => {
    await renderSettings();

    expect(within(destinationGroup()).getByRole('radio', { name: /search engine/i })).toHaveProperty('checked', true);
  });

  it.each(DESTINATION_PRESETS.map((preset) => [preset.id, preset.url]))(
    'choosing the %s preset stores it at once',
    async (_, url) => {
      await exitDestination.set('https://somewhere.example.org/');
      await renderSettings();
      const name = url.replace('https://', '').replace(/\/$/, '');

      fireEvent.click(within(destinationGroup()).getByRole('radio', { name: new RegExp(name) }));

      await waitFor(async () => expect(await exitDestination.get()).toBe(url));
    },
  );

  it('stores a custom https: page and says so', async () => {
    await renderSettings();

    await typeCustom('https://www.example.com/recipes');

    expect(await screen.findByText(/quick exit now takes you to www\.example\.com\/recipes/i)).toBeDefined();
    expect(await exitDestination.get()).toBe('https://www.example.com/recipes');
  });

  it('shows a stored custom page in its field', async () => {
    await exitDestination.set('https://www.example.com/recipes');

    await renderSettings();

    expect(within(destinationGroup()).getByRole('radio', { name: /a page you choose/i })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /web address/i }).value).toBe(
      'https://www.example.com/recipes',
    );
  });

  it.each([
    ['javascript:alert(1)', /only web pages that start with https/i],
    ['data:text/html,<b>hi</b>', /only web pages that start with https/i],
    ['file:///etc/passwd', /only web pages that start with https/i],
    ['chrome://settings', /only web pages that start with https/i],
    ['about:config', /only web pages that start with https/i],
    ['http://www.example.com/', /only web pages that start with https/i],
    ['www.example.com', /not a full web address/i],
    ['https://localhost/', /name of a public website/i],
    ['https://2130706433/', /not a number address/i],
    ['https://x.localhost/', /leads to this computer or its local network/i],
    ['https://nas.home.arpa/', /leads to this computer or its local network/i],
    ['https://www.example.com:0/', /port 0/i],
    [`https://www.example.com/${'é'.repeat(1900)}`, /too long/i],
    ['https://user:secret@www.example.com/', /user name and password/i],
    ['   ', /type the address of a web page/i],
    [`https://www.example.com/${'a'.repeat(MAX_DESTINATION_LENGTH)}`, /too long/i],
  ])('refuses %j with an announced message and keeps the old page', async (input, message) => {
    await exitDestination.set('https://www.bbc.com/news');
    await renderSettings();

    const field = await typeCustom(input);

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(message));
    expect(alert.textContent).toMatch(/not saved\. quick exit still takes you to www\.bbc\.com\/news/i);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(await exitDestination.get()).toBe('https://www.bbc.com/news');
  });

  it('clears the error once a good page is saved', async () => {
    await renderSettings();
    await typeCustom('javascript:alert(1)');
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));

    await typeCustom('https://www.example.com/');

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(''));
    expect(screen.getByRole('textbox', { name: /web address/i }).getAttribute('aria-invalid')).toBeNull();
  });
});

describe('Settings: toolbar disguise', () => {
  const disguiseGroup = () => screen.getByRole('group', { name: /toolbar icon and name/i });

  it('offers the default look and at least four others', async () => {
    await renderSettings();

    const names = within(disguiseGroup())
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent);

    expect(names).toEqual(['Pocket Guide', 'Notes', 'Weather', 'Calculator', 'Calendar']);
  });

  it('says plainly that the name on the extensions page cannot change', async () => {
    await renderSettings();

    expect(within(disguiseGroup()).getByText(/extensions page always stays "Pocket Guide"/i)).toBeDefined();
  });

  it('applies a choice at once and stores it', async () => {
    const icon = fakeToolbarIcon();
    await renderSettings();

    fireEvent.click(within(disguiseGroup()).getByRole('radio', { name: 'Calculator' }));

    await waitFor(async () => expect(await toolbarTitle()).toBe('Calculator'));
    expect(icon.path).toEqual(disguiseIcons('calculator'));
    expect(await disguise.get()).toBe('calculator');
  });

  it('tells the user when the browser would not change the icon', async () => {
    Object.assign(fakeBrowser.action, { setIcon: async () => Promise.reject(new Error('No')) });
    await renderSettings();

    fireEvent.click(within(disguiseGroup()).getByRole('radio', { name: 'Notes' }));

    expect(await screen.findByText(/could not be changed just now/i)).toBeDefined();
    expect(await disguise.get()).toBe('notes');
  });
});

describe('Settings: country, text size, colours', () => {
  it('lists the countries by name, loaded from the helpline data', async () => {
    await renderSettings();

    const select = screen.getByRole('combobox', { name: /country for helplines/i });
    const names = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);

    expect(names[0]).toMatch(/browser's language/i);
    expect(names).toContain('United Kingdom');
    expect(names.at(-1)).toBe('Other countries');
  });

  it('stores a chosen country, and forgets it for "match my browser"', async () => {
    await renderSettings();
    const select = screen.getByRole('combobox', { name: /country for helplines/i });

    fireEvent.change(select, { target: { value: 'ie' } });
    await waitFor(async () => expect(await country.get()).toBe('ie'));
    fireEvent.change(select, { target: { value: '' } });

    await waitFor(async () => expect(await fakeBrowser.storage.local.get('country')).toEqual({}));
  });

  it('shows a stored country as selected', async () => {
    await country.set('nz');

    await renderSettings();

    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /country/i }).value).toBe('nz');
  });

  it.each([
    ['Text size', 'Larger', textSize, 'larger'],
    ['Text size', 'Large', textSize, 'large'],
    ['Colours', 'Dark', theme, 'dark'],
    ['Colours', 'Light', theme, 'light'],
  ] as const)('%s: choosing %s stores it', async (legend, label, setting, value) => {
    await renderSettings();

    fireEvent.click(within(screen.getByRole('group', { name: legend })).getByRole('radio', { name: label }));

    await waitFor(async () => expect(await setting.get()).toBe(value));
  });
});

describe('Settings: clear everything', () => {
  async function arrangeStored() {
    fakeToolbarIcon();
    await exitDestination.set('https://www.example.com/');
    await disguise.set('notes');
    await textSize.set('larger');
    await theme.set('dark');
    await country.set('gb');
    await trackTab(4);
    await trackTab(5);
    await fakeBrowser.action.setTitle({ title: 'Notes' });
  }

  it('asks first, inline, and Cancel keeps everything', async () => {
    await arrangeStored();
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await renderSettings();
    const before = await stored();

    fireEvent.click(screen.getByRole('button', { name: /clear everything/i }));
    const question = screen.getByRole('group', { name: /this cannot be undone/i });
    const cancel = within(question).getByRole('button', { name: 'Cancel' });
    const focusedOnAsk = document.activeElement;
    fireEvent.click(cancel);

    expect(confirm).not.toHaveBeenCalled();
    expect(focusedOnAsk).toBe(cancel);
    expect(await stored()).toEqual(before);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /clear everything/i })));
    vi.unstubAllGlobals();
  });

  it('after confirming, forgets every stored value and puts the toolbar back', async () => {
    await arrangeStored();
    await renderSettings();

    fireEvent.click(screen.getByRole('button', { name: /clear everything/i }));
    fireEvent.click(screen.getByRole('button', { name: /yes, clear everything/i }));

    expect(await screen.findByText('Everything is cleared.')).toBeDefined();
    // Every setting is gone; only the session's helpline tabs stay, for quick exit to send away.
    expect(await stored()).toEqual({ 'openedTab.4': true, 'openedTab.5': true });
    expect(await toolbarTitle()).toBe('Pocket Guide');
    expect(within(destinationGroup()).getByRole('radio', { name: /search engine/i })).toHaveProperty('checked', true);
    expect(await exitDestination.get()).toBe(DEFAULT_DESTINATION);
  });
});

describe('Settings: structure', () => {
  it('groups every set of choices in a fieldset with a legend', async () => {
    const { container } = await renderSettings();

    const fieldsets = [...container.querySelectorAll('fieldset')];

    expect(fieldsets.length).toBeGreaterThanOrEqual(4);
    for (const fieldset of fieldsets) expect(fieldset.querySelector(':scope > legend')?.textContent).toBeTruthy();
  });

  it('labels every control', async () => {
    const { container } = await renderSettings();

    for (const control of container.querySelectorAll('input, select')) {
      const label = control.closest('label') ?? container.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim(), control.outerHTML).toBeTruthy();
    }
  });
});
