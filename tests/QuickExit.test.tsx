import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { QuickExit } from '@/components/exit/QuickExit';
import { OptionsPage } from '@/components/pages/OptionsPage';
import { Popup } from '@/components/pages/Popup';
import { openActiveTab } from './helpers';

const tripleShift = () => {
  for (let i = 0; i < 3; i++) {
    fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.keyUp(window, { key: 'Shift' });
  }
};

/** The first element a Tab press reaches. */
const firstTabStop = (root: ParentNode = document) =>
  root.querySelector<HTMLElement>(
    'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])',
  );

describe('QuickExit', () => {
  it('is a button whose name says what it does', () => {
    render(<QuickExit onExit={vi.fn()} />);

    expect(screen.getByRole('button', { name: /quick exit.*close this/i })).toHaveProperty('type', 'button');
  });

  it('runs the exit on click', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);

    fireEvent.click(screen.getByRole('button', { name: /^quick exit —/i }));

    expect(onExit).toHaveBeenCalledOnce();
  });

  it('runs the exit on Shift pressed three times, counting down aloud', () => {
    const onExit = vi.fn();
    render(<QuickExit onExit={onExit} />);

    fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.keyUp(window, { key: 'Shift' });
    const afterOne = screen.getByRole('status').textContent;
    tripleShift();

    expect(afterOne).toMatch(/2 more times/);
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('stops listening when it is removed', () => {
    const onExit = vi.fn();
    const { unmount } = render(<QuickExit onExit={onExit} />);

    // Preact 11 runs unmount cleanups in its render queue: act() flushes it, as a real unmount would.
    act(() => {
      unmount();
    });
    tripleShift();

    expect(onExit).not.toHaveBeenCalled();
  });
});

describe.each([
  ['Popup', Popup],
  ['OptionsPage', OptionsPage],
])('%s', (_, View) => {
  it('puts the quick exit control first in the tab order', () => {
    render(<View />);

    expect(firstTabStop()).toBe(screen.getByRole('button', { name: /^quick exit —/i }));
  });

  it('has one main landmark with a heading', () => {
    render(<View />);

    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
  });
});

describe('Popup quick exit', () => {
  it('blanks the popup and sends the active tab to the chosen page', async () => {
    await exitDestination.set('https://weather.example.org/');
    await openActiveTab('https://private.example.org/');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Popup />);

    fireEvent.click(screen.getByRole('button', { name: /^quick exit —/i }));

    expect(document.body.style.display).toBe('none');
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith({ url: 'https://weather.example.org/' });
  });
});
