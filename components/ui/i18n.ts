import { browser } from 'wxt/browser';
import type { i18n as browserI18n } from '#i18n';

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

/** Chrome's substitution: `$1`…`$9` take the arguments, `$$` is a dollar sign. */
const substitute = (message: string, subs: readonly string[]) =>
  message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));

/** The plural form for `count`, as @wxt-dev/i18n picks it: "one | other" or "zero | one | other". */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return (count === 1 ? forms[0] : forms[1]) ?? message;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2] ?? message;
  return message;
}

/** A bundled message with its arguments filled in: a count picks the plural form and fills `$1`. */
export function formatMessage(template: string, count?: number, given?: readonly unknown[]): string {
  const subs = (given ?? (count === undefined ? [] : [count])).map(String);
  const message = substitute(template, subs);
  return count === undefined ? message : pluralForm(message, count);
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
