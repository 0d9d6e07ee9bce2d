import { useState } from 'preact/hooks';
import { exitFromPage, QuickExit } from '@/components/exit';
import { Guide } from '@/components/guide';
import { HelplinesView } from '@/components/helplines';
import { Settings } from '@/components/settings';
import { i18n } from '@/components/ui/i18n';
import { useLanguage } from '@/components/ui/useLanguage';

const leave = () => exitFromPage();

type Section = 'guide' | 'settings';

/**
 * The options page: the guide in a wider reading layout, and the settings. Switching sections
 * happens in memory: the page's URL and title never change.
 */
export function OptionsPage() {
  // Every string below is read again when the reader chooses another language.
  useLanguage();
  const [section, setSection] = useState<Section>('guide');
  const tab = (id: Section, label: string) => (
    <button type="button" class="section-nav__item" aria-pressed={section === id} onClick={() => setSection(id)}>
      {label}
    </button>
  );

  return (
    <>
      <QuickExit onExit={leave} />
      <nav class="section-nav" aria-label={i18n.t('guideNav')}>
        {tab('guide', i18n.t('guideHeading'))}
        {tab('settings', i18n.t('settingsHeading'))}
      </nav>
      <main class="view view--wide">
        {section === 'guide' ? (
          <Guide helplines={() => <HelplinesView />} />
        ) : (
          <section aria-labelledby="settings-heading">
            <h1 id="settings-heading">{i18n.t('settingsHeading')}</h1>
            <Settings />
          </section>
        )}
      </main>
    </>
  );
}
