import { armEarlyExit } from '@/components/exit/earlyExit';
import { wakeWorker } from '@/components/exit/wakeWorker';
import './style.css';

// The static shell in index.html paints first; the app loads right after that first frame.
const handOver = armEarlyExit(document, () =>
  import('@/components/exit/routines').then((exit) => exit.exitFromPopup()),
);
// The worker is woken now, so that a watch the exit hands it is never lost (wakeWorker.ts).
wakeWorker();
requestAnimationFrame(() => setTimeout(() => void import('./app').then((app) => app.start(handOver))));
