import { i18n } from '#i18n';
import { QuickExit } from './QuickExit';
import { exitFromPage } from './quickExit';

const leave = () => exitFromPage();

/** The options page: settings, and the guide in a wider layout. Its title never changes. */
export function OptionsPage() {
  return (
    <>
      <QuickExit onExit={leave} />
      <main class="view view--wide" aria-labelledby="view-heading">
        <h1 id="view-heading">{i18n.t('optionsHeading')}</h1>
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">{i18n.t('settingsHeading')}</h2>
        </section>
      </main>
    </>
  );
}
