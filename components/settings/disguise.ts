import { browser } from 'wxt/browser';
import { i18n } from '@/components/ui/i18n';
import { browserLanguage, standaloneString } from '@/components/ui/language';
import { languageChoice } from '@/components/ui/languageChoice';
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

const TITLE_KEYS = {
  guide: 'extName',
  notes: 'disguiseNotes',
  weather: 'disguiseWeather',
  calculator: 'disguiseCalculator',
  calendar: 'disguiseCalendar',
} as const satisfies Record<Disguise, string>;

/**
 * The tooltip, and the label in the picker, in this page's language or in `language` (the worker,
 * which has no page). Shown outside the popup: neutral words only (rule 2).
 */
export function disguiseTitle(preset: Disguise, language?: string): string {
  const key = TITLE_KEYS[preset];
  return language === undefined ? i18n.t(key) : standaloneString(language, key);
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
export async function applyDisguise(preset: Disguise, language?: string): Promise<void> {
  const button = toolbarButton();
  if (!button) throw new Error('No toolbar button API');
  const results = await Promise.allSettled([
    attempt(() => button.setIcon({ path: disguiseIcons(preset) })),
    attempt(() => button.setTitle({ title: disguiseTitle(preset, language) })),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * The stored choice, applied again, named in the reader's language (the browser forgets it when it
 * restarts; the reader may have changed language). Never throws.
 */
export async function reapplyDisguise(): Promise<void> {
  try {
    const [preset, choice] = await Promise.all([disguise.get(), languageChoice.get()]);
    await applyDisguise(preset, choice ?? browserLanguage());
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
