import { useId, useState } from 'preact/hooks';
import { i18n } from '@/components/ui/i18n';
import { useSetting } from '@/components/ui/useSetting';
import { applyDisguise, DISGUISES, type Disguise, disguiseTitle, iconPath } from './disguise';
import { disguise } from './settings';

/** The toolbar button's icon and tooltip, from a few neutral presets, applied at once. */
export function DisguisePicker() {
  const [current, setCurrent] = useSetting(disguise);
  const [failed, setFailed] = useState(false);
  const id = useId();

  const choose = async (preset: Disguise) => {
    if (!(await setCurrent(preset))) return;
    try {
      await applyDisguise(preset);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <fieldset class="settings-group" aria-describedby={`${id}-hint ${id}-limit`}>
      <legend>{i18n.t('disguiseLegend')}</legend>
      <p class="hint" id={`${id}-hint`}>
        {i18n.t('disguiseHint')}
      </p>
      <p class="note" id={`${id}-limit`}>
        {i18n.t('disguiseLimit')}
      </p>
      <div class="choices choices--icons">
        {DISGUISES.map((preset) => (
          <label class="choice" key={preset}>
            <input
              type="radio"
              name="disguise"
              value={preset}
              checked={current === preset}
              onChange={() => void choose(preset)}
            />
            <img class="choice__icon" src={iconPath(preset, 32)} alt="" width={24} height={24} />
            <span>{disguiseTitle(preset)}</span>
          </label>
        ))}
      </div>
      <p class="settings-status" role="status">
        {failed ? i18n.t('disguiseFailed') : ''}
      </p>
    </fieldset>
  );
}
