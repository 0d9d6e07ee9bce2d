import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { launch, type Session } from './browser';

let session: Session;

beforeAll(async () => {
  session = await launch({ firstRun: true });
});

afterAll(async () => {
  await session?.close();
});

describe('the first run, inside the popup', () => {
  it('opens no tab on install', () => {
    const extensionTabs = session.context.pages().filter((page) => page.url().startsWith('chrome-extension://'));

    expect(extensionTabs).toEqual([]);
  });

  it('explains quick exit with the real shortcut, and its limits, with no axe violations', async () => {
    const popup = await session.open('popup.html', { width: 384, height: 600 });

    await popup.getByRole('heading', { level: 1, name: 'How to leave this quickly' }).waitFor();
    expect(await popup.getByText('Alt+Shift+Q').count()).toBeGreaterThan(0);
    expect(await popup.getByRole('heading', { name: 'What quick exit cannot hide' }).count()).toBe(1);
    await expectNoAxeViolations(popup, 'the first-run explainer');
    await popup.close();
  });

  it('the practice run blanks the view and comes back without leaving', async () => {
    // Only what the extension could cause counts: a tab navigating, or a request from its pages.
    // (Chromium's own start-up requests, retried about 1 s after launch, are not ours.)
    const ours = () =>
      session.web.requests.filter(
        (request) => request.mode === 'navigate' || request.from.startsWith('chrome-extension://'),
      ).length;
    const before = ours();
    const popup = await session.open('popup.html', { width: 384, height: 600 });

    await popup.getByRole('button', { name: /try it/i }).click();
    await popup.getByText(/This is what someone would see/).waitFor();
    await popup.getByRole('button', { name: /try it/i }).waitFor();

    expect(popup.url()).toBe(session.url('popup.html'));
    expect(ours()).toBe(before);
    // A control request from the popup proves the count sees the extension's traffic.
    await popup.evaluate(() => fetch('https://control.example.org/probe').catch(() => undefined));
    expect(ours()).toBe(before + 1);
    await popup.close();
  });

  it('can be dismissed, then the popup opens on the guide, and it can be reopened', async () => {
    const popup = await session.open('popup.html', { width: 384, height: 600 });

    await popup.getByRole('button', { name: 'Got it' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Pocket Guide' }).waitFor();
    const again = await session.open('popup.html', { width: 384, height: 600 });
    await again.getByRole('heading', { level: 1, name: 'Pocket Guide' }).waitFor();
    await again.getByRole('button', { name: 'How quick exit works' }).click();

    expect(await again.getByRole('heading', { level: 1, name: 'How to leave this quickly' }).count()).toBe(1);
    await popup.close();
    await again.close();
  });
});
