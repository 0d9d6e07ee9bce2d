import { useEffect, useState } from 'preact/hooks';

const MINUTE = 60_000;

/**
 * The computer's clock, read again at the start of every minute while the view is open, so that
 * "Open now" changes when a line opens or closes (at most a minute late, as timers may run late).
 * One timer, stopped when the view closes.
 */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const next = (at: number) => {
      // A timer that fires a little early sets another for the few milliseconds left.
      timer = setTimeout(tick, MINUTE - (at % MINUTE));
    };
    const tick = () => {
      const at = Date.now();
      setNow(at);
      next(at);
    };
    next(Date.now());
    return () => clearTimeout(timer);
  }, []);
  return now;
}
