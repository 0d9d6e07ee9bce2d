import { render } from 'preact';
import { browser } from 'wxt/browser';
import { leaveIfExitMissed } from '@/components/exit/missedExit';
import { onLeaveMessage, primeExit } from '@/components/exit/routines';
import { OptionsPage } from '@/components/pages/OptionsPage';
import { watchAppearance } from '@/components/settings/appearance';
import { reapplyDisguise } from '@/components/settings/disguise';
import { followLanguageChoice } from '@/components/ui/followLanguage';
import './style.css';

browser.runtime.onMessage.addListener(onLeaveMessage('page'));
// A tab that was still loading when an exit ran leaves before it shows anything (missedExit.ts).
const missed = leaveIfExitMissed((to) => location.replace(to));
void primeExit();
watchAppearance(document);
// The browser may have forgotten the toolbar's disguise (disabled and enabled again): put it back.
void reapplyDisguise();
void Promise.all([missed, followLanguageChoice()]).then(([left]) => {
  if (!left) render(<OptionsPage />, document.body);
});
