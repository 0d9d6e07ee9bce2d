import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '@/components/ui/useLanguage';
import type { HelplineCountry } from '@/content/helplines/schema';
import { loadDirectory } from './directory';

/** The directory: the prop when given, otherwise the one in this page's language, loaded when the view opens. */
export function useDirectory(given: HelplineCountry[] | undefined) {
  const language = useLanguage();
  const [loaded, setLoaded] = useState<HelplineCountry[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (given) return;
    let live = true;
    loadDirectory(language).then(
      (countries) => live && setLoaded(countries),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [given, language]);
  return { countries: given ?? loaded, failed: !given && failed };
}
