import { storage } from 'wxt/utils/storage';
import { checkDestination, DEFAULT_DESTINATION } from '@/components/exit/destination';
import { COUNTRY_IDS, type CountryId } from '@/content/helplines/locale';

/**
 * One stored value, declared once with its fallback and its validator. A corrupted or foreign
 * value reads as the fallback (the UI never sees it); an invalid write is refused and the stored
 * value stays as it was.
 */
export interface Setting<T> {
  readonly key: `local:${string}` | `session:${string}`;
  readonly fallback: T;
  /** The valid value behind `raw`, or undefined when `raw` is not acceptable. */
  readonly parse: (raw: unknown) => T | undefined;
  get(): Promise<T>;
  /** Resolves false (and writes nothing) when `value` does not validate. */
  set(value: T): Promise<boolean>;
  watch(callback: (value: T) => void): () => void;
  reset(): Promise<void>;
}

export function defineSetting<T>(
  key: Setting<T>['key'],
  fallback: T,
  parse: (raw: unknown) => T | undefined,
): Setting<T> {
  const item = storage.defineItem<unknown>(key);
  const valid = (raw: unknown): T => (raw === null || raw === undefined ? fallback : (parse(raw) ?? fallback));
  return {
    key,
    fallback,
    parse,
    async get() {
      try {
        return valid(await item.getValue());
      } catch {
        return fallback;
      }
    },
    async set(value) {
      const parsed = parse(value);
      if (parsed === undefined) return false;
      await item.setValue(parsed);
      return true;
    },
    watch: (callback) => item.watch((raw) => callback(valid(raw))),
    reset: () => item.removeValue(),
  };
}

const oneOf =
  <const V extends string>(values: readonly V[]) =>
  (raw: unknown): V | undefined =>
    values.find((value) => value === raw);

/** Where quick exit goes. */
export const exitDestination = defineSetting<string>('local:exitDestination', DEFAULT_DESTINATION, (raw) => {
  const check = checkDestination(raw);
  return check.ok ? check.url : undefined;
});

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
 * The country whose helplines are shown, once the user has chosen one. `null` means "not chosen":
 * the default then comes from the browser's UI language (never from location).
 */
export const country = defineSetting<CountryId | null>('local:country', null, (raw) =>
  COUNTRY_IDS.find((id) => id === raw),
);

/**
 * The look of the toolbar button: its icon and the name shown when pointed at
 * (components/disguise.ts applies it). `guide` is the extension's own look.
 */
export const DISGUISES = ['guide', 'notes', 'weather', 'calculator', 'calendar'] as const;
export type Disguise = (typeof DISGUISES)[number];
export const disguise = defineSetting<Disguise>('local:disguise', 'guide', oneOf(DISGUISES));

/**
 * Forgets every setting and the first-run flag: all of storage.local. What is shown falls back to
 * the defaults at once (watchers hear it). The tabs the extension opened stay (components/trackedTabs.ts,
 * in session storage): not a setting but quick exit's memory of tabs it must still send away, and
 * the browser drops them on close.
 */
export async function clearEverything(): Promise<void> {
  await storage.clear('local');
}
