import { type Inputs, useEffect, useState } from 'preact/hooks';

/**
 * The value `load` resolves to, or undefined until it has. A load overtaken by newer `inputs`
 * (or by unmounting) is dropped, so a slow answer never replaces a newer one.
 */
export function useLoaded<T>(load: () => Promise<T>, inputs: Inputs): T | undefined {
  // Boxed, so a loaded function (a component) is stored as a value, not called as an updater.
  const [loaded, setLoaded] = useState<{ value: T } | undefined>();
  useEffect(() => {
    let current = true;
    void load().then((value) => {
      if (current) setLoaded({ value });
    });
    return () => {
      current = false;
    };
  }, inputs); // the caller names what `load` depends on
  return loaded?.value;
}
