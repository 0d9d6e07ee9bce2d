/**
 * A third language needs no code (issue 27, item 2): once the build lists it (content/languages.ts,
 * tested in tests/languages.test.ts), the browser's language leads to it (it-IT, it-CH → it; and
 * fr-FR, fr-CA, fr-BE, fr-CH → fr, the real French), Settings offers it named in itself, the choice is stored and followed, and the
 * popup's shell speaks it. The language here is a fixture: `it` with marked stand-in strings, not
 * Italian text (French, once the fixture, now ships: tests/e2e/frenchSuite.ts).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Settings } from '@/components/settings';
import { followLanguageChoice, speak } from '@/components/ui/followLanguage';
import { i18n } from '@/components/ui/i18n';
import { browserLanguage, currentLanguage, LANGUAGES, shellStrings } from '@/components/ui/language';
import { languageChoice } from '@/components/ui/languageChoice';
import { useLanguage } from '@/components/ui/useLanguage';

const FIXTURE = vi.hoisted(() => ({
  quickExit: 'fixture-it quickExit',
  languageLegend: 'fixture-it languageLegend',
}));

vi.mock('virtual:languages', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:languages')>();
  return {
    LANGUAGES: [...real.LANGUAGES, 'it'],
    STANDALONE_STRINGS: {
      ...real.STANDALONE_STRINGS,
      it: { ...real.STANDALONE_STRINGS.es, quickExit: FIXTURE.quickExit },
    },
  };
});
vi.mock('virtual:languages/loaders', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:languages/loaders')>();
  const spanish = async () =>
    (await (real.loadMessagesModule.es as () => Promise<{ default: Record<string, string> }>)()).default;
  return {
    ...real,
    loadMessagesModule: {
      ...real.loadMessagesModule,
      it: async () => ({ default: { ...(await spanish()), ...FIXTURE, messagesLanguage: 'it' } }),
    },
  };
});

const uiLanguage = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);

let stop: (() => void) | undefined;
beforeEach(() => localStorage.clear());
afterEach(async () => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  await speak('en');
});

describe('a third language, listed by the build', () => {
  it('is one of the languages', () => {
    expect(LANGUAGES).toEqual(['en', 'es', 'fr', 'pt', 'it']);
  });

  it.each([
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['fr-BE', 'fr'],
    ['fr-CH', 'fr'],
    ['fr', 'fr'],
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['es-MX', 'es'],
    ['de-DE', 'en'],
  ])('a browser in %s → %s', (tag, expected) => {
    uiLanguage(tag);

    expect(browserLanguage()).toBe(expected);
  });

  it('is spoken when the browser speaks it, with its own strings and language tag', async () => {
    uiLanguage('it-CH');
    stop = await followLanguageChoice();

    expect(i18n.t('quickExit')).toBe(FIXTURE.quickExit);
    expect(currentLanguage()).toBe('it');
    expect(document.documentElement.lang).toBe('it');
  });

  it('is offered in Settings, named in itself, and the choice is stored', async () => {
    uiLanguage('en-GB');
    stop = await followLanguageChoice();
    // As the pages do: their root follows the language, so everything under it is read again.
    function Page() {
      useLanguage();
      return <Settings />;
    }
    render(<Page />);
    const italian = await screen.findByRole('radio', { name: 'Italiano' });

    expect(italian.closest('label')?.querySelector('[lang]')?.getAttribute('lang')).toBe('it');
    fireEvent.click(italian);

    await waitFor(async () => expect(await fakeBrowser.storage.local.get('language')).toEqual({ language: 'it' }));
    await screen.findByRole('group', { name: FIXTURE.languageLegend });
    expect(await languageChoice.get()).toBe('it');
  });

  it('names the popup shell’s button in it before any storage read', () => {
    uiLanguage('en-GB');
    localStorage.setItem('language', 'it');

    expect(shellStrings()).toMatchObject({ language: 'it', strings: { quickExit: FIXTURE.quickExit } });
  });
});
