import { useEffect, useState } from 'preact/hooks';
import type { HelplineCountry } from '@/content/helplines/schema';

/** The directory: the prop when given, otherwise `virtual:helplines`, loaded when the view opens. */
export function useDirectory(given: HelplineCountry[] | undefined) {
  const [loaded, setLoaded] = useState<HelplineCountry[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (given) return;
    let live = true;
    import('virtual:helplines').then(
      (module) => live && setLoaded(module.default),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [given]);
  return { countries: given ?? loaded, failed: !given && failed };
}
