/**
 * The sources archive addons.mozilla.org asks for, as `wxt zip -b firefox` makes it from
 * wxt.config.ts's include and exclude lists: it holds every file a rebuild needs (the
 * configuration, the lockfile, content/, entrypoints/, public/ and every module they import) and
 * the README and CHANGELOG, and nothing else (no tests, tools or output). The rebuild itself runs
 * in `npm run release`. Also the zip reader the release uses, on an archive made by WXT's zipper.
 */

import path from 'node:path';
import { createZip } from '@aklinker1/zero-zip';
import { describe, expect, it } from 'vitest';
import { archiveFiles, rebuildNeeds, sourcesProblems } from '../scripts/release/sources';
import { readZip } from '../scripts/release/zip';
import { SOURCES_EXCLUDE, SOURCES_INCLUDE } from '../sources.config';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the sources archive', () => {
  const needs = rebuildNeeds(ROOT);

  it('holds exactly what a rebuild needs, with the README and the CHANGELOG', () => {
    const files = archiveFiles(ROOT, SOURCES_INCLUDE, SOURCES_EXCLUDE);

    expect(sourcesProblems(files, needs)).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'package-lock.json', 'wxt.config.ts']));
  });

  it('what a rebuild needs follows imports out of the source folders (components/ is only imported)', () => {
    expect(needs).toContain('components/exit/index.ts');
    expect(needs).toContain('components/ui/tokens.css');
    expect(needs.some((file) => file.startsWith('tests/'))).toBe(false);
  });

  it('a list that leaves out components/ is caught, naming what a rebuild lacks', () => {
    const files = archiveFiles(
      ROOT,
      SOURCES_INCLUDE.filter((glob) => glob !== 'components/**'),
      SOURCES_EXCLUDE,
    );

    expect(sourcesProblems(files, needs)).toContain(
      'components/exit/index.ts: a rebuild needs it, the archive lacks it',
    );
  });

  it("a list that takes in the tests, as WXT's default does, is caught", () => {
    const files = archiveFiles(ROOT, [...SOURCES_INCLUDE, 'tests/**'], SOURCES_EXCLUDE);

    expect(sourcesProblems(files, needs)).toContain(
      'tests/e2e/browser.ts: in the archive, but the build does not read it (tests, tools, output)',
    );
    // WXT's own exclusion of *.test.ts still holds.
    expect(files).not.toContain('tests/listing.test.ts');
  });
});

describe('readZip', () => {
  it('reads back what WXT’s zipper wrote, stored and deflated entries alike', async () => {
    const zip = createZip({ level: 9 });
    zip.addFile('manifest.json', '{"name":"x"}');
    zip.addFile('chunks/a.js', 'console.log(1);\n'.repeat(200));
    zip.addFile('icon/16.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const files = readZip(await zip.toBuffer());

    expect([...files.keys()]).toEqual(['manifest.json', 'chunks/a.js', 'icon/16.png']);
    expect(files.get('chunks/a.js')?.toString()).toBe('console.log(1);\n'.repeat(200));
    expect(files.get('icon/16.png')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
});
