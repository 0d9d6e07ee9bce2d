/**
 * The sources archive addons.mozilla.org asks for (`wxt zip -b firefox`): what a rebuild reads and
 * the README that says how, nothing else (no tests, tools or output). scripts/release/sources.ts
 * checks it against what the build imports (npm test, npm run release); README, "Release". A file of
 * its own, so that tests read it without loading WXT.
 */
export const SOURCES_INCLUDE = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'sources.config.ts',
  'README.md',
  'CHANGELOG.md',
  'content/**',
  'components/**',
  'entrypoints/**',
  'public/**',
];
export const SOURCES_EXCLUDE = ['**/*.log', '**/.DS_Store'];
