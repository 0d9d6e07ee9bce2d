import { browser } from 'wxt/browser';
import { i18n } from '@/components/ui/i18n';
import { DISGUISES, type Disguise, disguise } from './settings';

/**
 * The toolbar button's look: one of a few neutral presets (PRODUCT.md, "Disguise"). Only the icon
 * and the tooltip can change at run time; the name on the extensions page cannot.
 */
export { DISGUISES, type Disguise };

/** The sizes drawn for every preset, in public/disguise/<preset>/<size>.png. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconPaths = Record<(typeof ICON_SIZES)[number], string>;

/** Absolute paths inside the extension, so they resolve the same from the worker and any page. */
export function disguiseIcons(preset: Disguise): IconPaths {
  return { 16: iconPath(preset, 16), 32: iconPath(preset, 32), 48: iconPath(preset, 48), 128: iconPath(preset, 128) };
}

export const iconPath = (preset: Disguise, size: (typeof ICON_SIZES)[number]) => `/disguise/${preset}/${size}.png`;

/** The tooltip, and the label in the picker. Shown outside the popup: neutral words only (rule 2). */
export function disguiseTitle(preset: Disguise): string {
  switch (preset) {
    case 'guide':
      return i18n.t('extName');
    case 'notes':
      return i18n.t('disguiseNotes');
    case 'weather':
      return i18n.t('disguiseWeather');
    case 'calculator':
      return i18n.t('disguiseCalculator');
    case 'calendar':
      return i18n.t('disguiseCalendar');
  }
}

type ActionApi = Pick<typeof browser.action, 'setIcon' | 'setTitle'>;

/** MV3 has `action`; Firefox's MV2 build has the same calls under `browserAction`. */
function toolbarButton(): ActionApi | undefined {
  const api = browser as typeof browser & { browserAction?: ActionApi };
  return api.action ?? api.browserAction;
}

/**
 * Shows `preset` on the toolbar button, for every tab and window. Both calls are attempted even
 * if one fails; the first failure is then reported.
 */
export async function applyDisguise(preset: Disguise): Promise<void> {
  const button = toolbarButton();
  if (!button) throw new Error('No toolbar button API');
  const results = await Promise.allSettled([
    attempt(() => button.setIcon({ path: disguiseIcons(preset) })),
    attempt(() => button.setTitle({ title: disguiseTitle(preset) })),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The stored choice, applied again (the browser forgets it when it restarts). Never throws. */
export async function reapplyDisguise(): Promise<void> {
  try {
    await applyDisguise(await disguise.get());
  } catch {
    // The button keeps its manifest look; nothing else depends on it.
  }
}

const attempt = (call: () => Promise<unknown>): Promise<unknown> => {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
};
