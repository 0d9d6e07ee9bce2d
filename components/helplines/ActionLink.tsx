import { TrackedLink } from '@/components/exit';
import { i18n } from '@/components/ui/i18n';

/**
 * A call, text or WhatsApp link. Its accessible name starts with the words on screen (so voice
 * control finds it by what it shows) and ends with the organisation (so a list of links makes
 * sense on its own): "Call 0808 2000 247, Refuge".
 */
export function ActionLink({ href, org, text }: { href: string; org: string; text: string }) {
  const label = i18n.t('helplinesActionName', [text, org]);
  if (href.startsWith('https:')) {
    return (
      <TrackedLink href={href} label={label}>
        {text}
      </TrackedLink>
    );
  }
  return (
    <a href={href} aria-label={label}>
      {text}
    </a>
  );
}
