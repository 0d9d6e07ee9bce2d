/**
 * The interface strings of every language (content/locales/*.yml), as the build bundles them:
 * the same keys, placeholders and plural forms as English, or the build stops naming the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../components/ui/i18n';
import { loadAllMessages, messageLanguages, STANDALONE_KEYS } from '../content/messages';

const ENGLISH = [
  'extName: Pocket Guide',
  'backTo: Back to $1',
  'searchResults:',
  '  0: No results',
  '  1: 1 result',
  '  n: $1 results',
  '',
].join('\n');

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function locales(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'pg-locales-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the real strings', () => {
  const all = loadAllMessages('content/locales');

  it('load in every language, English first, with the shell strings', () => {
    const languages = messageLanguages('content/locales');

    expect(languages[0]).toBe('en');
    for (const language of languages) {
      for (const key of STANDALONE_KEYS) expect(all[language]?.[key]).toBeTruthy();
    }
  });

  it('name the language each file is written in', () => {
    for (const [language, messages] of Object.entries(all)) {
      expect(messages.messagesLanguage?.split('-')[0]).toBe(language);
    }
  });
});

describe('a translation that does not match English fails the build', () => {
  it.each([
    ['a missing key', 'extName: Pocket Guide\nsearchResults:\n  0: Ninguno\n  1: 1\n  n: $1\n', 'missing "backTo"'],
    ['an extra key', `${ENGLISH}extra: Hola\n`.replace('Back to', 'Volver a'), '"extra" not in en.yml'],
    ['a lost placeholder', ENGLISH.replace('Back to $1', 'Volver'), '"backTo" must use the placeholders $1'],
    ['a lost plural form', ENGLISH.replace('  0: No results\n', ''), '"searchResults" must have the same plural forms'],
    ['an empty string', ENGLISH.replace('extName: Pocket Guide', "extName: ''"), '"extName" is empty'],
  ])('%s', (_kind, spanish, reason) => {
    const root = locales({ 'en.yml': ENGLISH, 'es.yml': spanish });

    expect(() => loadAllMessages(root)).toThrow(`es.yml: ${reason}`);
  });

  it('needs English, the reference', () => {
    const root = locales({ 'es.yml': ENGLISH });

    expect(() => messageLanguages(root)).toThrow('en.yml is missing');
  });
});

describe('formatMessage, as the browser formats messages', () => {
  it.each([
    ['Back to $1', undefined, ['Settings'], 'Back to Settings'],
    ['1 result | $1 results', 1, undefined, '1 result'],
    ['1 result | $1 results', 3, undefined, '3 results'],
    ['No results | 1 result | $1 results', 0, undefined, 'No results'],
    ['Costs $$5 for $1', undefined, ['you'], 'Costs $5 for you'],
  ] as const)('%s (%s, %s)', (template, count, subs, expected) => {
    expect(formatMessage(template, count, subs)).toBe(expected);
  });
});
