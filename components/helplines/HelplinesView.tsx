import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { useLoaded } from '@/components/ui/useLoaded';

/** The directory's code and data load when the view first opens, keeping the popup's first view small. */
const loadHelplines = () => import('./Helplines').then((module) => module.Helplines);

/** The helplines view's frame: its heading (focused on open) and the directory. */
export function HelplinesView() {
  const heading = useRef<HTMLHeadingElement>(null);
  const Directory = useLoaded(loadHelplines, []);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section class="helplines-view" aria-labelledby="view-heading">
      <h1 id="view-heading" tabIndex={-1} ref={heading}>
        {i18n.t('talkToSomeone')}
      </h1>
      {Directory ? <Directory headingLevel={2} /> : <p class="muted">{i18n.t('topicLoading')}</p>}
    </section>
  );
}
