import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { requestOpen } from './openTracked';

interface Props {
  href: string;
  /** The accessible name, when the visible text alone would be ambiguous in a list of links. */
  label?: string;
  children: ComponentChildren;
}

/**
 * A link to a web page that opens through the worker, in a tab (or private window) that quick
 * exit will send away too. It stays a real link, so assistive tech lists it and it can be copied.
 */
export function TrackedLink({ href, label, children }: Props) {
  // A double click would open two tabs: a second activation while the first is opening is ignored.
  const opening = useRef(false);
  const open = (event: MouseEvent) => {
    event.preventDefault();
    if (opening.current) return;
    opening.current = true;
    void requestOpen(href).finally(() => {
      opening.current = false;
    });
  };
  return (
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
  );
}
