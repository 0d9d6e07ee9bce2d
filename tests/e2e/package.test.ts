/**
 * The store packages' contents, on the last build (`npm test` builds first; `npm run release`
 * checks the zips the same way): no source maps, no test files, icons at every size the stores
 * ask for, `storage` the only permission, nothing a website could probe, name and description
 * within the stores' limits and free of revealing words. Each rule is shown failing on a copy of
 * the build with one thing wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_LOCALES } from '../../content/languages';
import { readMessages } from '../../content/messages';
import { ICON_SIZES, packageProblems } from '../../scripts/release/packageCheck';
import { EXTENSION_DIR } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox/firefox';

function filesOf(dir: string): Map<string, Buffer> {
  if (!existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No built extension in ${dir}. Run \`npm run build\` first (\`npm test\` does).`);
  const files = new Map<string, Buffer>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, file);
    if (statSync(full).isFile()) files.set(file.split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

const chrome = filesOf(EXTENSION_DIR);
const manifest = JSON.parse(chrome.get('manifest.json')?.toString() ?? '{}') as Record<string, unknown>;
/** The Chrome build with `change` made to a copy of it. */
const changed = (change: (files: Map<string, Buffer>) => void) => {
  const copy = new Map(chrome);
  change(copy);
  return packageProblems(copy);
};
const withManifest = (edit: Record<string, unknown>) =>
  changed((files) => files.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, ...edit }))));

describe('the store packages', () => {
  it.each([
    ['Chrome/Edge', EXTENSION_DIR],
    ['Firefox', FIREFOX_EXTENSION_DIR],
  ])('%s: nothing the stores refuse', (_, dir) => {
    expect(packageProblems(filesOf(dir))).toEqual([]);
  });

  // A language Chrome knows only by region (Portuguese) is written to each of its locale folders,
  // with its own neutral name, description and command (safety rule 2: the browser shows them
  // outside the popup; packageProblems holds every locale to the revealing words).
  it.each(
    Object.entries(MANIFEST_LOCALES).flatMap(([language, locales]) => locales.map((locale) => [locale, language])),
  )(
    '_locales/%s carries the neutral name, description and command of %s, in Chrome and in Firefox',
    (locale, language) => {
      const words = readMessages('content/locales', language);
      for (const dir of [EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
        const built = JSON.parse(filesOf(dir).get(`_locales/${locale}/messages.json`)?.toString() ?? '{}') as Record<
          string,
          { message: string }
        >;
        for (const key of ['extName', 'extDescription', 'commandDescription']) {
          expect(built[key]?.message, `${dir}: ${locale} ${key}`).toBe(words[key]);
        }
      }
    },
  );

  it(`declares icons at ${ICON_SIZES.join(', ')} px, each a PNG of its size`, () => {
    expect(Object.keys(manifest.icons as object).map(Number)).toEqual([...ICON_SIZES]);
  });
});

describe('each rule can fail', () => {
  it('a source map, or a pointer to one', () => {
    expect(changed((files) => files.set('chunks/app.js.map', Buffer.from('{}')))).toContain(
      'chunks/app.js.map: a source map (the stores get built files only)',
    );
    expect(changed((files) => files.set('popup.js', Buffer.from('x()\n//# sourceMappingURL=popup.js.map')))).toContain(
      'popup.js: points to a source map (sourceMappingURL)',
    );
  });

  it('a test file', () => {
    expect(changed((files) => files.set('tests/e2e/browser.js', Buffer.from('')))).toContain(
      'tests/e2e/browser.js: a test file',
    );
  });

  it('a missing or wrong-sized icon', () => {
    expect(changed((files) => files.delete('icon/32.png'))).toContain(
      'icon/32.png: the 32 px icon is missing or not a PNG',
    );
    expect(changed((files) => files.set('icon/48.png', chrome.get('icon/128.png') as Buffer))).toContain(
      'icon/48.png: is 128×128, not 48×48',
    );
  });

  it('a permission besides storage, or a key a website could probe', () => {
    expect(withManifest({ permissions: ['storage', 'tabs'] })).toContain(
      'manifest.json: permissions are ["storage","tabs"], not ["storage"]',
    );
    expect(withManifest({ web_accessible_resources: [] })).toContain(
      'manifest.json: declares web_accessible_resources (safety rule 4 allows none)',
    );
  });

  it('a description over 132 characters, or one that reveals the purpose', () => {
    expect(withManifest({ description: 'A small offline guide. '.repeat(7) })).toEqual(
      expect.arrayContaining([expect.stringMatching(/the description has 161 characters \(at most 132\)/)]),
    );
    expect(withManifest({ description: 'Consent guide' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/the description holds "consent", a revealing word/)]),
    );
  });
});
