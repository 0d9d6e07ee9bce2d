import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/OptionsPage';
import { onLeaveMessage, primeDestination } from '@/components/quickExit';
import './style.css';

browser.runtime.onMessage.addListener(onLeaveMessage('page'));
void primeDestination();
render(<OptionsPage />, document.body);
