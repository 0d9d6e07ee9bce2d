import { i18n } from '@/components/ui/i18n';
import type { LanguageOption } from '@/content/helplines/schema';
import { Actions } from './Actions';
import { isUnconfirmed } from './helplineLinks';
import { languageName } from './languageNames';

/**
 * A line's help in other languages: each option named by its language (in the reader's language),
 * what to do, and its own links, named with the organisation and the language ("Call 988, 988
 * Suicide & Crisis Lifeline, in Spanish") so a list of links still says which is which.
 */
export function LanguageOptions({ options, org }: { options: readonly LanguageOption[]; org: string }) {
  if (options.length === 0) return null;
  return (
    <div class="helpline__languages">
      {options.map((option) => {
        const name = languageName(option.language);
        return (
          <div key={option.language} class="helpline__language">
            <p class="helpline__language-name">{i18n.t('helplinesLanguageOption', [name])}</p>
            {isUnconfirmed(option) && <p class="helpline__unconfirmed">{i18n.t('helplinesUnconfirmed')}</p>}
            <p class="helpline__language-how">{option.how}</p>
            <Actions contact={option} org={i18n.t('helplinesOptionOrg', [org, name])} />
          </div>
        );
      })}
    </div>
  );
}
