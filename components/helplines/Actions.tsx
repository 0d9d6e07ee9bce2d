import type { ComponentChildren } from 'preact';
import { TrackedLink } from '@/components/exit';
import { i18n } from '@/components/ui/i18n';
import type { Helpline } from '@/content/helplines/schema';
import { ActionLink } from './ActionLink';
import { telHref, whatsappHref } from './helplineLinks';
import { OtherPhoneLink } from './OtherPhoneLink';
import { TextLink } from './TextLink';

/** The ways to get in touch that a line, or one of its language options, can have. */
export type Contact = Pick<Helpline, 'phone' | 'otherPhones' | 'textLine' | 'whatsapp' | 'chat' | 'website'>;

/**
 * Every way to get in touch, each a real link whose accessible name says which organisation (`org`:
 * the organisation, or the organisation and a language).
 */
export function Actions({ contact: line, org }: { contact: Contact; org: string }) {
  const actions: [key: string, link: ComponentChildren][] = [];
  if (line.phone) {
    const { display, tel } = line.phone;
    actions.push([
      `call-${tel}`,
      <ActionLink href={telHref(tel)} org={org} text={i18n.t('helplinesCallVisible', [display])} />,
    ]);
  }
  for (const other of line.otherPhones ?? []) {
    actions.push([`call-${other.tel}`, <OtherPhoneLink org={org} phone={other} />]);
  }
  if (line.textLine) actions.push(['text', <TextLink org={org} text={line.textLine} />]);
  if (line.whatsapp) {
    const { display } = line.whatsapp;
    actions.push([
      'whatsapp',
      <ActionLink href={whatsappHref(line.whatsapp)} org={org} text={i18n.t('helplinesWhatsappVisible', [display])} />,
    ]);
  }
  if (line.chat) {
    actions.push([
      'chat',
      <TrackedLink href={line.chat} label={i18n.t('helplinesChatName', [org])}>
        {i18n.t('helplinesChatVisible')}
      </TrackedLink>,
    ]);
  }
  if (line.website) {
    actions.push([
      'website',
      <TrackedLink href={line.website} label={i18n.t('helplinesWebsiteName', [org])}>
        {i18n.t('helplinesWebsiteVisible')}
      </TrackedLink>,
    ]);
  }
  if (actions.length === 0) return null;
  return (
    <ul class="helpline__actions">
      {actions.map(([key, link]) => (
        <li key={key}>{link}</li>
      ))}
    </ul>
  );
}
