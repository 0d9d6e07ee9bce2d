import { render } from 'preact';
import { browser } from 'wxt/browser';
import { onLeaveMessage, primeActiveTab, primeExit } from '@/components/exit/routines';
import { Popup } from '@/components/pages/Popup';
import { watchAppearance } from '@/components/settings/appearance';

/** The popup app: takes over the static shell's quick exit bar and renders the guide. */
export function start(handOver: () => void): void {
  browser.runtime.onMessage.addListener(onLeaveMessage('popup'));
  void primeExit();
  void primeActiveTab();
  watchAppearance(document);
  handOver();
  render(<Popup />, document.body);
}
