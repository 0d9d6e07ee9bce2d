import type { CDPSession } from 'playwright-core';

/**
 * Playwright does not list an extension's real toolbar popup among its pages, but Chromium shows
 * it as a CDP `page` target. This attaches to such targets through a browser-level CDP session in
 * the non-flattened mode (`Target.sendMessageToTarget`), which Playwright's CDPSession can carry.
 */
export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

type Listener = (params: Record<string, unknown>) => void;

export interface TargetSession {
  targetId: string;
  send<T = Record<string, unknown>>(method: string, params?: object): Promise<T>;
  on(event: string, listener: Listener): void;
  /** Runs `fn(arg)` in the page; the value must be JSON-serialisable. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>>;
  readonly detached: boolean;
}

interface Pending {
  resolve(value: Record<string, unknown>): void;
  reject(error: Error): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Targets {
  #nextId = 0;
  #pending = new Map<number, Pending>();
  #listeners = new Map<string, Map<string, Listener[]>>();
  #detached = new Set<string>();

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const data = JSON.parse(message) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
        method?: string;
        params?: Record<string, unknown>;
      };
      if (data.id !== undefined) {
        const pending = this.#pending.get(data.id);
        this.#pending.delete(data.id);
        if (data.error) pending?.reject(new Error(data.error.message));
        else pending?.resolve(data.result ?? {});
      } else if (data.method) {
        for (const listener of this.#listeners.get(sessionId)?.get(data.method) ?? []) listener(data.params ?? {});
      }
    });
    cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
      if (sessionId) this.#detached.add(sessionId);
    });
  }

  async list(): Promise<TargetInfo[]> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    return targetInfos;
  }

  /** Polls until a target matches (a popup appears within a few tens of ms of `openPopup()`). */
  async waitFor(match: (target: TargetInfo) => boolean, timeoutMs = 5000): Promise<TargetInfo> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const found = (await this.list()).find(match);
      if (found) return found;
      await sleep(5);
    }
    throw new Error('No matching CDP target appeared');
  }

  async waitGone(targetId: string, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (!(await this.list()).some((target) => target.targetId === targetId)) return;
      await sleep(10);
    }
    throw new Error(`CDP target ${targetId} did not go away`);
  }

  async attach(targetId: string): Promise<TargetSession> {
    const { sessionId } = await this.cdp.send('Target.attachToTarget', { targetId, flatten: false });
    if (!sessionId) throw new Error(`Could not attach to ${targetId}`);
    const listeners = new Map<string, Listener[]>();
    this.#listeners.set(sessionId, listeners);
    const detached = this.#detached;
    const send = <T>(method: string, params: object = {}): Promise<T> => {
      if (detached.has(sessionId)) return Promise.reject(new Error(`${method}: the target is gone`));
      const id = ++this.#nextId;
      return new Promise<T>((resolve, reject) => {
        this.#pending.set(id, { resolve: resolve as (value: Record<string, unknown>) => void, reject });
        this.cdp
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch((error: Error) => {
            this.#pending.delete(id);
            reject(error);
          });
      });
    };
    return {
      targetId,
      send,
      on(event, listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      },
      async evaluate(fn, arg) {
        const { result, exceptionDetails } = await send<{
          result: { value?: unknown };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        }>('Runtime.evaluate', {
          expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails) {
          throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        }
        return result.value as never;
      },
      get detached() {
        return detached.has(sessionId);
      },
    };
  }
}
