import { i18n } from '@/components/ui/i18n';

/**
 * How the reader can let the guide open sites in a private window, in the words of the browser it
 * runs in, and what that switch shows to anyone who looks. The build says which browser that is:
 * the Firefox build installs only in Firefox, the other only in Chromium-based browsers.
 */
export const privateWindowsHow = (): string =>
  import.meta.env.FIREFOX ? i18n.t('privateWindowsHowFirefox') : i18n.t('privateWindowsHowChrome');
