/**
 * House rules that are easier to check than to remember (STYLE.md, "The shape of the house").
 * The import boundaries between folders are lint rules (biome.json); these are the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file).split(path.sep).join('/'))
    .sort();
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const COMPONENTS = sourceFiles('components');

describe('locale', () => {
  it.each(COMPONENTS)('%s names no locale: it takes the language from currentLanguage()', (file) => {
    const text = read(file);

    expect(text).not.toMatch(/['"`]en(?:[-_][A-Za-z]{2,8})?['"`]/);
    expect(text).not.toMatch(/\.toLocale(?:Date|Time)?String\(\s*\)/);
    expect(text).not.toMatch(/\.localeCompare\([^,()]*\)/);
    if (file !== 'components/ui/format.ts') {
      expect(text).not.toMatch(/Intl\.(?:DateTimeFormat|ListFormat|NumberFormat|RelativeTimeFormat|PluralRules)/);
    }
  });
});

describe('one component per file', () => {
  it.each(COMPONENTS.filter((file) => file.endsWith('.tsx')))('%s exports one component, named as the file', (file) => {
    const components = [...read(file).matchAll(/^export function ([A-Z]\w*)/gm)].map((match) => match[1]);

    expect(components).toEqual([path.basename(file, '.tsx')]);
  });
});

describe('file size', () => {
  // Around 300 lines is where a file asks to be split; a little over is allowed, a lot is not.
  const LIMIT = 330;

  it.each([...COMPONENTS, ...sourceFiles('content'), ...sourceFiles('entrypoints')])(
    `%s has at most ${LIMIT} lines`,
    (file) => {
      const lines = read(file).split('\n').length;

      expect(lines).toBeLessThanOrEqual(LIMIT);
    },
  );
});
