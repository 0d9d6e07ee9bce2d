import { fireEvent } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { armEarlyExit } from '@/components/exit/earlyExit';

/** The static shell of entrypoints/popup/index.html, as the browser first paints it. */
function shell() {
  document.body.innerHTML =
    '<div class="quick-exit"><button type="button" class="quick-exit__button">Quick exit</button>' +
    '<p class="visually-hidden" role="status" aria-live="polite"></p></div><main class="view"></main>';
  return document.querySelector('button') as HTMLButtonElement;
}

const shiftTimes = (n: number) => {
  for (let i = 0; i < n; i++) {
    fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.keyUp(window, { key: 'Shift' });
  }
};

describe('the popup shell before the app loads', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('names the button from the locale files', () => {
    const button = shell();

    armEarlyExit(document, vi.fn());

    expect(button.getAttribute('aria-label')).toBe('Quick exit — close this and show an ordinary page');
  });

  it('blanks at once and runs the exit routine on click', () => {
    const button = shell();
    const exit = vi.fn();
    armEarlyExit(document, exit);

    fireEvent.click(button);

    expect(document.body.style.display).toBe('none');
    expect(exit).toHaveBeenCalledOnce();
  });

  it('answers Shift pressed three times, counting down aloud', () => {
    shell();
    const exit = vi.fn();
    armEarlyExit(document, exit);

    shiftTimes(1);
    const status = document.querySelector('[role="status"]')?.textContent;
    shiftTimes(2);

    expect(status).toMatch(/2 more times/);
    expect(exit).toHaveBeenCalledOnce();
  });

  it('hands the button over to the app, and keeps counting Shift across the hand-over', () => {
    const button = shell();
    const exit = vi.fn();
    const handOver = armEarlyExit(document, exit);

    shiftTimes(1);
    handOver();
    fireEvent.click(button);
    const afterClick = exit.mock.calls.length;
    shiftTimes(2);

    expect(afterClick).toBe(0);
    expect(exit).toHaveBeenCalledOnce();
  });
});
