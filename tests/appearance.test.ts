import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchAppearance } from '@/components/settings/appearance';
import { textSize, theme } from '@/components/settings/settings';

const root = () => document.documentElement;
const attributes = () => ({ theme: root().dataset.theme, textSize: root().dataset.textSize });

describe('watchAppearance', () => {
  it('puts the stored theme and text size on the root element', async () => {
    await theme.set('dark');
    await textSize.set('larger');

    const stop = watchAppearance(document);

    await vi.waitFor(() => expect(attributes()).toEqual({ theme: 'dark', textSize: 'larger' }));
    stop();
  });

  it('uses the defaults when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ theme: ['dark'], textSize: 9000 });

    const stop = watchAppearance(document);

    await vi.waitFor(() => expect(attributes()).toEqual({ theme: 'system', textSize: 'normal' }));
    stop();
  });

  it('follows a change made in another view', async () => {
    const stop = watchAppearance(document);
    await vi.waitFor(() => expect(attributes().theme).toBe('system'));

    await theme.set('light');

    expect(attributes().theme).toBe('light');
    stop();
  });

  it('ignores a slow first read that a change overtook', async () => {
    await theme.set('light');
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const read = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const snapshot = await read(keys);
      await gate;
      return snapshot;
    });
    const stop = watchAppearance(document);

    await theme.set('dark');
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(attributes().theme).toBe('dark');
    stop();
  });

  it('stops following once stopped', async () => {
    const stop = watchAppearance(document);
    await vi.waitFor(() => expect(attributes().textSize).toBe('normal'));

    stop();
    await textSize.set('large');

    expect(attributes().textSize).toBe('normal');
  });
});
