import { expect } from 'vitest';
import type { FirefoxSession } from './firefox';

const hostOf = (url: string) => new URL(url).hostname;

/**
 * Safety rule 3 in Firefox, over a whole run: no extension page and not the background made a
 * request (only tabs navigated, to pages a test chose), and the browser reached no host but the
 * sites the test opened and the exit destinations. Firefox's own services are switched off by
 * prefs (./firefox.ts), so any other host is a failure, not noise. A control request from an
 * extension page then proves that both checks see such traffic when it happens.
 */
export async function expectNoLeaks(fx: FirefoxSession, sites: string[]): Promise<void> {
  const fromExtension = () =>
    fx.web.requests
      .filter((request) => request.from.startsWith('moz-extension://') && request.mode !== 'navigate')
      .map((request) => request.host + request.path);
  const allowed = new Set(sites.map(hostOf));

  expect(fromExtension()).toEqual([]);
  expect(fx.hosts().filter((host) => !allowed.has(host))).toEqual([]);

  await fx.inExtension('await fetch("https://control.example.org/probe").catch(() => undefined)');

  expect(fromExtension()).toEqual(['control.example.org/probe']);
  expect(fx.hosts().filter((host) => !allowed.has(host))).toEqual(['control.example.org']);
}
