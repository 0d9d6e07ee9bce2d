/**
 * The reader's country has one owner, helplines (issue 23): its stored choice survives under the
 * key it always had, and a lint rule keeps helplines from importing settings (settings depends on
 * helplines, never the other way), so the two can never import each other again.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countrySetting, readCountry } from '@/components/helplines';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

describe('the country setting', () => {
  it('keeps the storage key readers’ choices are stored under', async () => {
    await fakeBrowser.storage.local.set({ country: 'mx' });

    expect(countrySetting.key).toBe('local:country');
    expect(await readCountry()).toBe('mx');
  });

  it('falls back to the browser’s language preferences, never location', async () => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'es-AR' });
    try {
      expect(await readCountry()).toBe('ar');
    } finally {
      Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
    }
  });
});

describe('the lint rule on components/helplines/**', () => {
  // The repository's own biome.json, in a folder of its own (no VCS), beside probe files: the rule
  // is checked without writing into the source tree that other tests read. One Biome run for all.
  const BAD: [file: string, from: string][] = [
    ['components/helplines/BadIndex.ts', '@/components/settings'],
    ['components/helplines/BadFile.tsx', '@/components/settings/settings'],
    ['components/helplines/BadRelative.ts', '../settings'],
    ['components/helplines/nested/BadDeep.ts', '../../settings/RegionField'],
  ];
  const GOOD: [file: string, from: string][] = [
    ['components/helplines/Good.ts', '@/components/ui/useSetting'],
    ['components/settings/Good.ts', '@/components/helplines'],
  ];
  let dir = '';
  let report: { diagnostics: { category: string; message: string; location: { path: string } }[] };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pocket-guide-lint-'));
    const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
    delete config.$schema;
    config.vcs = { enabled: false };
    writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
    for (const [file, from] of [...BAD, ...GOOD]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), `import { x } from '${from}';\n\nexport const y = x;\n`);
    }
    const { stdout } = await promisify(execFile)(BIOME, ['lint', '--reporter=json', 'components'], { cwd: dir }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    report = JSON.parse(stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const restricted = (file: string) =>
    report.diagnostics
      .filter((entry) => entry.category === 'lint/style/noRestrictedImports' && entry.location.path === file)
      .map((entry) => entry.message);

  it.each(BAD)('fails %s, which imports %s', (file) => {
    expect(restricted(file).some((message) => message.includes('helplines own the reader'))).toBe(true);
  });

  it('lets helplines import ui, and settings import helplines', () => {
    for (const [file] of GOOD) expect(restricted(file), file).toEqual([]);
  });
});
