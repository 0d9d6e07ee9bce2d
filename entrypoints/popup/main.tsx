import { armEarlyExit } from '@/components/exit/earlyExit';
import './style.css';

// The static shell in index.html paints first; the app loads right after that first frame.
const handOver = armEarlyExit(document, () =>
  import('@/components/exit/routines').then((exit) => exit.exitFromPopup()),
);
requestAnimationFrame(() => setTimeout(() => void import('./app').then((app) => app.start(handOver))));
