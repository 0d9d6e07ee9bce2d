import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TrackedLink } from '@/components/exit';
import { openInOrdinaryTab, openRequestedAt, openUrl } from '@/components/exit/messages';
import { answerOpen, openTracked } from '@/components/exit/openTracked';
import { trackedTabs } from '@/components/exit/trackedTabs';
import { openActiveTab } from './helpers';
import { allowPrivateWindows } from './privateWindowHelpers';

/**
 * Issue 22, item 5: when the private window the guide promised cannot open, nothing opens in an
 * ordinary tab behind the reader's back: the link says so, and the reader chooses.
 */

const CHAT = 'https://help.example.org/chat';

/** The worker's OPEN handler (entrypoints/background.ts), on the fake browser. */
function workerOpens() {
  const heard: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    heard.push(message);
    const url = openUrl(message);
    if (url) return answerOpen(openTracked(url, openRequestedAt(message), openInOrdinaryTab(message)), sendResponse);
  });
  return heard;
}

const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

describe('a private window that cannot open (private windows turned off by a policy)', () => {
  beforeEach(async () => {
    await openActiveTab('https://private.example.org/');
    allowPrivateWindows();
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('Incognito mode is disabled.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('opens nothing, and the link tells the reader what an ordinary tab would mean', async () => {
    workerOpens();
    render(<TrackedLink href={CHAT}>Chat</TrackedLink>);

    fireEvent.click(screen.getByRole('link', { name: 'Chat' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/did not open a private window, so nothing opened/);
    expect(alert.textContent).toMatch(/would stay in the browser's history/);
    expect(await tabUrls()).not.toContain(CHAT);
    expect(await trackedTabs()).toEqual([]);
  });

  it('the reader may choose an ordinary tab, which quick exit then sends away', async () => {
    const heard = workerOpens();
    render(<TrackedLink href={CHAT}>Chat</TrackedLink>);
    fireEvent.click(screen.getByRole('link', { name: 'Chat' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Open it in an ordinary tab' }));

    await waitFor(async () => expect(await tabUrls()).toContain(CHAT));
    expect(heard.at(-1)).toMatchObject({ ordinary: true, url: CHAT });
    expect(await trackedTabs()).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('or not open it at all', async () => {
    const heard = workerOpens();
    render(<TrackedLink href={CHAT}>Chat</TrackedLink>);
    fireEvent.click(screen.getByRole('link', { name: 'Chat' }));

    fireEvent.click(await screen.findByRole('button', { name: "Don't open it" }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(heard).toHaveLength(1);
    expect(await tabUrls()).not.toContain(CHAT);
  });
});
