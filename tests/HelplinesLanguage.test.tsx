/**
 * Issue 27, item 3: country names follow the language the reader CHOSE in Settings, not the
 * browser's (a reader who chose Spanish in an English browser gets Spanish names, sorted as
 * Spanish sorts them), and change at once when the reader chooses another.
 */
import { act, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countrySetting } from '@/components/helplines/country';
import { Helplines } from '@/components/helplines/Helplines';
import { speak } from '@/components/ui/followLanguage';
import { readMessages } from '@/content/messages';

const es = readMessages('content/locales', 'es');
const en = readMessages('content/locales', 'en');

const uiLanguage = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);

afterEach(async () => {
  await speak('en');
});

async function countryPicker(label: string) {
  render(<Helplines />);
  return screen.findByRole<HTMLSelectElement>('combobox', { name: label });
}

const selectedName = (select: HTMLSelectElement) => select.selectedOptions[0]?.text;
const names = (select: HTMLSelectElement) =>
  [...select.options].filter((option) => option.value).map((option) => option.text);

describe('country names in the chosen language', () => {
  it('an English browser (en-GB), Spanish chosen: Spanish names, sorted as Spanish sorts them', async () => {
    uiLanguage('en-GB');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    await speak('es');

    const picker = await countryPicker(es.helplinesCountryLabel as string);

    expect(picker.value).toBe('gb');
    expect(selectedName(picker)).toBe('Reino Unido');
    const listed = names(picker);
    expect(listed).toContain('Alemania');
    expect(listed).not.toContain('Germany');
    expect(listed.indexOf('Islandia')).toBeLessThan(listed.indexOf('Japón'));
  });

  it('a Spanish browser (es-MX), English chosen: English names', async () => {
    uiLanguage('es-MX');
    await speak('en');
    await countrySetting.set('mx');

    const picker = await countryPicker(en.helplinesCountryLabel as string);

    expect(selectedName(picker)).toBe('Mexico');
    expect(within(picker).queryByRole('option', { name: 'México' })).toBeNull();
  });

  it('renames the countries at once when the reader chooses another language', async () => {
    uiLanguage('en-US');
    await countrySetting.set('de');
    await speak('en');
    const picker = await countryPicker(en.helplinesCountryLabel as string);
    expect(selectedName(picker)).toBe('Germany');

    await act(() => speak('es'));

    expect(
      selectedName(await screen.findByRole<HTMLSelectElement>('combobox', { name: es.helplinesCountryLabel })),
    ).toBe('Alemania');
  });
});
