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
import { afterAll, describe, expect, it } from 'vitest';
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
  // is checked without writing into the source tree that other tests read.
  const dir = mkdtempSync(path.join(tmpdir(), 'pocket-guide-lint-'));
  const config = JSON.parse(readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(path.join(dir, 'biome.json'), JSON.stringify(config));
  const probe = (file: string, from: string) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, `import { x } from '${from}';\n\nexport const y = x;\n`);
    return file;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function restricted(file: string): Promise<string[]> {
    const { stdout } = await promisify(execFile)(BIOME, ['lint', '--reporter=json', file], { cwd: dir }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const report = JSON.parse(stdout) as { diagnostics: { category: string; message: string }[] };
    return report.diagnostics
      .filter((entry) => entry.category === 'lint/style/noRestrictedImports')
      .map((entry) => entry.message);
  }

  it.each([
    ['components/helplines/BadIndex.ts', '@/components/settings'],
    ['components/helplines/BadFile.tsx', '@/components/settings/settings'],
    ['components/helplines/BadRelative.ts', '../settings'],
    ['components/helplines/nested/BadDeep.ts', '../../settings/RegionField'],
  ])('fails %s, which imports %s', async (file, from) => {
    const messages = await restricted(probe(file, from));

    expect(messages.some((message) => message.includes('helplines own the reader'))).toBe(true);
  });

  it('lets helplines import ui, and settings import helplines', async () => {
    expect(await restricted(probe('components/helplines/Good.ts', '@/components/ui/useSetting'))).toEqual([]);
    expect(await restricted(probe('components/settings/Good.ts', '@/components/helplines'))).toEqual([]);
  });
});
