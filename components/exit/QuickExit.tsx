import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { listenForTripleShift } from './tripleShift';

interface Props {
  /** The exit routine for this kind of view (popup or page). */
  onExit: () => void;
  /**
   * Listen for Shift×3 here (default). The popup says no: its static shell's listener
   * (earlyExit.ts) already counts, from the first frame on, and writes to this same status line.
   */
  tripleShift?: boolean;
}

/**
 * The quick exit control: first in the tab order, pinned to the top of every view, with a live
 * region that tells screen-reader users how many Shift presses remain.
 */
export function QuickExit({ onExit, tripleShift = true }: Props) {
  // In the popup the app takes over the shell's status line: keep what the shell last said there
  // (a Shift pressed while the app mounted), or the mount would wipe it before it is read out.
  const [status, setStatus] = useState(() =>
    tripleShift ? '' : (document.querySelector('.quick-exit [role="status"]')?.textContent ?? ''),
  );

  useEffect(() => {
    if (!tripleShift) return;
    return listenForTripleShift(window, {
      onProgress: (remaining) => setStatus(i18n.t('shiftCount', remaining)),
      onReset: () => setStatus(i18n.t('shiftCancelled')),
      onTrigger: onExit,
    });
  }, [onExit, tripleShift]);

  return (
    <div class="quick-exit">
      <button type="button" class="quick-exit__button" aria-label={i18n.t('quickExitLabel')} onClick={onExit}>
        {i18n.t('quickExit')}
      </button>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
