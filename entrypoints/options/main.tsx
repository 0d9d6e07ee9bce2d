import { render } from 'preact';
import { browser } from 'wxt/browser';
import { onLeaveMessage, primeExit } from '@/components/exit/routines';
import { OptionsPage } from '@/components/pages/OptionsPage';
import { watchAppearance } from '@/components/settings/appearance';
import { reapplyDisguise } from '@/components/settings/disguise';
import { followLanguageChoice } from '@/components/ui/followLanguage';
import './style.css';

browser.runtime.onMessage.addListener(onLeaveMessage('page'));
void primeExit();
watchAppearance(document);
// The browser may have forgotten the toolbar's disguise (disabled and enabled again): put it back.
void reapplyDisguise();
void followLanguageChoice().then(() => render(<OptionsPage />, document.body));
