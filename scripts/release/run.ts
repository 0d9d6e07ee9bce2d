/**
 * `npm run release`: builds and checks everything the stores ask for, in order, stopping at the
 * first step that fails (README, "Release"):
 *   1. the listing of every language the guide speaks, the reviewer-only answers and the CHANGELOG;
 *   2. the store packages (`wxt zip`, Chrome/Edge and Firefox) and the sources archive;
 *   3. each package's contents (packageCheck.ts) and the archive's file list (sources.ts);
 *   4. `web-ext lint` of the Firefox package: 0 errors, every warning explained;
 *   5. the proof: the sources archive unpacked in a temporary folder, `npm ci` and both builds
 *      there, every built file compared byte for byte with the packages';
 *   6. the screenshots (screenshots.ts), in every language.
 * Everything it writes goes to .output/release/. The version is package.json's, nowhere else.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { guideLanguages } from '../../content/languages';
import { checkListings, LISTING_DIR } from '../../content/listing/listing';
import { revealingWord } from '../../content/revealing';
import { SOURCES_EXCLUDE, SOURCES_INCLUDE } from '../../sources.config';
import { PERMISSIONS, packageProblems } from './packageCheck';
import { describeShot, takeScreenshots } from './screenshots';
import { archiveFiles, rebuildNeeds, sourcesProblems } from './sources';
import { EXPLAINED_WARNINGS, webExtLint } from './webExtLint';
import { readZip } from './zip';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.output', 'release');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const started = Date.now();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function step<T>(title: string, work: () => T | Promise<T>): Promise<T> {
  const start = Date.now();
  process.stdout.write(`\n▸ ${title}\n`);
  const result = await work();
  process.stdout.write(`  done in ${((Date.now() - start) / 1000).toFixed(1)} s\n`);
  return result;
}

function fail(problems: string[], what: string): void {
  if (problems.length === 0) return;
  throw new Error(`${what}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

/**
 * Runs a command in `cwd`, its output shown only if it fails; no POCKET_GUIDE_OUT, so builds go
 * to `cwd`/.output.
 */
function run(command: string, args: string[], cwd = ROOT): void {
  const { POCKET_GUIDE_OUT: _, ...env } = process.env;
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  }
}

function filesOf(dir: string, base = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) for (const [key, value] of filesOf(full, base)) files.set(key, value);
    else files.set(path.relative(base, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

/** The files that differ between a package and a rebuild, each with why (missing, extra, bytes). */
function differences(packaged: Map<string, Buffer>, rebuilt: Map<string, Buffer>): string[] {
  const names = [...new Set([...packaged.keys(), ...rebuilt.keys()])].sort();
  return names.flatMap((file) => {
    const a = packaged.get(file);
    const b = rebuilt.get(file);
    if (!a) return [`${file}: only in the rebuild`];
    if (!b) return [`${file}: only in the package`];
    return a.equals(b) ? [] : [`${file}: differs (${a.length} bytes packaged, ${b.length} rebuilt)`];
  });
}

async function main(): Promise<void> {
  console.log(`Pocket Guide ${version} (package.json): store packages into ${path.relative(ROOT, OUT)}/`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const languages = await step('Listing, reviewer answers, CHANGELOG', () => {
    const languages = guideLanguages(path.join(ROOT, 'content'));
    checkListings(path.join(ROOT, LISTING_DIR), languages, version, PERMISSIONS);
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    if (!new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm').test(changelog))
      throw new Error(`CHANGELOG.md: no "## ${version}" section for the version in package.json`);
    const found = revealingWord(changelog);
    if (found) throw new Error(`CHANGELOG.md: holds "${found.word}", a revealing word (it may be shown publicly)`);
    console.log(`  listings: ${languages.map((language) => `content/listing/${language}.yaml`).join(', ')}`);
    return languages;
  });

  const zips = await step('Packages (wxt zip, Chrome/Edge and Firefox, and the sources archive)', () => {
    run('npx', ['wxt', 'zip']);
    run('npx', ['wxt', 'zip', '-b', 'firefox']);
    const made = {
      chrome: `${name}-${version}-chrome.zip`,
      firefox: `${name}-${version}-firefox.zip`,
      sources: `${name}-${version}-sources.zip`,
    };
    for (const file of Object.values(made)) {
      copyFileSync(path.join(ROOT, '.output', file), path.join(OUT, file));
      rmSync(path.join(ROOT, '.output', file));
      console.log(`  ${file}: ${kB(statSync(path.join(OUT, file)).size)}`);
    }
    return made;
  });
  const read = (file: string) => readZip(readFileSync(path.join(OUT, file)));
  const chrome = read(zips.chrome);
  const firefox = read(zips.firefox);
  const sources = read(zips.sources);

  await step('Package contents and the sources archive', () => {
    fail(packageProblems(chrome), zips.chrome);
    fail(packageProblems(firefox), zips.firefox);
    const listed = archiveFiles(ROOT, SOURCES_INCLUDE, SOURCES_EXCLUDE);
    const held = [...sources.keys()].sort();
    fail(
      differences(
        new Map(listed.map((file) => [file, Buffer.from('')])),
        new Map(held.map((file) => [file, Buffer.from('')])),
      ),
      `${zips.sources} against sources.ts's reading of the zip config`,
    );
    fail(sourcesProblems(held, rebuildNeeds(ROOT)), zips.sources);
    console.log(`  ${chrome.size} files (Chrome), ${firefox.size} (Firefox), ${sources.size} in the sources archive`);
    console.log(
      '  no source maps, no test files, icons 16/32/48/128, permissions: storage only, name and description within limits',
    );
  });

  await step('web-ext lint (Firefox package)', async () => {
    const result = await webExtLint(path.join(ROOT, '.output', 'firefox-mv3'));
    fail(
      result.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`),
      'web-ext lint errors',
    );
    fail(
      result.unexplained.map(
        (warning) => `${warning.code} ${warning.file ?? ''}: ${warning.message} (not explained in README, "Release")`,
      ),
      'web-ext lint warnings',
    );
    console.log(`  0 errors, ${result.warnings.length} warnings, each explained:`);
    for (const warning of result.warnings)
      console.log(`    ${warning.code} (${warning.file}): ${EXPLAINED_WARNINGS[warning.code]?.why}`);
  });

  await step('Rebuild from the sources archive (npm ci, both builds) and compare byte for byte', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pocket-guide-sources-'));
    try {
      for (const [file, bytes] of sources) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), bytes);
      }
      run('npm', ['ci', '--no-audit', '--no-fund'], dir);
      run('npx', ['wxt', 'build'], dir);
      run('npx', ['wxt', 'build', '-b', 'firefox'], dir);
      const chromeDiff = differences(chrome, filesOf(path.join(dir, '.output', 'chrome-mv3')));
      const firefoxDiff = differences(firefox, filesOf(path.join(dir, '.output', 'firefox-mv3')));
      fail(chromeDiff, `${zips.chrome} against the rebuild`);
      fail(firefoxDiff, `${zips.firefox} against the rebuild`);
      console.log(`  identical: ${chrome.size} files (Chrome/Edge), ${firefox.size} files (Firefox)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  await step('Screenshots (real Chromium, 1280×800, every language)', async () => {
    const shots = await takeScreenshots({ languages, outDir: path.join(OUT, 'screenshots') });
    for (const shot of shots) console.log(`  ${describeShot({ ...shot, file: path.relative(ROOT, shot.file) })}`);
  });

  console.log(
    `\nRelease ${version} ready in ${path.relative(ROOT, OUT)}/ (${((Date.now() - started) / 1000).toFixed(0)} s).`,
  );
  console.log('Publishing is a person\'s step: README, "Release".');
}

main().catch((error: unknown) => {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
