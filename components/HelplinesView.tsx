import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Helplines as HelplinesComponent } from './Helplines';

type HelplinesType = typeof HelplinesComponent;

let loading: Promise<HelplinesType> | undefined;
/** The directory's code and data load when the view first opens, keeping the popup's first view small. */
const loadHelplines = () => {
  loading ??= import('./Helplines').then((module) => module.Helplines);
  return loading;
};

/** The helplines view's frame: its heading (focused on open) and the directory. */
export function HelplinesView() {
  const heading = useRef<HTMLHeadingElement>(null);
  const [Directory, setDirectory] = useState<FunctionComponent<Parameters<HelplinesType>[0]> | undefined>();

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let current = true;
    void loadHelplines().then((component) => {
      if (current) setDirectory(() => component);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <section class="helplines-view" aria-labelledby="view-heading">
      <h1 id="view-heading" tabIndex={-1} ref={heading}>
        {i18n.t('talkToSomeone')}
      </h1>
      {Directory ? <Directory headingLevel={2} /> : <p class="muted">{i18n.t('topicLoading')}</p>}
    </section>
  );
}
