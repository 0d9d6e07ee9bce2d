import { i18n } from '@/components/ui/i18n';
import type { TextLine } from '@/content/helplines/schema';
import { ActionLink } from './ActionLink';
import { smsHref } from './helplineLinks';

/** A text link, with the keyword when the service asks for one. */
export function TextLink({ org, text }: { org: string; text: TextLine }) {
  const { display, keyword } = text;
  return (
    <ActionLink
      href={smsHref(text)}
      org={org}
      text={
        keyword ? i18n.t('helplinesTextKeywordVisible', [keyword, display]) : i18n.t('helplinesTextVisible', [display])
      }
    />
  );
}
