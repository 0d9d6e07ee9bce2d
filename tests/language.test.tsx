/**
 * The guide's language: the browser's by default (es-* → Spanish), the reader's choice once made,
 * taking effect at once on every open page; the only thing stored is the choice; a corrupt or
 * unknown stored value reads as no choice; the popup's static shell knows the choice before its
 * first paint from a synchronous copy.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { armEarlyExit } from '@/components/exit/earlyExit';
import { Settings } from '@/components/settings';
import { followLanguageChoice, speak } from '@/components/ui/followLanguage';
import { i18n } from '@/components/ui/i18n';
import { browserLanguage, currentLanguage } from '@/components/ui/language';
import { languageChoice } from '@/components/ui/languageChoice';
import { useLanguage } from '@/components/ui/useLanguage';
import { readMessages } from '@/content/messages';

const es = readMessages('content/locales', 'es');
const en = readMessages('content/locales', 'en');

const uiLanguage = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);

let stop: (() => void) | undefined;
beforeEach(() => localStorage.clear());
afterEach(async () => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  await speak('en');
});

describe('the default language', () => {
  it.each([
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['es', 'es'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['ja', 'en'],
  ])('a browser in %s → %s', (tag, expected) => {
    uiLanguage(tag);

    expect(browserLanguage()).toBe(expected);
  });
});

describe('the choice', () => {
  it('follows the browser until the reader chooses, and stores nothing by itself', async () => {
    uiLanguage('es-MX');
    stop = await followLanguageChoice();

    expect(i18n.t('quickExit')).toBe(es.quickExit);
    expect(currentLanguage()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(localStorage.length).toBe(0);
  });

  it('takes a stored choice over the browser’s language, and keeps a copy for the shell', async () => {
    uiLanguage('es-ES');
    await fakeBrowser.storage.local.set({ language: 'en' });
    stop = await followLanguageChoice();

    expect(i18n.t('quickExit')).toBe(en.quickExit);
    expect(localStorage.getItem('language')).toBe('en');
  });

  it.each([['it'], [42], [{ en: true }], ['']])('reads a corrupt stored value (%j) as no choice', async (raw) => {
    uiLanguage('es-ES');
    await fakeBrowser.storage.local.set({ language: raw });
    stop = await followLanguageChoice();

    expect(i18n.t('quickExit')).toBe(es.quickExit);
    expect(localStorage.getItem('language')).toBeNull();
  });

  it('refuses an unknown language and keeps the old choice', async () => {
    await languageChoice.set('es');

    expect(await languageChoice.set('xx' as string)).toBe(false);
    expect(await languageChoice.get()).toBe('es');
  });

  it('starts in the browser’s language when storage hangs', async () => {
    uiLanguage('es-ES');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(new Promise(() => undefined) as never);
    stop = await followLanguageChoice();

    expect(i18n.t('quickExit')).toBe(es.quickExit);
  });

  it('changes every open view at once when the choice changes', async () => {
    uiLanguage('en-GB');
    stop = await followLanguageChoice();
    function Label() {
      useLanguage();
      return <p>{i18n.t('settingsHeading')}</p>;
    }
    render(<Label />);
    screen.getByText(en.settingsHeading as string);

    await languageChoice.set('es');

    await screen.findByText(es.settingsHeading as string);
    expect(localStorage.getItem('language')).toBe('es');
  });

  it('is offered in Settings, each language named in itself', async () => {
    uiLanguage('en-GB');
    stop = await followLanguageChoice();
    render(<Settings />);
    const spanish = await screen.findByRole('radio', { name: 'Español' });

    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    expect(spanish.closest('label')?.querySelector('[lang]')?.getAttribute('lang')).toBe('es');
    fireEvent.click(spanish);

    await waitFor(async () => expect(await fakeBrowser.storage.local.get('language')).toEqual({ language: 'es' }));
  });
});

describe('the popup’s static shell', () => {
  const shell = () => {
    document.body.innerHTML =
      '<div class="quick-exit"><button type="button" class="quick-exit__button">Quick exit</button>' +
      '<p role="status"></p></div>';
    return document.querySelector('button') as HTMLButtonElement;
  };

  it('names its button in the chosen language before any storage read', () => {
    uiLanguage('en-GB');
    localStorage.setItem('language', 'es');
    const button = shell();

    armEarlyExit(document, vi.fn());

    expect(button.textContent).toBe(es.quickExit);
    expect(button.getAttribute('aria-label')).toBe(es.quickExitLabel);
    expect(document.documentElement.lang).toBe('es');
  });

  it('uses the browser’s language without a copy, or with a copy it does not know', () => {
    uiLanguage('es-AR');
    localStorage.setItem('language', 'klingon');
    const button = shell();

    armEarlyExit(document, vi.fn());

    expect(button.textContent).toBe(es.quickExit);
  });
});
