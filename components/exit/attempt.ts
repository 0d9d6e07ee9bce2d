/**
 * Waiting that never hangs and browser calls that never reject: the exit goes on whatever a
 * browser API does, and no exit promise ever rejects.
 */

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The work, or `fallback` when it fails or has not answered within `ms`. */
export const settle = <T>(work: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([work.catch(() => fallback), wait(ms).then(() => fallback)]);

export const within = (ms: number, work: Promise<unknown>[]): Promise<unknown> =>
  Promise.race([Promise.allSettled(work), wait(ms)]);

/**
 * Calls a browser API; a synchronous throw becomes a rejection, and a rejection is logged. The log
 * can show on the extensions page (Chrome's error list), so it carries no word that reveals the
 * purpose: `what` is named only in a development build.
 */
export const attempt = (what: string, call: () => Promise<unknown>): Promise<unknown> => {
  let work: Promise<unknown>;
  try {
    work = call();
  } catch (error) {
    work = Promise.reject(error);
  }
  return work.catch((error: unknown) => {
    console.warn(import.meta.env.DEV ? `Browser call failed (${what})` : 'Browser call failed', error);
    return undefined;
  });
};
