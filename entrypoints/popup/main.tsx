import { render } from 'preact';
import { browser } from 'wxt/browser';
import { watchAppearance } from '@/components/appearance';
import { Popup } from '@/components/Popup';
import { onLeaveMessage, primeDestination } from '@/components/quickExit';
import './style.css';

browser.runtime.onMessage.addListener(onLeaveMessage('popup'));
void primeDestination();
watchAppearance(document);
render(<Popup />, document.body);
