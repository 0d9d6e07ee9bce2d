/**
 * The sources archive addons.mozilla.org asks for: what it holds (the same include and exclude
 * lists `wxt zip` uses, from wxt.config.ts) against what a rebuild needs (the configuration, the
 * lockfile, every file of content/, entrypoints/ and public/, and every module those import,
 * followed through relative and `@/` imports), plus the README that says how to rebuild and the
 * CHANGELOG. Node only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

/** Files the build reads besides the source folders. */
const CONFIG = ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'sources.config.ts'];
/** The folders the build reads whole (content/ also holds the data it compiles). */
const FOLDERS = ['content', 'entrypoints', 'public'];
/** What a reviewer reads: how to rebuild (README.md) and what each version changed. */
export const SOURCES_DOCS = ['README.md', 'CHANGELOG.md'];

const posix = (file: string) => file.split(path.sep).join('/');

function filesUnder(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => posix(path.join(folder, file)));
}

/** The project files a module imports (relative or `@/`), resolved as the bundler does. */
function imports(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/(?:^|[\s;])import\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/@import\s+(?:url\()?['"]([^'"]+)['"]/g),
  ].map((match) => match[1] as string);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/')
      ? path.join(root, specifier.slice(2))
      : specifier.startsWith('.')
        ? path.resolve(path.dirname(path.join(root, file)), specifier)
        : undefined;
    if (!base) return [];
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((suffix) => base + suffix)
      .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!found) throw new Error(`${file}: imports "${specifier}", which is not a file of the project`);
    return [posix(path.relative(root, found))];
  });
}

/** Every file a rebuild of the extension needs, sorted. */
export function rebuildNeeds(root: string): string[] {
  const needed = new Set([...CONFIG, ...FOLDERS.flatMap((folder) => filesUnder(root, folder))]);
  const queue = [...needed].filter((file) => /\.([cm]?tsx?|css)$/.test(file));
  while (queue.length > 0) {
    for (const found of imports(root, queue.pop() as string)) {
      if (needed.has(found)) continue;
      needed.add(found);
      queue.push(found);
    }
  }
  return [...needed].sort();
}

/** What `wxt zip` always leaves out of the sources (WXT 0.21's resolveZipConfig), besides the config's list. */
const WXT_EXCLUDES = [
  '**/node_modules',
  '**/web-ext.config.ts',
  '**/__tests__/**',
  '**/*.+(test|spec).?(c|m)+(j|t)s?(x)',
  '.output/**',
];

/**
 * The files `wxt zip` puts in the sources archive, from its include and exclude globs, sorted
 * (`npm run release` compares this with the archive it made).
 */
export function archiveFiles(root: string, include: readonly string[], exclude: readonly string[]): string[] {
  return globSync([...include], {
    cwd: root,
    ignore: [...WXT_EXCLUDES, ...exclude],
    onlyFiles: true,
    dot: false,
  }).sort();
}

/** What is wrong with an archive holding `files`: what a rebuild needs and lacks, and what it should not hold. */
export function sourcesProblems(files: readonly string[], needs: readonly string[]): string[] {
  const held = new Set(files);
  const wanted = new Set([...needs, ...SOURCES_DOCS]);
  return [
    ...[...wanted].filter((file) => !held.has(file)).map((file) => `${file}: a rebuild needs it, the archive lacks it`),
    ...files
      .filter((file) => !wanted.has(file))
      .map((file) => `${file}: in the archive, but the build does not read it (tests, tools, output)`),
  ];
}
