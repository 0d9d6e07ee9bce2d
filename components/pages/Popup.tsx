import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exitFromPopup, QuickExit } from '@/components/exit';
import { FirstRun } from '@/components/firstRun';
import { Guide } from '@/components/guide';
import { HelplinesView } from '@/components/helplines';
import { introSeen, useSetting } from '@/components/settings';
import { i18n } from '@/components/ui/i18n';
import { useLanguage } from '@/components/ui/useLanguage';

const leave = () => exitFromPopup();

/**
 * The toolbar popup: the reading room (safety rule 1). The first time it opens, it explains
 * quick exit and its limits; after that it opens on the guide's home view.
 */
export function Popup() {
  // Every string below is read again when the reader chooses another language.
  useLanguage();
  const [seen, setSeen, loaded] = useSetting(introSeen);
  const [reopened, setReopened] = useState(false);
  const showIntro = (loaded && !seen) || reopened;
  /** Where focus lands when the explainer closes: back on the link that reopened it, else the heading. */
  const focusAfterIntro = useRef<string | undefined>(undefined);
  const closeIntro = () => {
    focusAfterIntro.current = reopened ? 'reopen-intro' : 'view-heading';
    setReopened(false);
    void setSeen(true);
  };

  useEffect(() => {
    if (showIntro || !focusAfterIntro.current) return;
    document.getElementById(focusAfterIntro.current)?.focus();
    focusAfterIntro.current = undefined;
  }, [showIntro]);

  return (
    <>
      {/* Shift×3 is counted by the static shell's listener (earlyExit.ts), armed before this renders. */}
      <QuickExit onExit={leave} tripleShift={false} />
      <main class="view">
        {showIntro ? (
          <FirstRun onClose={closeIntro} />
        ) : (
          <Guide
            helplines={() => <HelplinesView />}
            homeFooter={
              <p class="home__footer">
                <button type="button" id="reopen-intro" class="link" onClick={() => setReopened(true)}>
                  {i18n.t('firstRunReopen')}
                </button>
                <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                  {i18n.t('openSettings')}
                </button>
              </p>
            }
          />
        )}
      </main>
    </>
  );
}
