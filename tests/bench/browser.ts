import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../e2e/browser';
import type { WebStandIn } from '../e2e/server';
import { Targets } from './cdp';

/** One loaded extension: its id, its service worker, and its pages' URLs. */
export interface Extension {
  id: string;
  dir: string;
  worker: Worker;
  url(page: string): string;
}

export interface BenchBrowser {
  context: BrowserContext;
  /** In the order of the folders given to `launchBench`. */
  extensions: Extension[];
  targets: Targets;
  version: string;
  close(): Promise<void>;
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's build with \`sudo apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary), then run the benchmark again.',
    );
  }
}

/** Chromium's id for an unpacked extension: the path's SHA-256, first 32 hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * A fresh Chromium with a fresh profile and the given extensions loaded side by side. The flags
 * are those of tests/e2e/browser.ts; every host name resolves to the local stand-in except
 * `localhost`, where the GOV.UK page is served.
 */
export async function launchBench(dirs: string[], web: WebStandIn): Promise<BenchBrowser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'pg-bench-profile-'));
  const list = dirs.map((dir) => resolve(dir));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(list, web.port, ['localhost']),
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const extensions = await Promise.all(
      dirs.map(async (dir): Promise<Extension> => {
        const id = unpackedExtensionId(dir);
        const ours = (worker: Worker) => new URL(worker.url()).host === id;
        const worker =
          context.serviceWorkers().find(ours) ??
          (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 20_000 }));
        return { id, dir, worker, url: (page) => `chrome-extension://${id}/${page}` };
      }),
    );
    const browser = context.browser();
    if (!browser) throw new Error('Playwright gave no Browser for the persistent context: cannot reach CDP targets');
    const targets = new Targets(await browser.newBrowserCDPSession());
    return { context, extensions, targets, version: browser.version(), close };
  } catch (error) {
    await close();
    throw error;
  }
}
