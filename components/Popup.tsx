import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { FirstRun } from './FirstRun';
import { Guide } from './Guide';
import { HelplinesView } from './HelplinesView';
import { QuickExit } from './QuickExit';
import { exitFromPopup } from './quickExit';
import { introSeen } from './settings';
import { useSetting } from './useSetting';

const leave = () => exitFromPopup();

/**
 * The toolbar popup: the reading room (safety rule 1). The first time it opens, it explains
 * quick exit and its limits; after that it opens on the guide's home view.
 */
export function Popup() {
  const [seen, setSeen, loaded] = useSetting(introSeen);
  const [reopened, setReopened] = useState(false);
  const showIntro = (loaded && !seen) || reopened;
  const closeIntro = () => {
    setReopened(false);
    void setSeen(true);
  };

  return (
    <>
      <QuickExit onExit={leave} />
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
              </p>
            }
          />
        )}
      </main>
    </>
  );
}
