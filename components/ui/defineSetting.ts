import { storage } from 'wxt/utils/storage';

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
