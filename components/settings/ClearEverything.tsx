import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { isExitKey } from '@/components/exit';
import { i18n } from '@/components/ui/i18n';
import { applyDisguise } from './disguise';
import { clearEverything } from './settings';

interface Props {
  /** Called once everything is cleared, so the form can start afresh. */
  onCleared?: () => void;
}

type Step = 'idle' | 'confirm' | 'working';

/**
 * Forgets every stored value and puts the toolbar button back to its own look, after an inline
 * confirmation (no `window.confirm`: it blocks, and it looks like the browser, not like us).
 */
export function ClearEverything({ onCleared }: Props) {
  const [step, setStep] = useState<Step>('idle');
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const safeChoice = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the next render: the safe choice in the question, or back to the opener. */
  const focusNext = useRef<'question' | 'opener' | undefined>(undefined);
  const id = useId();

  useEffect(() => {
    const target = focusNext.current === 'question' ? safeChoice.current : opener.current;
    if (focusNext.current) target?.focus();
    focusNext.current = undefined;
  });

  const ask = () => {
    setStatus('');
    focusNext.current = 'question';
    setStep('confirm');
  };
  const cancel = () => {
    focusNext.current = 'opener';
    setStep('idle');
  };
  const clear = async () => {
    setStep('working');
    let ok = true;
    try {
      await clearEverything(isExitKey);
    } catch {
      ok = false;
    }
    // The stored disguise is gone; the button shows the extension's own look again.
    await applyDisguise('guide').catch(() => undefined);
    focusNext.current = 'opener';
    setStep('idle');
    setStatus(ok ? i18n.t('clearDone') : i18n.t('clearFailed'));
    if (ok) onCleared?.();
  };

  return (
    <section class="settings-group settings-group--danger" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{i18n.t('clearHeading')}</h2>
      <p class="hint">{i18n.t('clearHint')}</p>
      {step === 'idle' ? (
        <button ref={opener} type="button" class="button button--danger" onClick={ask}>
          {i18n.t('clearButton')}
        </button>
      ) : (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape' && step === 'confirm') cancel();
          }}
        >
          <legend>{i18n.t('clearConfirm')}</legend>
          <div class="buttons">
            <button type="button" class="button button--danger" disabled={step === 'working'} onClick={clear}>
              {i18n.t('clearConfirmYes')}
            </button>
            <button ref={safeChoice} type="button" class="button" disabled={step === 'working'} onClick={cancel}>
              {i18n.t('clearCancel')}
            </button>
          </div>
        </fieldset>
      )}
      <p class="settings-status" role="status">
        {status}
      </p>
    </section>
  );
}
