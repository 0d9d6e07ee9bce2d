import { i18n } from '@/components/ui/i18n';

/** The sentence naming the key, with the key itself marked up as a key. */
export function CommandKey({ shortcut }: { shortcut: string }) {
  const marker = '\u0001';
  const [before = '', after = ''] = i18n.t('firstRunCommand', [marker]).split(marker);
  return (
    <>
      {before}
      <kbd>{shortcut}</kbd>
      {after}
    </>
  );
}
