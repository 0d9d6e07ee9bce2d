import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyDisguise,
  DISGUISES,
  disguiseIcons,
  disguiseTitle,
  ICON_SIZES,
  reapplyDisguise,
} from '@/components/settings/disguise';
import { disguise } from '@/components/settings/settings';
import { readMessages } from '@/content/messages';
import { revealingWord } from '@/content/revealing';
import { fakeToolbarIcon, toolbarTitle } from './settingsHelpers';

const ROOT = join(import.meta.dirname, '..');

describe('disguise presets', () => {
  it('offers at least four looks besides the default', () => {
    expect(DISGUISES[0]).toBe('guide');
    expect(DISGUISES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(DISGUISES)('%s has an icon file for every size', (preset) => {
    const paths = Object.values(disguiseIcons(preset));

    expect(paths).toHaveLength(ICON_SIZES.length);
    for (const path of paths) expect(existsSync(join(ROOT, 'public', path)), path).toBe(true);
  });

  it.each(DISGUISES)('%s has a neutral, non-empty title', (preset) => {
    const title = disguiseTitle(preset);

    expect(title.trim()).not.toBe('');
    // PRODUCT.md safety rule 2: the tooltip is shown outside the popup.
    expect(revealingWord(title)).toBeUndefined();
  });

  it('the default look is the extension itself', () => {
    expect(disguiseTitle('guide')).toBe('Pocket Guide');
  });
});

describe('applyDisguise', () => {
  it.each(DISGUISES)('shows the %s icon and title on the toolbar button', async (preset) => {
    const icon = fakeToolbarIcon();

    await applyDisguise(preset);

    expect(icon.path).toEqual({
      16: `/disguise/${preset}/16.png`,
      32: `/disguise/${preset}/32.png`,
      48: `/disguise/${preset}/48.png`,
      128: `/disguise/${preset}/128.png`,
    });
    expect(await toolbarTitle()).toBe(disguiseTitle(preset));
  });

  it('still sets the title when the icon fails, then reports the failure', async () => {
    Object.assign(fakeBrowser.action, {
      setIcon: () => {
        throw new Error('Could not load icon');
      },
    });

    await expect(applyDisguise('notes')).rejects.toThrow('Could not load icon');
    expect(await toolbarTitle()).toBe('Notes');
  });

  it("uses Firefox's browserAction where there is no action API (the MV2 build)", async () => {
    const { action } = fakeBrowser;
    const calls: unknown[] = [];
    const browserAction = {
      setIcon: async (details: unknown) => void calls.push(details),
      setTitle: async (details: unknown) => void calls.push(details),
    };
    Object.assign(fakeBrowser, { action: undefined, browserAction });
    try {
      await applyDisguise('calendar');
    } finally {
      Object.assign(fakeBrowser, { action, browserAction: undefined });
    }

    expect(calls).toEqual([{ path: disguiseIcons('calendar') }, { title: 'Calendar' }]);
  });
});

describe('reapplyDisguise', () => {
  it('applies the stored choice', async () => {
    const icon = fakeToolbarIcon();
    await disguise.set('weather');

    await reapplyDisguise();

    expect(icon.path).toEqual(disguiseIcons('weather'));
    expect(await toolbarTitle()).toBe('Weather');
  });

  it('names it in the reader’s chosen language, which the worker reads from storage', async () => {
    fakeToolbarIcon();
    await disguise.set('weather');
    await fakeBrowser.storage.local.set({ language: 'es' });

    await reapplyDisguise();

    expect(await toolbarTitle()).toBe(readMessages('content/locales', 'es').disguiseWeather);
  });

  it('names it in the browser’s language when the reader chose none', async () => {
    fakeToolbarIcon();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-MX');
    await disguise.set('notes');

    await reapplyDisguise();

    expect(await toolbarTitle()).toBe(readMessages('content/locales', 'es').disguiseNotes);
  });

  it('applies the default look when storage holds garbage', async () => {
    const icon = fakeToolbarIcon();
    await fakeBrowser.storage.local.set({ disguise: '../../secret' });

    await reapplyDisguise();

    expect(icon.path).toEqual(disguiseIcons('guide'));
    expect(await toolbarTitle()).toBe('Pocket Guide');
  });

  it('never throws, even when the browser refuses', async () => {
    Object.assign(fakeBrowser.action, {
      setIcon: async () => Promise.reject(new Error('No')),
    });

    await expect(reapplyDisguise()).resolves.toBeUndefined();
  });
});
