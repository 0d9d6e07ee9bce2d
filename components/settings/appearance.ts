import { useEffect } from 'preact/hooks';
import { type Setting, textSize, theme } from './settings';

/**
 * Keeps `data-theme` and `data-text-size` on the root element in step with the settings
 * (tokens.css styles them), in this view and as soon as another view changes them.
 * Race-safe like useSetting: watch first, then read, and ignore a read that a change overtook.
 * Returns the function that stops watching.
 */
export function watchAppearance(doc: Document = document): () => void {
  const root = doc.documentElement;
  const unwatch = [
    follow(theme, (value) => root.setAttribute('data-theme', value)),
    follow(textSize, (value) => root.setAttribute('data-text-size', value)),
  ];
  return () => {
    for (const stop of unwatch) stop();
  };
}

/** The hook form, for a component that owns a whole view (the popup, the options page). */
export function useAppearance(): void {
  useEffect(() => watchAppearance(document), []);
}

function follow<T>(setting: Setting<T>, apply: (value: T) => void): () => void {
  let live = true;
  let changed = false;
  const unwatch = setting.watch((value) => {
    changed = true;
    if (live) apply(value);
  });
  void setting.get().then((value) => {
    if (live && !changed) apply(value);
  });
  return () => {
    live = false;
    unwatch();
  };
}
