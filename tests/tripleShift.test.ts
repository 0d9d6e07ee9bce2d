import { describe, expect, it, vi } from 'vitest';
import { createTripleShift, listenForTripleShift, WINDOW_MS } from '@/components/exit/tripleShift';

function setup() {
  let time = 0;
  const events = { onProgress: vi.fn(), onReset: vi.fn(), onTrigger: vi.fn() };
  const machine = createTripleShift(events, () => time);
  const tap = (key = 'Shift') => {
    machine.keydown({ key });
    machine.keyup({ key });
  };
  const wait = (ms: number) => {
    time += ms;
  };
  return { events, machine, tap, wait };
}

describe('Shift pressed three times', () => {
  it('triggers on the third press and reports the presses still needed', () => {
    const { events, tap, wait } = setup();

    tap();
    wait(1000);
    tap();
    wait(1000);
    tap();

    expect(events.onProgress.mock.calls).toEqual([[2], [1]]);
    expect(events.onTrigger).toHaveBeenCalledOnce();
  });

  it('does not count a Shift used as a modifier (Shift+A), and resets the count', () => {
    const { events, machine, tap } = setup();
    tap();

    machine.keydown({ key: 'Shift' });
    machine.keydown({ key: 'A' });
    machine.keyup({ key: 'A' });
    machine.keyup({ key: 'Shift' });
    tap();
    tap();

    expect(events.onReset).toHaveBeenCalledOnce();
    expect(events.onTrigger).not.toHaveBeenCalled();
  });

  it('starts again when more than 5 s pass between presses', () => {
    const { events, tap, wait } = setup();

    tap();
    tap();
    wait(WINDOW_MS + 1);
    tap();

    expect(events.onTrigger).not.toHaveBeenCalled();
    expect(events.onReset).toHaveBeenCalledOnce();
    expect(events.onProgress).toHaveBeenLastCalledWith(2);
  });

  it('accepts presses exactly 5 s apart', () => {
    const { events, tap, wait } = setup();

    tap();
    wait(WINDOW_MS);
    tap();
    wait(WINDOW_MS);
    tap();

    expect(events.onTrigger).toHaveBeenCalledOnce();
  });

  it('resets when any other key is pressed between presses', () => {
    const { events, tap } = setup();

    tap();
    tap();
    tap('Tab');
    tap();

    expect(events.onTrigger).not.toHaveBeenCalled();
    expect(events.onProgress).toHaveBeenLastCalledWith(2);
  });

  it('counts again from zero after triggering', () => {
    const { events, tap } = setup();

    for (let i = 0; i < 6; i++) tap();

    expect(events.onTrigger).toHaveBeenCalledTimes(2);
  });

  it('expire() drops a count that has waited too long, and only then', () => {
    const { events, machine, tap, wait } = setup();
    tap();

    wait(WINDOW_MS - 1);
    machine.expire();
    expect(events.onReset).not.toHaveBeenCalled();
    wait(1);
    machine.expire();

    expect(events.onReset).toHaveBeenCalledOnce();
  });
});

describe('listenForTripleShift', () => {
  const press = (type: 'keydown' | 'keyup', key: string) =>
    window.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true }));

  it('listens on the window in the capture phase and stops when disposed', () => {
    const events = { onProgress: vi.fn(), onReset: vi.fn(), onTrigger: vi.fn() };
    const stop = listenForTripleShift(window, events);
    const swallow = (event: Event) => event.stopPropagation();
    document.body.addEventListener('keyup', swallow);

    for (let i = 0; i < 3; i++) {
      press('keydown', 'Shift');
      document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    }
    stop();
    for (let i = 0; i < 3; i++) {
      press('keydown', 'Shift');
      press('keyup', 'Shift');
    }

    document.body.removeEventListener('keyup', swallow);
    expect(events.onTrigger).toHaveBeenCalledOnce();
  });

  it('announces the reset when the 5 s run out', () => {
    vi.useFakeTimers();
    const events = { onProgress: vi.fn(), onReset: vi.fn(), onTrigger: vi.fn() };
    const stop = listenForTripleShift(window, events);

    press('keydown', 'Shift');
    press('keyup', 'Shift');
    vi.advanceTimersByTime(WINDOW_MS + 10);

    stop();
    vi.useRealTimers();
    expect(events.onReset).toHaveBeenCalledOnce();
  });
});
