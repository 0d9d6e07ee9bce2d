import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { languageName } from '@/components/ui/format';
import { i18n } from '@/components/ui/i18n';
import { browserLanguage, LANGUAGES } from '@/components/ui/language';
import { languageChoice } from '@/components/ui/languageChoice';
import { useSetting } from '@/components/ui/useSetting';

/**
 * The guide's language, whatever the browser's (a shared computer's browser may be in another).
 * Until the reader chooses, the browser's language is shown as chosen; only a choice is stored.
 * Each language is named in itself, so a reader who cannot read the current one still finds theirs.
 */
export function LanguageField() {
  const [choice, setChoice] = useSetting(languageChoice);
  const options = LANGUAGES.map((language) => ({ value: language, label: languageName(language), lang: language }));

  return (
    <ChoiceGroup
      legend={i18n.t('languageLegend')}
      name="language"
      options={options}
      value={choice ?? browserLanguage()}
      onChange={(value) => void setChoice(value)}
      note={i18n.t('languageLimit')}
    />
  );
}
