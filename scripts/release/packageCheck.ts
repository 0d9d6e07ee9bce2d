/**
 * What the stores refuse or flag, checked on a store package (the files of a built extension, from
 * its zip or its folder): source maps, test files, icons at every size the stores ask for, a
 * permission other than `storage` or anything a website could probe, name and description lengths,
 * and a name or description that reveals the purpose (PRODUCT.md safety rules 2 and 4).
 * README, "Release", cites where each limit comes from.
 */
import { NAME_LIMIT, SUMMARY_LIMIT } from '../../content/listing/listing';
import { revealingWord } from '../../content/revealing';

/** Chrome Web Store: a 128 px icon in the package; the manifest's 16, 32 and 48 serve the browser. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** Chrome Web Store: the manifest description (the listing's summary) is at most 132 characters. */
export const DESCRIPTION_LIMIT = SUMMARY_LIMIT;
/** The only permission the guide may ask for (safety rule 4). */
export const PERMISSIONS = ['storage'];
/** Manifest keys that would let a website reach or probe the extension, or add a warning. */
const FORBIDDEN_KEYS = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'externally_connectable',
  'content_security_policy',
];

interface Manifest {
  name?: string;
  description?: string;
  default_locale?: string;
  permissions?: string[];
  icons?: Record<string, string>;
  [key: string]: unknown;
}

/** A PNG's width and height, from its header; undefined when `png` is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const isTestFile = (path: string) =>
  /(^|\/)(tests?|__tests__|e2e)\//.test(path) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(path);

/** The text of a manifest string in one locale: `__MSG_key__` replaced from that locale's messages. */
function resolve(text: string, messages: Record<string, { message: string }> | undefined): string {
  return text.replace(/__MSG_(\w+?)__/g, (_, key: string) => messages?.[key]?.message ?? `__MSG_${key}__`);
}

/**
 * Every problem with the package `files` (path → bytes), each naming the file and the rule; an
 * empty list when the stores would accept it.
 */
export function packageProblems(files: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return ['manifest.json: missing'];
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  for (const [path, bytes] of files) {
    if (path.endsWith('.map')) problems.push(`${path}: a source map (the stores get built files only)`);
    else if (/\.(js|css|html)$/.test(path) && /[#@] sourceMappingURL=/.test(bytes.toString('utf8')))
      problems.push(`${path}: points to a source map (sourceMappingURL)`);
    if (isTestFile(path)) problems.push(`${path}: a test file`);
  }
  const permissions = manifest.permissions ?? [];
  if (JSON.stringify(permissions) !== JSON.stringify(PERMISSIONS))
    problems.push(`manifest.json: permissions are ${JSON.stringify(permissions)}, not ${JSON.stringify(PERMISSIONS)}`);
  for (const key of FORBIDDEN_KEYS)
    if (key in manifest) problems.push(`manifest.json: declares ${key} (safety rule 4 allows none)`);
  for (const size of ICON_SIZES) {
    const path = manifest.icons?.[String(size)];
    const png = path === undefined ? undefined : files.get(path);
    const found = png && pngSize(png);
    if (!path) problems.push(`manifest.json: no ${size}×${size} icon in "icons"`);
    else if (!found) problems.push(`${path}: the ${size} px icon is missing or not a PNG`);
    else if (found.width !== size || found.height !== size)
      problems.push(`${path}: is ${found.width}×${found.height}, not ${size}×${size}`);
  }
  const locales = [...files.keys()].flatMap((path) => /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1] ?? []);
  for (const locale of locales.length > 0 ? locales : [undefined]) {
    const messages = locale
      ? (JSON.parse(files.get(`_locales/${locale}/messages.json`)?.toString('utf8') ?? '{}') as Record<
          string,
          { message: string }
        >)
      : undefined;
    const where = locale ? `manifest.json (${locale})` : 'manifest.json';
    const name = resolve(manifest.name ?? '', messages);
    const description = resolve(manifest.description ?? '', messages);
    if (!name || name.includes('__MSG_')) problems.push(`${where}: no name`);
    if (name.length > NAME_LIMIT)
      problems.push(`${where}: the name has ${name.length} characters (at most ${NAME_LIMIT})`);
    if (description.length > DESCRIPTION_LIMIT)
      problems.push(`${where}: the description has ${description.length} characters (at most ${DESCRIPTION_LIMIT})`);
    for (const [field, text] of [
      ['name', name],
      ['description', description],
    ]) {
      const found = revealingWord(text ?? '');
      if (found) problems.push(`${where}: the ${field} holds "${found.word}", a revealing word`);
    }
  }
  return problems;
}
