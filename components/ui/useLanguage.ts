import { useEffect, useState } from 'preact/hooks';
import { activeLanguage, onLanguageChange } from './language';

/**
 * This page's language, re-rendering the component when the reader chooses another. Views that
 * load text (topics, search, helplines) key what they load on it; the pages' roots use it so every
 * string under them is read again in the new language.
 */
export function useLanguage(): string {
  const [language, setLanguage] = useState(activeLanguage);
  useEffect(() => onLanguageChange(setLanguage), []);
  return language;
}
