import { useId, useRef, useState } from 'preact/hooks';
import {
  checkDestination,
  DESTINATION_PRESETS,
  type DestinationPresetId,
  type DestinationProblem,
  exitDestination,
  MAX_DESTINATION_LENGTH,
  pageName,
} from '@/components/exit';
import { formatNumber } from '@/components/ui/format';
import { i18n } from '@/components/ui/i18n';
import { useSetting } from '@/components/ui/useSetting';

function presetLabel(id: DestinationPresetId, url: string): string {
  switch (id) {
    case 'search':
      return i18n.t('destinationSearch', [pageName(url)]);
    case 'weather':
      return i18n.t('destinationWeather', [pageName(url)]);
    case 'news':
      return i18n.t('destinationNews', [pageName(url)]);
  }
}

function problemMessage(problem: DestinationProblem): string {
  switch (problem) {
    case 'empty':
      return i18n.t('destinationProblemEmpty');
    case 'tooLong':
      return i18n.t('destinationProblemTooLong', [formatNumber(MAX_DESTINATION_LENGTH)]);
    case 'malformed':
      return i18n.t('destinationProblemMalformed');
    case 'notHttps':
      return i18n.t('destinationProblemNotHttps');
    case 'credentials':
      return i18n.t('destinationProblemCredentials');
    case 'ipAddress':
      return i18n.t('destinationProblemIpAddress');
    case 'hostName':
      return i18n.t('destinationProblemHostName');
    case 'localName':
      return i18n.t('destinationProblemLocalName');
    case 'port':
      return i18n.t('destinationProblemPort');
  }
}

type Choice = DestinationPresetId | 'custom';

/**
 * Where quick exit goes: a preset, applied at once, or the user's own https: page, applied when
 * they press "Use this page". Refused input gets an inline, announced error, and the stored
 * destination stays as it was.
 */
export function DestinationField() {
  const [destination, setDestination, loaded] = useSetting(exitDestination);
  const [customOpen, setCustomOpen] = useState(false);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<DestinationProblem | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const preset = DESTINATION_PRESETS.find((candidate) => candidate.url === destination);
  const choice: Choice = customOpen || (loaded && !preset) ? 'custom' : (preset?.id ?? 'search');
  const shownDraft = draft ?? (preset ? '' : destination);

  const choosePreset = (url: string) => {
    setCustomOpen(false);
    setDraft(undefined);
    setProblem(undefined);
    setSaved('');
    void setDestination(url);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = checkDestination(shownDraft);
    if (!check.ok) {
      setSaved('');
      setProblem(check.problem);
      input.current?.focus();
      return;
    }
    if (!(await setDestination(check.url))) return;
    setProblem(undefined);
    setDraft(undefined);
    setSaved(i18n.t('destinationSaved', [pageName(check.url)]));
  };

  return (
    <form noValidate onSubmit={submit}>
      <fieldset class="settings-group" aria-describedby={`${id}-hint`}>
        <legend>{i18n.t('destinationLegend')}</legend>
        <p class="hint" id={`${id}-hint`}>
          {i18n.t('destinationHint')}
        </p>
        <div class="choices">
          {DESTINATION_PRESETS.map((option) => (
            <label class="choice" key={option.id}>
              <input
                type="radio"
                name="destination"
                value={option.id}
                checked={choice === option.id}
                onChange={() => choosePreset(option.url)}
              />
              <span>{presetLabel(option.id, option.url)}</span>
            </label>
          ))}
          <label class="choice">
            <input
              type="radio"
              name="destination"
              value="custom"
              checked={choice === 'custom'}
              onChange={() => {
                setSaved('');
                setCustomOpen(true);
              }}
            />
            <span>{i18n.t('destinationCustom')}</span>
          </label>
          {choice === 'custom' && (
            <div class="choice__more">
              <label class="label" for={`${id}-url`}>
                {i18n.t('destinationCustomLabel')}
              </label>
              <p class="hint" id={`${id}-url-hint`}>
                {i18n.t('destinationCustomHint')}
              </p>
              <p class="field-error" id={`${id}-error`} role="alert">
                {problem && `${problemMessage(problem)} ${i18n.t('destinationKept', [pageName(destination)])}`}
              </p>
              <div class="inline-form">
                <input
                  ref={input}
                  id={`${id}-url`}
                  class="text-input"
                  type="url"
                  inputMode="url"
                  autocomplete="off"
                  spellcheck={false}
                  aria-describedby={`${id}-url-hint ${id}-error`}
                  aria-invalid={problem ? true : undefined}
                  value={shownDraft}
                  onInput={(event) => setDraft(event.currentTarget.value)}
                />
                <button type="submit" class="button">
                  {i18n.t('destinationSave')}
                </button>
              </div>
            </div>
          )}
        </div>
        <p class="settings-status" role="status">
          {saved}
        </p>
      </fieldset>
    </form>
  );
}
