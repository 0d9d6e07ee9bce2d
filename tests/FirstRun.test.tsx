import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitDestination } from '@/components/exit/exitDestination';
import { FirstRun, PRACTICE_MS } from '@/components/firstRun/FirstRun';
import { introSeen } from '@/components/settings/settings';
import { openActiveTab, urlOf } from './helpers';
import { allowPrivateWindows } from './privateWindowHelpers';
import { fakeShortcut } from './settingsHelpers';

const isBlank = () => document.body.style.display === 'none' || document.body.getAttribute('aria-hidden') === 'true';

describe('FirstRun', () => {
  it('explains the button and Shift pressed three times', () => {
    fakeShortcut('Alt+Shift+Q');

    render(<FirstRun onClose={vi.fn()} />);

    expect(screen.getByRole('heading', { level: 1, name: /how to leave this quickly/i })).toBeDefined();
    expect(screen.getByText(/press the quick exit button at the top/i)).toBeDefined();
    expect(screen.getByText(/press the shift key three times/i)).toBeDefined();
  });

  it('names the keyboard shortcut the browser really has', async () => {
    fakeShortcut('Ctrl+Shift+Y');

    render(<FirstRun onClose={vi.fn()} />);

    const key = await screen.findByText('Ctrl+Shift+Y');
    expect(key.tagName).toBe('KBD');
    expect(key.closest('li')?.textContent).toBe('Or press Ctrl+Shift+Y in any tab, even when this is closed.');
  });

  it('says so when no key is set', async () => {
    fakeShortcut('');

    render(<FirstRun onClose={vi.fn()} />);

    expect(await screen.findByText(/no keyboard shortcut set/i)).toBeDefined();
  });

  it('says so when the browser will not tell', async () => {
    Object.assign(fakeBrowser.commands, { getAll: async () => Promise.reject(new Error('No')) });

    render(<FirstRun onClose={vi.fn()} />);

    expect(await screen.findByText(/did not say which keyboard shortcut/i)).toBeDefined();
  });

  it('says in words where to change the shortcut, without a link', () => {
    fakeShortcut('Alt+Shift+Q');

    render(<FirstRun onClose={vi.fn()} />);

    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeDefined();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('lists what quick exit cannot hide', () => {
    fakeShortcut('Alt+Shift+Q');

    render(<FirstRun onClose={vi.fn()} />);

    const heading = screen.getByRole('heading', { name: /what quick exit cannot hide/i });
    const items = [...(heading.nextElementSibling?.nextElementSibling?.querySelectorAll('li') ?? [])].map(
      (item) => item.textContent,
    );
    expect(items).toHaveLength(9);
    expect(items.join('\n')).toMatch(/extensions page/);
    // Helplines' sites and the pages a topic was checked against: anything opened from the guide.
    expect(items.join('\n')).toMatch(
      /any website you open from here \(a helpline, or a page a topic was checked against\)/i,
    );
    expect(items.join('\n')).toMatch(/Back in that tab brings the site back/);
    expect(items.join('\n')).toMatch(/"Leave site\?".*covers it with a new tab/);
    expect(items.join('\n')).toMatch(/history/);
    expect(items.join('\n')).toMatch(/other devices/i);
    expect(items.join('\n')).toMatch(/call log/);
    expect(items.join('\n')).toMatch(/monitoring software/i);
    // Issue 22: another profile, the shortcut in a private window, the app a tel: or sms: link opens.
    expect(items.join('\n')).toMatch(/another profile of this browser/);
    expect(items.join('\n')).toMatch(/In a private window, the keyboard shortcut does nothing until you allow/);
    expect(items.join('\n')).toMatch(/calling or messaging app .* which stays open after quick exit/);
    expect(items.join('\n')).toMatch(
      /In Firefox, a private window with such a page can stay open until you answer\. Quick exit then puts a new tab in front of the page and minimises the window, but the window is still in the taskbar, with the page's name on its tab\./,
    );
  });

  it('says once, in the limits, how to open sites in a private window, and what that switch shows', async () => {
    fakeShortcut('Alt+Shift+Q');

    render(<FirstRun onClose={vi.fn()} />);

    const item = (await screen.findByText(/Allow in Incognito/)).closest('li');
    expect(item?.textContent).toMatch(/Back in that tab brings the site back/);
    expect(item?.textContent).toMatch(/chrome:\/\/extensions.*Details under Pocket Guide/);
    expect(item?.textContent).toMatch(/Anyone who opens that page can see that it is on\./);
    expect(screen.getAllByText(/Allow in Incognito/)).toHaveLength(1);
  });

  it('once allowed, says sites open in a private window that quick exit closes, and what it does not hide', async () => {
    fakeShortcut('Alt+Shift+Q');
    allowPrivateWindows();

    render(<FirstRun onClose={vi.fn()} />);

    const item = (await screen.findByText(/opens in a private window/)).closest('li');
    expect(item?.textContent).toMatch(/leaves out of its history and which quick exit closes/);
    expect(item?.textContent).toMatch(/download.*bookmark.*stays/);
    expect(item?.textContent).toMatch(/can be seen while it is open/);
    // Issue 22, item 5: the reader is told, and chooses; never an ordinary tab without asking.
    expect(item?.textContent).toMatch(
      /If the browser does not open a private window, nothing opens\. You are told, and you choose whether to open the site in an ordinary tab, where it stays in the history\./,
    );
    expect(screen.queryByText(/Allow in Incognito/)).toBeNull();
    expect(screen.queryByText(/Back in that tab/)).toBeNull();
  });

  it('the practice run shows what someone would see, then comes back, leaving nothing', async () => {
    fakeShortcut('Alt+Shift+Q');
    await exitDestination.set('https://www.bbc.com/weather');
    const tab = await openActiveTab('https://private.example.org/');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const onClose = vi.fn();
    render(<FirstRun onClose={onClose} />);
    await screen.findByText(/takes you to www\.bbc\.com\/weather/i);

    fireEvent.click(screen.getByRole('button', { name: /try it/i }));
    const shown = screen.getByRole('region', { name: /practice run/i });
    const practiceText = shown.textContent;
    const focusedDuring = document.activeElement;
    const contentHidden = screen.queryByRole('heading', { name: /how to leave/i }) === null;
    await waitFor(() => expect(screen.queryByRole('button', { name: /try it/i })).not.toBeNull(), {
      timeout: PRACTICE_MS + 1000,
    });

    expect(practiceText).toMatch(/this is what someone would see: www\.bbc\.com\/weather/i);
    expect(focusedDuring).toBe(shown);
    expect(contentHidden).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /try it/i })));
    expect(update).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(isBlank()).toBe(false);
    expect(await urlOf(tab.id)).toBe('https://private.example.org/');
  }, 10_000);

  it('"Got it" remembers that it was seen and closes', async () => {
    fakeShortcut('Alt+Shift+Q');
    const onClose = vi.fn();
    render(<FirstRun onClose={onClose} />);

    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));

    expect(onClose).toHaveBeenCalledOnce();
    await waitFor(async () => expect(await introSeen.get()).toBe(true));
  });
});
