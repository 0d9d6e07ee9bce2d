import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from './browser';

/**
 * Tabs as the browser itself lists them, over the DevTools protocol: also private tabs (another
 * profile, which Playwright's context does not show) and tabs Playwright has not attached to yet.
 */
export interface Target {
  targetId: string;
  type: string;
  url: string;
  browserContextId?: string;
}

export async function tabTargets(cdp: CDPSession): Promise<{ ordinary: Target[]; private: Target[] }> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
  // The extension's worker runs in the reader's ordinary profile.
  const ordinary = targetInfos.find((target) => target.type === 'service_worker')?.browserContextId;
  const pages = targetInfos.filter((target) => target.type === 'page');
  return {
    ordinary: pages.filter((page) => page.browserContextId === ordinary),
    private: pages.filter((page) => page.browserContextId !== ordinary),
  };
}

/** A page the browser lists (a private one too), driven over the protocol with real input events. */
export interface DrivenTarget {
  evaluate(expression: string): Promise<unknown>;
  /** A real (trusted) mouse click in the middle of the first element `selector` matches. */
  click(selector: string): Promise<void>;
}

export async function driveTarget(cdp: CDPSession, targetId: string): Promise<DrivenTarget> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, (value: { result?: { value?: unknown } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  const send = (method: string, params: object) => {
    const id = nextId++;
    const answer = new Promise<{ result?: { value?: unknown } }>((resolve) => pending.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return answer;
  };
  const evaluate = async (expression: string) =>
    (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result?.value;
  return {
    evaluate,
    async click(selector) {
      const where = (await evaluate(
        `new Promise((done) => { const find = () => { const el = document.querySelector(${JSON.stringify(selector)}); ` +
          'if (!el) return setTimeout(find, 20); const box = el.getBoundingClientRect(); ' +
          'done([box.x + box.width / 2, box.y + box.height / 2]); }; find(); })',
      )) as [number, number];
      const [x, y] = where;
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
      }
    },
  };
}

/** Every page the browser lists (ordinary and private). */
export const pageTargets = async (cdp: CDPSession): Promise<Target[]> =>
  ((await cdp.send('Target.getTargets')) as { targetInfos: Target[] }).targetInfos.filter(
    (target) => target.type === 'page',
  );

export const hostOf = (url: string): string => (URL.canParse(url) ? new URL(url).host : '');

/**
 * Pages the browser creates from now on (their ids), as it reports them (`Target.targetCreated`;
 * the session must have called `Target.setDiscoverTargets`): "nothing shown" cannot hide "nothing
 * happened"; and every address any page shows from now on (`Target.targetInfoChanged`), so that a
 * page that showed a site and was then sent away is seen too. `then` runs at once on each new page,
 * in the event's own task (issue 21: quick exit pressed the moment a page for the helpline exists).
 */
export async function watchCreated(
  cdp: CDPSession,
  then?: (page: Target) => void,
): Promise<{ ids: Set<string>; shown: Target[]; stop(): void }> {
  const before = new Set((await pageTargets(cdp)).map((page) => page.targetId));
  const ids = new Set<string>();
  const shown: Target[] = [];
  const onCreated = ({ targetInfo }: { targetInfo: Target }) => {
    if (targetInfo.type !== 'page' || before.has(targetInfo.targetId)) return;
    ids.add(targetInfo.targetId);
    shown.push(targetInfo);
    then?.(targetInfo);
  };
  const onChanged = ({ targetInfo }: { targetInfo: Target }) => {
    if (targetInfo.type === 'page') shown.push(targetInfo);
  };
  cdp.on('Target.targetCreated', onCreated);
  cdp.on('Target.targetInfoChanged', onChanged);
  return {
    ids,
    shown,
    stop: () => {
      cdp.off('Target.targetCreated', onCreated);
      cdp.off('Target.targetInfoChanged', onChanged);
    },
  };
}

/** What the browser showed of one host during a watch (each list empty when it showed nothing of it). */
export interface HostSeen {
  /** Addresses on the host that any page showed (events). */
  shown: string[];
  /** Pages on the host when the watch ended (ordinary and private). */
  listed: string[];
  /** Requests for the host that reached the web stand-in. */
  asked: string[];
}

/**
 * Issue 21: everything the browser shows of `host` from now on, read from its own events, its list
 * of pages at the end and the web stand-in's log. `endIn(ms)` ends it `ms` from that call. It runs
 * in the background: the suite goes on (with other hosts) and awaits the end before the file ends.
 */
export async function watchHost(
  cdp: CDPSession,
  web: { requests: { host: string; path: string }[] },
  host: string,
): Promise<{ endIn(ms: number): Promise<HostSeen> }> {
  const watch = await watchCreated(cdp);
  const asked = web.requests.length;
  return {
    endIn: (ms) =>
      new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
        watch.stop();
        return {
          shown: watch.shown.filter((page) => hostOf(page.url) === host).map((page) => page.url),
          listed: (await pageTargets(cdp)).filter((page) => hostOf(page.url) === host).map((page) => page.url),
          asked: web.requests
            .slice(asked)
            .filter((request) => request.host === host)
            .map((request) => request.path),
        };
      }),
  };
}

/** The URLs of every tab, ordinary and private, as the browser lists them. */
export async function allTabs(cdp: CDPSession): Promise<{ ordinary: string[]; private: string[] }> {
  const tabs = await tabTargets(cdp);
  return { ordinary: tabs.ordinary.map((tab) => tab.url), private: tabs.private.map((tab) => tab.url) };
}

/** Playwright's handle on the tab showing `url` (it learns of private tabs a moment after the browser). */
export async function pageAt(session: Session, url: string): Promise<Page> {
  await expect.poll(() => session.context.pages().some((page) => page.url() === url)).toBe(true);
  return session.context.pages().find((page) => page.url() === url) as Page;
}

/** The private windows the extension can see, by id, asked from one of its pages (the worker may sleep). */
export const privateWindows = (page: Page) =>
  page.evaluate(async () =>
    (await chrome.windows.getAll()).filter((win) => win.incognito).map((win) => win.id as number),
  );
