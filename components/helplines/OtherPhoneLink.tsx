import { i18n } from '@/components/ui/i18n';
import type { OtherPhone } from '@/content/helplines/schema';
import { ActionLink } from './ActionLink';
import { telHref } from './helplineLinks';

/** A second number for the same line, named by what it is for. */
export function OtherPhoneLink({ org, phone }: { org: string; phone: OtherPhone }) {
  return (
    <ActionLink
      href={telHref(phone.tel)}
      org={org}
      text={i18n.t('helplinesCallOtherVisible', [phone.display, phone.label])}
    />
  );
}
