import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { privateWindowFailed, requestOpen } from './openTracked';

interface Props {
  href: string;
  /** The accessible name, when the visible text alone would be ambiguous in a list of links. */
  label?: string;
  children: ComponentChildren;
}

/**
 * A link to a web page that opens through the worker, in a tab (or private window) that quick
 * exit will send away too. It stays a real link, so assistive tech lists it and it can be copied.
 * When the private window the guide promised cannot open, nothing opens: the reader is told, and
 * chooses an ordinary tab (which stays in the history) or nothing.
 */
export function TrackedLink({ href, label, children }: Props) {
  // A double click would open two tabs: a second activation while the first is opening is ignored.
  const opening = useRef(false);
  const [failed, setFailed] = useState(false);
  const request = (ordinary: boolean) => {
    if (opening.current) return;
    opening.current = true;
    void requestOpen(href, ordinary)
      .then((answer) => setFailed(privateWindowFailed(answer)))
      .finally(() => {
        opening.current = false;
      });
  };
  const open = (event: MouseEvent) => {
    event.preventDefault();
    request(false);
  };
  return (
    <>
      <a
        href={href}
        aria-label={label}
        rel="noreferrer"
        onClick={open}
        onAuxClick={(event) => {
          // A middle click would open an untracked tab: route it through the worker too.
          if (event.button === 1) open(event);
        }}
      >
        {children}
      </a>
      {failed && (
        <span class="tracked-link__failed" role="alert">
          {i18n.t('privateWindowFailed')}{' '}
          <button type="button" class="link" onClick={() => request(true)}>
            {i18n.t('privateWindowFailedOpenTab')}
          </button>{' '}
          <button type="button" class="link" onClick={() => setFailed(false)}>
            {i18n.t('privateWindowFailedCancel')}
          </button>
        </span>
      )}
    </>
  );
}
