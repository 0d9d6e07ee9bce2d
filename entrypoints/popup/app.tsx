import { render } from 'preact';
import { browser } from 'wxt/browser';
import { leaveIfExitMissed } from '@/components/exit/missedExit';
import { leavePopup, onLeaveMessage, primeActiveTab, primeExit } from '@/components/exit/routines';
import { Popup } from '@/components/pages/Popup';
import { watchAppearance } from '@/components/settings/appearance';
import { reapplyDisguise } from '@/components/settings/disguise';
import { followLanguageChoice } from '@/components/ui/followLanguage';

/** The popup app: takes over the static shell's quick exit bar and renders the guide in the reader's language. */
export async function start(handOver: () => void): Promise<void> {
  browser.runtime.onMessage.addListener(onLeaveMessage('popup'));
  // Opened while an exit ran (a tab still loading then): it leaves before the app shows anything.
  const missed = leaveIfExitMissed((to) => leavePopup(to));
  void primeExit();
  void primeActiveTab();
  watchAppearance(document);
  // The browser may have forgotten the toolbar's disguise (disabled and enabled again): put it back.
  void reapplyDisguise();
  const [left] = await Promise.all([missed, followLanguageChoice()]);
  if (left) return;
  handOver();
  // A reader who reached the shell's quick exit button by keyboard keeps focus on it across the
  // hand-over: rendering replaces the shell's elements with the app's own.
  const hadFocus = document.activeElement?.classList.contains('quick-exit__button') === true;
  render(<Popup />, document.body);
  if (hadFocus) document.querySelector<HTMLElement>('.quick-exit__button')?.focus();
}
