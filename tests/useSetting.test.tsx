import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countrySetting as country } from '@/components/helplines/country';
import { textSize } from '@/components/settings/settings';
import { useSetting } from '@/components/ui/useSetting';

/** A read that waits until the test lets it go, returning what storage held when it started. */
function holdNextRead() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const read = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
    const snapshot = await read(keys);
    await gate;
    return snapshot;
  });
  return () => release();
}

describe('useSetting', () => {
  it('shows the fallback until the stored value arrives, then the stored value', async () => {
    await textSize.set('large');

    const { result } = renderHook(() => useSetting(textSize));
    const first = result.current;
    await waitFor(() => expect(result.current[2]).toBe(true));

    expect(first[0]).toBe('normal');
    expect(first[2]).toBe(false);
    expect(result.current[0]).toBe('large');
  });

  it('shows the fallback, never the garbage, when storage holds garbage', async () => {
    await fakeBrowser.storage.local.set({ textSize: { huge: true } });

    const { result } = renderHook(() => useSetting(textSize));
    await waitFor(() => expect(result.current[2]).toBe(true));

    expect(result.current[0]).toBe('normal');
  });

  it('follows changes made by another view', async () => {
    const { result } = renderHook(() => useSetting(textSize));
    await waitFor(() => expect(result.current[2]).toBe(true));

    await act(() => fakeBrowser.storage.local.set({ textSize: 'larger' }));

    expect(result.current[0]).toBe('larger');
  });

  it('ignores a slow first read that a newer value overtook', async () => {
    await textSize.set('large');
    const release = holdNextRead();
    const { result } = renderHook(() => useSetting(textSize));

    await act(() => fakeBrowser.storage.local.set({ textSize: 'larger' }));
    release();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));

    expect(result.current[0]).toBe('larger');
  });

  it('ignores a slow first read that its own set overtook', async () => {
    const release = holdNextRead();
    const { result } = renderHook(() => useSetting(textSize));

    await act(async () => void (await result.current[1]('large')));
    release();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));

    expect(result.current[0]).toBe('large');
  });

  it('set shows the value at once and stores it', async () => {
    const { result } = renderHook(() => useSetting(textSize));
    await waitFor(() => expect(result.current[2]).toBe(true));

    let stored: Promise<boolean> = Promise.resolve(false);
    act(() => {
      stored = result.current[1]('larger');
    });
    const shownBeforeTheWrite = result.current[0];

    expect(shownBeforeTheWrite).toBe('larger');
    expect(await stored).toBe(true);
    expect(await fakeBrowser.storage.local.get('textSize')).toEqual({ textSize: 'larger' });
  });

  it('set refuses an invalid value, changing nothing', async () => {
    await textSize.set('large');
    const { result } = renderHook(() => useSetting(textSize));
    await waitFor(() => expect(result.current[2]).toBe(true));

    let accepted: boolean | undefined;
    await act(async () => {
      accepted = await result.current[1]('gigantic' as never);
    });

    expect(accepted).toBe(false);
    expect(result.current[0]).toBe('large');
    expect(await fakeBrowser.storage.local.get('textSize')).toEqual({ textSize: 'large' });
  });

  it('setting the fallback removes the stored value', async () => {
    await country.set('gb');
    const { result } = renderHook(() => useSetting(country));
    await waitFor(() => expect(result.current[0]).toBe('gb'));

    await act(async () => void (await result.current[1](null)));

    expect(result.current[0]).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('shows what is really stored when a write fails', async () => {
    await textSize.set('large');
    const { result } = renderHook(() => useSetting(textSize));
    await waitFor(() => expect(result.current[0]).toBe('large'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

    let accepted: boolean | undefined;
    await act(async () => {
      accepted = await result.current[1]('larger');
    });

    expect(accepted).toBe(false);
    expect(result.current[0]).toBe('large');
  });

  it('stops watching on unmount', async () => {
    const stop = vi.fn();
    const watch = textSize.watch;
    vi.spyOn(textSize, 'watch').mockImplementation((callback) => {
      const unwatch = watch(callback);
      return () => {
        stop();
        unwatch();
      };
    });
    const { result, unmount } = renderHook(() => useSetting(textSize));
    await waitFor(() => expect(result.current[2]).toBe(true));

    unmount();
    // Preact runs an unmounted component's effect cleanups on its next tick.
    await waitFor(() => expect(stop).toHaveBeenCalledOnce());
    await fakeBrowser.storage.local.set({ textSize: 'larger' });

    expect(result.current[0]).toBe('normal');
  });
});
