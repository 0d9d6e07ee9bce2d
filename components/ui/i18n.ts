import { browser } from 'wxt/browser';
import type { i18n as browserI18n } from '#i18n';
import { formatMessage, pluralForm } from './formatMessage';

export { formatMessage };

/**
 * Every string the extension shows, in the reader's chosen language: `i18n.t` has the same typed
 * keys and arguments as @wxt-dev/i18n's, whose keys come from content/locales/en.yml. That one
 * wraps the browser's `i18n.getMessage`, which follows the browser's language only; this one reads
 * the chosen language's strings, bundled at build time (content/messages.ts), once `useMessages`
 * has them. Until then (the popup's first frame, the worker) it asks the browser, as before.
 */
let active: Readonly<Record<string, string>> | undefined;

/** Use these strings from now on (language.ts loads them when the language is chosen). */
export function useMessages(messages: Readonly<Record<string, string>> | undefined): void {
  active = messages;
}

function translate(key: string, ...args: unknown[]): string {
  const count = args.find((arg): arg is number => typeof arg === 'number');
  const given = args.find((arg): arg is unknown[] => Array.isArray(arg));
  const name = key.replaceAll('.', '_');
  const template = active?.[name];
  if (template !== undefined) return formatMessage(template, count, given);
  const subs = (given ?? (count === undefined ? [] : [count])).map(String);
  // Typed for the predefined @@ names only; every key of en.yml is a message too.
  const message = (browser.i18n.getMessage as (name: string, subs: string[]) => string)(name, subs);
  if (!message) console.warn(`[i18n] Message not found: "${key}"`);
  return count === undefined ? message : pluralForm(message, count);
}

type Typed = typeof browserI18n;

export const i18n: Typed = { t: translate as Typed['t'] };
