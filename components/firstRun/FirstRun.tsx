import { useEffect, useRef, useState } from 'preact/hooks';
import { exitDestination, pageName, privateWindowsAllowed, privateWindowsHow } from '@/components/exit';
import { introSeen, useSetting } from '@/components/settings';
import { i18n } from '@/components/ui/i18n';
import { useLoaded } from '@/components/ui/useLoaded';
import { CommandKey } from './CommandKey';
import { useExitShortcut } from './useExitShortcut';

/** How long the practice run shows the stand-in for the exit page. */
export const PRACTICE_MS = 3000;

interface Props {
  /** Called when the user dismisses the explainer (introSeen is already being stored). */
  onClose: () => void;
}

/**
 * The first-run explainer, inside the popup (no tab opens on install): the three ways to leave,
 * a practice run that leaves nothing, and what quick exit cannot hide (PRODUCT.md rule 5).
 */
export function FirstRun({ onClose }: Props) {
  const [destination] = useSetting(exitDestination);
  const [, setIntroSeen] = useSetting(introSeen);
  const shortcut = useExitShortcut();
  const privateWindows = useLoaded(privateWindowsAllowed, []);
  const [practising, setPractising] = useState(false);
  const practiceButton = useRef<HTMLButtonElement>(null);
  const practiceScreen = useRef<HTMLDivElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (!practising) {
      if (returning.current) practiceButton.current?.focus();
      returning.current = false;
      return;
    }
    returning.current = true;
    practiceScreen.current?.focus();
    const timer = setTimeout(() => setPractising(false), PRACTICE_MS);
    return () => clearTimeout(timer);
  }, [practising]);

  if (practising) {
    // A stand-in for the exit page: nothing navigates, nothing closes. The quick exit bar stays
    // above it, so the real thing is still one press away.
    return (
      // Focus alone announces it (a live region as well would read it twice).
      <section class="practice" ref={practiceScreen} tabIndex={-1} aria-labelledby="practice-heading">
        <h1 id="practice-heading" class="practice__heading">
          {i18n.t('firstRunPracticeHeading')}
        </h1>
        <p class="practice__what">{i18n.t('firstRunPracticeShown', [pageName(destination)])}</p>
        <p class="hint">{i18n.t('firstRunPracticeBack')}</p>
      </section>
    );
  }

  const dismiss = () => {
    void setIntroSeen(true);
    onClose();
  };

  return (
    <section class="first-run" aria-labelledby="first-run-heading">
      <h1 id="first-run-heading">{i18n.t('firstRunHeading')}</h1>
      <p>{i18n.t('firstRunIntro')}</p>
      <ul class="first-run__ways">
        <li>{i18n.t('firstRunButton')}</li>
        <li>{i18n.t('firstRunShift')}</li>
        {shortcut.loaded && (
          <li>
            {shortcut.key ? (
              <CommandKey shortcut={shortcut.key} />
            ) : shortcut.key === '' ? (
              i18n.t('firstRunNoCommand')
            ) : (
              i18n.t('firstRunCommandUnknown')
            )}
          </li>
        )}
      </ul>
      <p class="hint">{import.meta.env.FIREFOX ? i18n.t('firstRunChangeFirefox') : i18n.t('firstRunChangeChrome')}</p>
      <p>{i18n.t('firstRunDestination', [pageName(destination)])}</p>
      <p>
        <button ref={practiceButton} type="button" class="button" onClick={() => setPractising(true)}>
          {i18n.t('firstRunPractice')}
        </button>
      </p>
      <h2>{i18n.t('firstRunLimitsHeading')}</h2>
      <p>{i18n.t('firstRunLimitsIntro')}</p>
      <ul>
        <li>{i18n.t('firstRunLimitExtensions')}</li>
        <li>{i18n.t('firstRunLimitHistory')}</li>
        <li>
          {privateWindows
            ? i18n.t('firstRunLimitSitesPrivate')
            : privateWindows === false
              ? `${i18n.t('firstRunLimitSites')} ${privateWindowsHow()}`
              : i18n.t('firstRunLimitSites')}
        </li>
        <li>{i18n.t('firstRunLimitLeaveSite')}</li>
        <li>{i18n.t('firstRunLimitProfile')}</li>
        <li>{i18n.t('firstRunLimitShortcutPrivate')}</li>
        <li>{i18n.t('firstRunLimitSync')}</li>
        <li>{i18n.t('firstRunLimitCalls')}</li>
        <li>{i18n.t('firstRunLimitMonitoring')}</li>
      </ul>
      <button type="button" class="button button--primary" onClick={dismiss}>
        {i18n.t('firstRunDone')}
      </button>
    </section>
  );
}
