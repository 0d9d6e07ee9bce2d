import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

/** The helplines view's frame: its heading (focused on open) and the directory. */
export function HelplinesView() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="helplines-view" aria-labelledby="view-heading">
      <h1 id="view-heading" tabIndex={-1} ref={heading}>
        {i18n.t('talkToSomeone')}
      </h1>
    </section>
  );
}
