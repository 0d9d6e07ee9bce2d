/**
 * House rules that are easier to check than to remember (STYLE.md, "The shape of the house").
 * The import boundaries between folders are lint rules (biome.json); these are the rest, and a
 * check that one of those rules bites (helplines own the reader's country, issue 23).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

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

describe('console messages', () => {
  // Chrome lists an extension's logged errors and warnings on its extensions page (when error
  // collection is on), where anyone who checks the computer can read them (PRODUCT.md, safety rule 2).
  const REVEALING =
    /quick|exit|private|incognito|helpline|hotline|crisis|consent|abuse|violen|safety|emergency|panic|hid(e|den)|secret|switch|leav|salida|ayuda/i;
  const files = [...COMPONENTS, ...sourceFiles('entrypoints')];

  it.each(files)('%s logs no word that reveals what the extension is for', (file) => {
    const logged = [
      ...read(file).matchAll(/console\.\w+\(\s*(?:import\.meta\.env\.DEV \?[^:]+:\s*)?(['"`])(.*?)\1/g),
    ].map((match) => match[2]);

    expect(logged.filter((text) => REVEALING.test(text ?? ''))).toEqual([]);
  });

  it('the check reads the messages it is meant to', () => {
    const logged = [...read('components/exit/attempt.ts').matchAll(/console\.\w+\(/g)];

    expect(logged.length).toBeGreaterThan(0);
  });
});
