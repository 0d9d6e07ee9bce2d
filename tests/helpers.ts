import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The fake browser starts with no focused window, and `tabs.query({ currentWindow })` then throws:
 * make one, and an active tab in it, the way a real browser has them.
 */
export async function openActiveTab(url: string) {
  const win = await fakeBrowser.windows.create({ focused: true });
  return fakeBrowser.tabs.create({ windowId: win?.id, url, active: true });
}

export const urlOf = async (id: number | undefined) => (await fakeBrowser.tabs.get(id ?? -1))?.url;
