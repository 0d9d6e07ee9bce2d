import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: unknown[]) => unknown;

/** The fake browser has no commands API: a small event we can fire, as the browser would. */
export function fakeCommands() {
  const listeners = new Set<Listener>();
  const onCommand = {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    trigger: (command: string, tab?: unknown) => Promise.all([...listeners].map((listener) => listener(command, tab))),
  };
  Object.assign(fakeBrowser.commands, { onCommand });
  return onCommand;
}

/** Starts the worker as the browser does: import the entrypoint, run its main. */
export async function startWorker() {
  vi.resetModules();
  const { default: background } = await import('@/entrypoints/background');
  background.main();
}
