/**
 * Shift pressed three times, each within 5 s of the last, triggers quick exit (GOV.UK's
 * "Exit this page" pattern). A Shift used as a modifier (Shift+A) resets the count, and so does
 * any other key: only deliberate, bare Shift presses count.
 */
export const PRESSES = 3;
export const WINDOW_MS = 5000;

export interface TripleShiftEvents {
  /** After each counted press that does not yet trigger: presses still needed. */
  onProgress(remaining: number): void;
  /** When a started count is dropped (timeout or another key). */
  onReset(): void;
  onTrigger(): void;
}

export interface KeyLike {
  key: string;
}

export function createTripleShift(events: TripleShiftEvents, now: () => number = () => performance.now()) {
  let count = 0;
  let last = 0;
  let shiftDown = false;
  let usedAsModifier = false;

  const reset = () => {
    if (count > 0) events.onReset();
    count = 0;
  };

  return {
    /** Drops a count that has waited too long (the listener calls this on a timer). */
    expire() {
      if (count > 0 && now() - last >= WINDOW_MS) reset();
    },
    keydown(event: KeyLike) {
      if (event.key === 'Shift') {
        if (!shiftDown) usedAsModifier = false;
        shiftDown = true;
        return;
      }
      if (shiftDown) usedAsModifier = true;
      reset();
    },
    keyup(event: KeyLike) {
      if (event.key !== 'Shift') return;
      shiftDown = false;
      if (usedAsModifier) {
        usedAsModifier = false;
        return;
      }
      const time = now();
      if (count > 0 && time - last > WINDOW_MS) reset();
      count += 1;
      last = time;
      if (count >= PRESSES) {
        count = 0;
        events.onTrigger();
      } else {
        events.onProgress(PRESSES - count);
      }
    },
  };
}

/** Listens in the capture phase, so no element of the page can swallow the presses. */
export function listenForTripleShift(target: Window, events: TripleShiftEvents): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const machine = createTripleShift({
    ...events,
    onProgress(remaining) {
      clearTimeout(timer);
      // Tell screen-reader users when the count lapses, as it would otherwise lapse silently.
      timer = setTimeout(() => machine.expire(), WINDOW_MS);
      events.onProgress(remaining);
    },
  });
  const down = (event: KeyboardEvent) => machine.keydown(event);
  const up = (event: KeyboardEvent) => machine.keyup(event);
  target.addEventListener('keydown', down, true);
  target.addEventListener('keyup', up, true);
  return () => {
    clearTimeout(timer);
    target.removeEventListener('keydown', down, true);
    target.removeEventListener('keyup', up, true);
  };
}
