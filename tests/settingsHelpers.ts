import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Small in-memory stand-ins for the calls the fake browser leaves unimplemented, filled in on
 * fakeBrowser itself (never a hand-written `browser`).
 */

/** `action.setIcon`: remembers the last icon set for the whole toolbar (the title is built in). */
export function fakeToolbarIcon() {
  const state: { path?: unknown; calls: number } = { calls: 0 };
  Object.assign(fakeBrowser.action, {
    setIcon: async (details: { path?: unknown }) => {
      state.calls += 1;
      state.path = details.path;
    },
  });
  return state;
}

/** `commands.getAll`: the exit command with `shortcut` ('' = no key set), as the browser lists it. */
export function fakeShortcut(shortcut: string) {
  Object.assign(fakeBrowser.commands, {
    getAll: async () => [{ name: 'go-to-page', description: 'Switch this tab to your chosen page', shortcut }],
  });
}

/** What the toolbar shows now: its tooltip (the fake keeps it) and the icon set last. */
export const toolbarTitle = () => fakeBrowser.action.getTitle({});
