/**
 * Message formatting as the browser does it, with no browser API: the popup's static shell uses
 * it before anything else has loaded (components/ui/shellLanguage.ts).
 */

/** Chrome's substitution: `$1`…`$9` take the arguments, `$$` is a dollar sign. */
const substitute = (message: string, subs: readonly string[]) =>
  message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));

/** The plural form for `count`, as @wxt-dev/i18n picks it: "one | other" or "zero | one | other". */
export function pluralForm(message: string, count: number): string {
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
