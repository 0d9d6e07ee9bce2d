import { currentLanguage } from '@/components/ui/language';

/**
 * A language's name in the reader's language ("Spanish"; "español" when the guide speaks Spanish),
 * from the browser's own list (Intl.DisplayNames), so the data holds no names and a new language
 * needs none. A tag the browser cannot name is shown as it is.
 */
export function languageName(tag: string, uiLanguage = currentLanguage()): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether a language is the one the guide speaks to the reader in: es-US and es are both Spanish. */
export function isReadersLanguage(tag: string, uiLanguage = currentLanguage()): boolean {
  const primary = (value: string) => value.split(/[-_]/)[0]?.toLowerCase();
  return primary(tag) === primary(uiLanguage);
}
