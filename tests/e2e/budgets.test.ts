import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bytes, firstViewJavaScript, folderBytes, kB } from '../bench/bytes';
import { EXTENSION_DIR } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox/firefox';

/**
 * PRODUCT.md, "Quality bars": the byte budgets, which are deterministic and so enforced here (the
 * timings are reported by `npm run bench`, which also measures the real store zip). The numbers come
 * from the same functions the benchmark uses.
 */
const FIRST_VIEW_GZIP = 25_000;
/**
 * Every file of the build gzipped on its own: a stand-in for the store zip, which `wxt zip` makes.
 * Raised from 250 kB on 2026-12-07, when the guide went from 28 to 36 topics a language, every topic
 * gained its sources, and the helplines gained "If you can't talk" and their hours (263 kB then):
 * the words are the product. Raised again to 330 kB the same day (309 kB then), when country facts
 * came for 14 countries in every language (about 14 kB gzipped a language, loaded with a topic), and
 * Belgium, Switzerland and France gained their lines. Raised to 450 kB when French came whole (issue
 * 27; 436 kB then): a third language is about 118 kB gzipped (its topics, facts, helpline texts and
 * strings), and a reader's browser loads only the chosen language's. Raised to 470 kB when Portugal,
 * Brazil's crisis and young people's lines and Angola's row came in three languages (453 kB then).
 * Raised to 600 kB when Portuguese came whole (issue 28; 589 kB then, main 452 kB): Portuguese adds
 * 137 kB, its topics, facts and strings 115 kB, its helpline texts 5 kB in the chunk every language
 * shares, its strings in the manifest's two locale folders, pt_BR and pt_PT, 6 kB each
 * (MANIFEST_LOCALES), and 4 kB in the other languages' chunks. The popup's first view is held by its
 * own budget above.
 */
const PACKAGE_GZIP = 600_000;

const breakdown = (bytes: Bytes) => bytes.files.map((file) => `${file.path} ${kB(file.gzip)}`).join(', ');

beforeAll(() => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build\` first (\`npm test\` does).`);
  }
});

describe('byte budgets', () => {
  it(`the popup's first view loads under ${kB(FIRST_VIEW_GZIP)} of gzipped JavaScript`, () => {
    const js = firstViewJavaScript(EXTENSION_DIR, 'popup.html');

    expect(js.gzip, `popup first view: ${breakdown(js)}`).toBeLessThan(FIRST_VIEW_GZIP);
  });

  it(`the whole package stays under ${kB(PACKAGE_GZIP)} gzipped`, () => {
    const all = folderBytes(EXTENSION_DIR);

    expect(
      all.gzip,
      `${all.files.length} files, largest: ${breakdown({ ...all, files: [...all.files].sort((a, b) => b.gzip - a.gzip).slice(0, 5) })}`,
    ).toBeLessThan(PACKAGE_GZIP);
  });
});

describe('the manifests', () => {
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('Chrome is told the oldest version the exit works in (runtime.getContexts: 116); Firefox, whose linter refuses the key, is not', () => {
    expect(manifest(EXTENSION_DIR).minimum_chrome_version).toBe('116');
    expect(manifest(FIREFOX_EXTENSION_DIR)).not.toHaveProperty('minimum_chrome_version');
  });
});
