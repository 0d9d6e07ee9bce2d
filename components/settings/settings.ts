import { browser } from 'wxt/browser';
import { defineSetting } from '@/components/ui/defineSetting';

export type { Setting } from '@/components/ui/defineSetting';

/**
 * The settings, one stored value each (declared with `defineSetting`: a fallback and a validator).
 * Where quick exit goes is stored beside its rules, in exit/exitDestination.ts.
 */

const oneOf =
  <const V extends string>(values: readonly V[]) =>
  (raw: unknown): V | undefined =>
    values.find((value) => value === raw);

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const textSize = defineSetting<TextSize>('local:textSize', 'normal', oneOf(TEXT_SIZES));

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const theme = defineSetting<Theme>('local:theme', 'system', oneOf(THEMES));

/** Whether the first-run explainer has been dismissed. */
export const introSeen = defineSetting<boolean>('local:introSeen', false, (raw) =>
  typeof raw === 'boolean' ? raw : undefined,
);

/**
 * The look of the toolbar button: its icon and the name shown when pointed at
 * (settings/disguise.ts applies it). `guide` is the extension's own look.
 */
export const DISGUISES = ['guide', 'notes', 'weather', 'calculator', 'calendar'] as const;
export type Disguise = (typeof DISGUISES)[number];
export const disguise = defineSetting<Disguise>('local:disguise', 'guide', oneOf(DISGUISES));

/**
 * Forgets every setting and the first-run flag: all of storage.local but the keys `keep` names.
 * What is shown falls back to the defaults at once (watchers hear it). The form keeps quick exit's
 * ids of the tabs and the private window the extension opened (`isExitKey`, components/exit): not
 * settings but its memory of what it must still send away or close, cleared at the next exit or
 * browser start. (The worker imports this file: it takes the rule as an argument, so the worker does
 * not load the exit's interface.)
 */
export async function clearEverything(keep: (key: string) => boolean = () => false): Promise<void> {
  const all = await browser.storage.local.get(null);
  const settings = Object.keys(all).filter((key) => !keep(key));
  if (settings.length > 0) await browser.storage.local.remove(settings);
}
