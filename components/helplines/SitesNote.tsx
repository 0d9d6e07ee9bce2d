import { privateWindowsAllowed, privateWindowsHow } from '@/components/exit';
import { i18n } from '@/components/ui/i18n';
import { useLoaded } from '@/components/ui/useLoaded';

/**
 * Where the sites opened from here end up: in the guide's private window, or, until the reader
 * allows that, in the browser's history, with how to allow it (said once, here and in the first run).
 */
export function SitesNote() {
  const allowed = useLoaded(privateWindowsAllowed, []);
  if (allowed === undefined) return null;
  return (
    <p class="helplines__records">
      {allowed ? i18n.t('helplinesSitesPrivate') : `${i18n.t('helplinesSitesHistory')} ${privateWindowsHow()}`}
    </p>
  );
}
