import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBeside, type Session } from './browser';

/**
 * Another unpacked extension, loaded beside the guide for the measurement only, with the
 * `sessions` permission (the guide never asks for it): it reads what "Recently closed" lists.
 */
export async function recentlyClosedProbe(session: Session) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'probe',
      version: '1',
      permissions: ['sessions', 'tabs'],
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
    recentlyClosed: () =>
      worker.evaluate(async () =>
        (await chrome.sessions.getRecentlyClosed()).flatMap((entry) =>
          entry.tab ? [entry.tab.url ?? ''] : (entry.window?.tabs ?? []).map((tab) => tab.url ?? ''),
        ),
      ),
    async remove() {
      await worker.evaluate((self) => chrome.management?.uninstallSelf?.() ?? self, id).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
