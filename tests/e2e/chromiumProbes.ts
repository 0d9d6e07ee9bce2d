import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { browserSession, loadBeside, type Session } from './browser';
import { driveTarget } from './targets';

/**
 * Issue 22's ways into Chromium: whether the worker runs, the real toolbar popup opened as a click
 * on the button opens it (nothing calls into the worker), and a probe that disables and enables
 * the guide. Sessions launched `reloadable` (or with private windows), for the DevTools protocol.
 */

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the extension's worker is running, as Chromium reports it (asked from an ordinary page). */
export async function workerRunning(session: Session, page: Page): Promise<() => Promise<boolean>> {
  const cdp = await session.context.newCDPSession(page);
  const status = new Map<string, { scriptURL: string; runningStatus: string }>();
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const version of event.versions) status.set(version.versionId, version);
    },
  );
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => status.size).toBeGreaterThan(0);
  return async () =>
    [...status.values()].some(
      (version) =>
        version.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`) &&
        version.runningStatus === 'running',
    );
}

/** Opens the real toolbar popup over `tab` as a click on the button does (CDP Extensions.triggerAction). */
export async function triggerRealPopup(session: Session, tab: Page) {
  const cdp = await browserSession(session.context);
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const target = targetInfos.find((info) => info.url === tab.url());
  if (!target) throw new Error('No tab target for the page');
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: target.targetId } as never);
  const popupUrl = session.url('popup.html');
  let popup: { targetId: string } | undefined;
  for (let tries = 0; !popup && tries < 50; tries++) {
    const { targetInfos: all } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    popup = all.find((info) => info.url === popupUrl);
    if (!popup) await wait(100);
  }
  if (!popup) throw new Error('The toolbar popup did not open');
  const driven = await driveTarget(cdp, popup.targetId);
  await driven.evaluate(
    `new Promise((done) => { const wait = () => document.querySelector('.quick-exit__button') ? done() : setTimeout(wait, 20); wait(); })`,
  );
  return driven;
}

/** A probe extension beside the guide, with the permission to disable and enable it. */
export async function managementProbe(session: Session) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'probe',
      version: '1',
      permissions: ['management'],
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '');
  const appeared = session.context.waitForEvent('serviceworker', {
    predicate: (worker) => worker.url().endsWith('/worker.js'),
  });
  const id = await loadBeside(session, dir);
  const worker = await appeared;
  return {
    evaluate: worker.evaluate.bind(worker) as Worker['evaluate'],
    async remove() {
      await worker.evaluate((self) => chrome.management.uninstallSelf().catch(() => self), id).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
