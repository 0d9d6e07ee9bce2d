import { useState } from 'preact/hooks';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { i18n } from '@/components/ui/i18n';
import { useSetting } from '@/components/ui/useSetting';
import { ClearEverything } from './ClearEverything';
import { DestinationField } from './DestinationField';
import { DisguisePicker } from './DisguisePicker';
import { LanguageField } from './LanguageField';
import { RegionField } from './RegionField';
import { textSize, theme } from './settings';

const textSizeOptions = () =>
  [
    { value: 'normal', label: i18n.t('textSizeNormal') },
    { value: 'large', label: i18n.t('textSizeLarge') },
    { value: 'larger', label: i18n.t('textSizeLarger') },
  ] as const;

const themeOptions = () =>
  [
    { value: 'system', label: i18n.t('themeSystem') },
    { value: 'light', label: i18n.t('themeLight') },
    { value: 'dark', label: i18n.t('themeDark') },
  ] as const;

/**
 * The settings form, for the options page: where quick exit goes, the toolbar disguise, the
 * helplines' country, text size, colours, and clearing everything. Every control stores its value
 * as soon as it changes (the custom exit page, when it is confirmed).
 */
export function Settings() {
  const [size, setSize] = useSetting(textSize);
  const [colours, setColours] = useSetting(theme);
  // Bumped after "Clear everything", so each field drops what it held in memory too.
  const [generation, setGeneration] = useState(0);

  return (
    <div class="settings">
      <div class="settings__fields" key={generation}>
        <LanguageField />
        <DestinationField />
        <DisguisePicker />
        <RegionField />
        <ChoiceGroup
          legend={i18n.t('textSizeLegend')}
          name="textSize"
          options={textSizeOptions()}
          value={size}
          onChange={(value) => void setSize(value)}
        />
        <ChoiceGroup
          legend={i18n.t('themeLegend')}
          name="theme"
          options={themeOptions()}
          value={colours}
          onChange={(value) => void setColours(value)}
        />
      </div>
      <ClearEverything onCleared={() => setGeneration((value) => value + 1)} />
    </div>
  );
}
