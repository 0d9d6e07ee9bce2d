import { formatMessage } from '@/components/ui/formatMessage';
import { shellStrings } from '@/components/ui/shellLanguage';
import { blankView } from './blankView';
import { listenForTripleShift } from './tripleShift';

/**
 * The popup's first frame is static HTML (entrypoints/popup/index.html), so the quick exit bar
 * paints before the app's code has loaded. These few lines make it work from that first frame:
 * the button and Shift×3 blank the view at once, then run the real exit routine, loaded on demand.
 * Returns the function that hands the button over to the app. The Shift×3 listener stays for the
 * popup's whole life, so presses made while the app starts are never split between two counters.
 */
export function armEarlyExit(doc: Document, exit: () => unknown): () => void {
  const button = doc.querySelector<HTMLButtonElement>('.quick-exit__button');
  const status = doc.querySelector<HTMLElement>('.quick-exit [role="status"]');
  const view = doc.defaultView;
  if (!button || !view) return () => undefined;

  // The shell's text is the English fallback; the reader's language replaces it before the first
  // paint: the one they chose (read from its synchronous copy), else the browser's.
  const { language, strings } = shellStrings();
  const text = (key: string, count?: number) => formatMessage(strings?.[key] ?? '', count);
  doc.documentElement.lang = language;
  button.textContent = text('quickExit');
  button.setAttribute('aria-label', text('quickExitLabel'));

  const leave = () => {
    blankView(doc);
    void exit();
  };
  const announce = (text: string) => {
    if (status) status.textContent = text;
  };
  button.addEventListener('click', leave);
  listenForTripleShift(view, {
    onProgress: (remaining) => announce(text('shiftCount', remaining)),
    onReset: () => announce(text('shiftCancelled')),
    onTrigger: leave,
  });
  return () => button.removeEventListener('click', leave);
}
