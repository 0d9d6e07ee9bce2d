import { render } from 'preact';
import { browser } from 'wxt/browser';
import { watchAppearance } from '@/components/appearance';
import { OptionsPage } from '@/components/OptionsPage';
import { onLeaveMessage, primeExit } from '@/components/exit/quickExit';
import './style.css';

browser.runtime.onMessage.addListener(onLeaveMessage('page'));
void primeExit();
watchAppearance(document);
render(<OptionsPage />, document.body);
