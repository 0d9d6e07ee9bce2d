import { render } from 'preact';
import { browser } from 'wxt/browser';
import { watchAppearance } from '@/components/appearance';
import { OptionsPage } from '@/components/OptionsPage';
import { onLeaveMessage, primeDestination } from '@/components/quickExit';
import './style.css';

browser.runtime.onMessage.addListener(onLeaveMessage('page'));
void primeDestination();
watchAppearance(document);
render(<OptionsPage />, document.body);
