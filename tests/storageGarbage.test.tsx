import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DESTINATION } from '@/components/exit/destination';
import { exitDestination } from '@/components/exit/exitDestination';
import { EXIT_MARK_KEY } from '@/components/exit/exitMark';
import { PRIVATE_WINDOW_KEY } from '@/components/exit/privateWindow';
import { forgetPrimed } from '@/components/exit/routines';
import { countrySetting as country } from '@/components/helplines/country';
import { OptionsPage } from '@/components/pages/OptionsPage';
import { Popup } from '@/components/pages/Popup';
import { disguise, introSeen, textSize, theme } from '@/components/settings/settings';
import { languageChoice } from '@/components/ui/languageChoice';
import { fakeShortcut, fakeToolbarIcon } from './settingsHelpers';

/**
 * Storage that cannot break the UI: whatever a corrupted store, an old version or a tampering
 * program left in any key, both views render, show valid values, and quick exit still works.
 */

/** Every type and size, including values that are valid for another key. */
const GARBAGE: [string, unknown][] = [
  ['a number', 42],
  ['zero', 0],
  ['a negative number', -1],
  ['true', true],
  ['false', false],
  ['an empty string', ''],
  ['an unrelated string', 'banana'],
  ['a huge string', 'x'.repeat(100_000)],
  ['an inherited property name', 'toString'],
  ['__proto__', '__proto__'],
  ['an object', { url: 'https://example.org/', theme: 'dark' }],
  ['an empty object', {}],
  ['a deep object', JSON.parse(`${'{"a":'.repeat(60)}1${'}'.repeat(60)}`)],
  ['an array', ['https://example.org/']],
  ['a huge array', Array.from({ length: 10_000 }, (_, i) => i)],
  ['an array of huge strings', ['x'.repeat(50_000), 'y'.repeat(50_000)]],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a browser page', 'chrome://history'],
  ['markup', '<img src=x onerror=alert(1)>'],
  ['another key’s valid value: a theme', 'dark'],
  ['another key’s valid value: a country', 'gb'],
  ['another key’s valid value: a disguise', 'notes'],
  ['another key’s valid value: tab ids', [1, 2]],
];

const KEYS = [
  ...[exitDestination, textSize, theme, introSeen, country, disguise, languageChoice].map(
    (setting) => setting.key.split(':') as ['local' | 'session', string],
  ),
  // The tabs quick exit must send away: one local key per tab, and keys that only look like one.
  ['local', 'openedTab.1'],
  ['local', 'openedTab.x'],
  ['local', 'openedTab.-1'],
  // The popups a helpline page opened (components/exit/followOpened.ts), likewise.
  ['local', 'openedWindow.1'],
  ['local', 'openedWindow.x'],
  // The guide's private window (components/exit/privateWindow.ts): a number here names no private window.
  ['local', PRIVATE_WINDOW_KEY],
  // The exit counter (components/exit/exitMark.ts): garbage reads as "no exit".
  ['session', EXIT_MARK_KEY],
] as const;

const CASES = KEYS.flatMap(([area, key]) =>
  GARBAGE.map(([what, value]) => [`${area}:${key}`, what, area, key, value] as const),
);

const isBlank = () =>
  document.body.style.display === 'none' && document.body.getAttribute('aria-hidden') === 'true' && document.body.inert;

async function arrange(area: 'local' | 'session', key: string, value: unknown) {
  forgetPrimed();
  fakeShortcut('Alt+Shift+Q');
  fakeToolbarIcon();
  await fakeBrowser.storage[area].set({ [key]: value });
}

/** Calls that come after a few awaits are seen at once, not at waitFor's default 50 ms poll. */
const POLL = { interval: 2 };

/** Lets every pending read, watch and lazy import land, so a late crash would show. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe.each(CASES)('%s holding %s', (_, __, area, key, value) => {
  it('the popup renders, and quick exit still works', async () => {
    await arrange(area, key, value);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<Popup />);
    await settle();

    expect(screen.getAllByRole('heading', { level: 1 }).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: /^quick exit —/i }));

    expect(isBlank()).toBe(true);
    await waitFor(() => expect(close).toHaveBeenCalledOnce(), POLL);
    const to = key === 'exitDestination' ? DEFAULT_DESTINATION : await exitDestination.get();
    expect(update).toHaveBeenCalledWith({ url: to });
  });

  it('the options page and its settings render valid values, and quick exit still works', async () => {
    await arrange(area, key, value);
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => {});
    const { container } = render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    // Label and DOM queries, not role queries: 528 cases over a list of about 250 countries made the
    // role queries most of this file's run time.
    const select = await screen.findByLabelText<HTMLSelectElement>(/country for helplines/i);
    await waitFor(() => expect(select.querySelector('option[value="gb"]')?.textContent).toBe('United Kingdom'), {
      ...POLL,
      timeout: 5000,
    });
    await settle();

    // Every radio group shows exactly one valid choice; the country is one the list offers.
    const groups = new Map<string, HTMLInputElement[]>();
    for (const radio of container.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      groups.set(radio.name, [...(groups.get(radio.name) ?? []), radio]);
    }
    expect(groups.size).toBeGreaterThanOrEqual(4);
    for (const [name, radios] of groups) expect(radios.filter((r) => r.checked).length, name).toBe(1);
    // The list shows the stored country if it is a valid one, and otherwise the automatic choice.
    expect(select.value).toBe((await country.get()) ?? '');
    expect(select.selectedOptions[0]?.value).toBe(select.value);
    fireEvent.click(screen.getByLabelText(/^quick exit —/i));

    expect(isBlank()).toBe(true);
    await waitFor(() => expect(replace).toHaveBeenCalledWith(DEFAULT_DESTINATION), POLL);
  });
});
