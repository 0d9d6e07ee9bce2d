import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, type FirefoxSession } from './firefox';

/**
 * What the suite does to the add-on from Firefox's own chrome scope (issue 22): press its keyboard
 * command, read whether its background runs, disable and enable it. None of these opens a tab,
 * which would itself wake the background (it listens to tabs.onCreated).
 */

/** The gecko id the build declares. */
export const GECKO_ID = (
  JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

const policy = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})`;

/**
 * Runs the keyboard command as a key press does: the `command` event of the key element Firefox
 * made for it in the front window, which fires the add-on's real onCommand listener (waking a
 * suspended background) with the active tab. Resolves whether the key element was found.
 */
export const pressCommand = (fx: FirefoxSession): Promise<boolean> =>
  fx.inChrome<boolean>(`
    const { ExtensionCommon } = ChromeUtils.importESModule('resource://gre/modules/ExtensionCommon.sys.mjs');
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const keyset = win.document.getElementById('ext-keyset-id-' + ExtensionCommon.makeWidgetId(${JSON.stringify(GECKO_ID)}));
    const key = keyset?.querySelector('key');
    if (!key) return false;
    key.dispatchEvent(new win.Event('command'));
    return true;
  `);

/** The background's state as Firefox keeps it: starting, running, suspending or stopped. */
export const backgroundState = (fx: FirefoxSession): Promise<string | null> =>
  fx.inChrome<string | null>(`return ${policy}?.extension?.backgroundState ?? null;`);

/** Disables the add-on and enables it again, as about:addons does. */
export const disableAndEnable = (fx: FirefoxSession): Promise<boolean> =>
  fx.inChrome<boolean>(`
    const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
    await addon.disable();
    await addon.enable();
    return addon.isActive;
  `);
