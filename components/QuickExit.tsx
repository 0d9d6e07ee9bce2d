import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { listenForTripleShift } from './tripleShift';

interface Props {
  /** The exit routine for this kind of view (popup or page). */
  onExit: () => void;
}

/**
 * The quick exit control: first in the tab order, pinned to the top of every view, with a live
 * region that tells screen-reader users how many Shift presses remain.
 */
export function QuickExit({ onExit }: Props) {
  const [status, setStatus] = useState('');

  useEffect(
    () =>
      listenForTripleShift(window, {
        onProgress: (remaining) => setStatus(i18n.t('shiftCount', remaining)),
        onReset: () => setStatus(i18n.t('shiftCancelled')),
        onTrigger: onExit,
      }),
    [onExit],
  );

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
