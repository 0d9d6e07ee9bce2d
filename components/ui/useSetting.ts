import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Setting } from '@/components/ui/defineSetting';

/**
 * `[value, set, loaded]` for one stored setting: the one way UI binds to storage.
 *
 * - `value` is the setting's fallback until the first read arrives (`loaded` says when it has),
 *   then always a valid value: garbage in storage reads as the fallback.
 * - It watches first, then reads, and drops a read that a newer value overtook (a change from
 *   another view, or a `set` here), so a slow read never shows a stale value.
 * - `set(value)` shows the value at once and stores it; it resolves false, changing nothing, when
 *   the value does not validate or the write fails. Setting the fallback removes the stored value,
 *   so a setting at its default leaves nothing behind.
 * - It stops watching on unmount.
 */
export function useSetting<T>(setting: Setting<T>): [value: T, set: (value: T) => Promise<boolean>, loaded: boolean] {
  const [state, setState] = useState({ setting, value: setting.fallback, loaded: false });
  /** Counts values newer than the pending read; the read only lands if none arrived. */
  const newer = useRef(0);
  const mounted = useRef(true);

  useEffect(() => {
    let live = true;
    mounted.current = true;
    const show = (value: T) => {
      if (live) setState({ setting, value, loaded: true });
    };
    const unwatch = setting.watch((value) => {
      newer.current += 1;
      show(value);
    });
    const before = newer.current;
    void setting.get().then((value) => {
      if (newer.current === before) show(value);
    });
    return () => {
      live = false;
      mounted.current = false;
      unwatch();
    };
  }, [setting]);

  const set = useCallback(
    async (value: T): Promise<boolean> => {
      const isFallback = Object.is(value, setting.fallback);
      const parsed = isFallback ? value : setting.parse(value);
      if (parsed === undefined) return false;
      newer.current += 1;
      setState({ setting, value: parsed, loaded: true });
      try {
        if (isFallback) await setting.reset();
        else if (!(await setting.set(parsed))) throw new Error('refused');
        return true;
      } catch {
        // The write failed: show what is really stored.
        const stored = await setting.get();
        newer.current += 1;
        if (mounted.current) setState({ setting, value: stored, loaded: true });
        return false;
      }
    },
    [setting],
  );

  // A different setting passed to the same component starts from its own fallback.
  if (state.setting !== setting) return [setting.fallback, set, false];
  return [state.value, set, state.loaded];
}
