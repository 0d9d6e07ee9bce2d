/**
 * `web-ext lint` of the Firefox package, read as JSON: 0 errors allowed, and every warning must be
 * one README ("Release") explains, listed here by its code with the file it may appear in.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Each warning the package is known to raise, and why it stays (README, "Release"). */
export const EXPLAINED_WARNINGS: Record<string, { file: RegExp; why: string }> = {
  UNSAFE_VAR_ASSIGNMENT: {
    file: /^chunks\/[\w-]+\.js$/,
    why: "Preact's own `dangerouslySetInnerHTML` support in its renderer; the project never uses it (Biome's noDangerouslySetInnerHtml is an error)",
  },
  KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: {
    file: /^manifest\.json$/,
    why: 'data_collection_permissions is newer than Firefox for Android 140; the guide is not offered for Android (no gecko_android)',
  },
};

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  /** Warnings that no entry of EXPLAINED_WARNINGS covers. */
  unexplained: LintMessage[];
}

export async function webExtLint(sourceDir: string): Promise<LintResult> {
  const run = promisify(execFile);
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json'], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{}' }));
  const report = JSON.parse(stdout) as { errors?: LintMessage[]; warnings?: LintMessage[] };
  const warnings = report.warnings ?? [];
  const unexplained = warnings.filter((warning) => {
    const known = EXPLAINED_WARNINGS[warning.code];
    return !known?.file.test(warning.file ?? '');
  });
  return { errors: report.errors ?? [], warnings, unexplained };
}
