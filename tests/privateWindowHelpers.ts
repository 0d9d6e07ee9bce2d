import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The reader has allowed the extension in private windows (as installed, it is not: tests/setup.ts). */
export function allowPrivateWindows(): void {
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true as never);
}

/**
 * The fake browser's `windows.create` makes an empty window. A real one opens `url` in the window's
 * first tab and answers with that tab: do the same.
 */
export function openPrivateWindowsForReal(): void {
  const create = fakeBrowser.windows.create.bind(fakeBrowser.windows);
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation((async (data?: { url?: string }) => {
    const win = await create(data as never);
    const tab = data?.url
      ? await fakeBrowser.tabs.create({ windowId: win?.id, url: data.url, active: true })
      : undefined;
    return { ...win, tabs: tab ? [tab] : [] };
  }) as never);
}
