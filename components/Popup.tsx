import { i18n } from '#i18n';
import { QuickExit } from './QuickExit';
import { exitFromPopup } from './quickExit';

const leave = () => exitFromPopup();

/** The toolbar popup: the reading room (safety rule 1). */
export function Popup() {
  return (
    <>
      <QuickExit onExit={leave} />
      <main class="view" aria-labelledby="view-heading">
        <h1 id="view-heading">{i18n.t('homeHeading')}</h1>
        <section aria-labelledby="guide-heading">
          <h2 id="guide-heading">{i18n.t('guideHeading')}</h2>
        </section>
        <section aria-labelledby="helplines-heading">
          <h2 id="helplines-heading">{i18n.t('helplinesHeading')}</h2>
        </section>
      </main>
    </>
  );
}
